package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final MutableClock clock =
      new MutableClock(Clock.fixed(Instant.parse("2026-11-01T08:00:10Z"), ZoneOffset.UTC));

  @Test
  void whenAKeyUsesItsCallsThenTheNextCallOfTheMinuteIsRefused() {
    RateLimiter limiter = new RateLimiter(clock, 3);

    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isFalse();
  }

  @Test
  void whenTheMinuteChangesThenTheKeyStartsAFreshWindow() {
    RateLimiter limiter = new RateLimiter(clock, 1);
    assertThat(limiter.tryAcquire("a")).isTrue();

    clock.advance(Duration.ofSeconds(50));

    assertThat(limiter.tryAcquire("a")).isTrue();
  }

  @Test
  void whenKeysDifferThenEachHasItsOwnBudget() {
    RateLimiter limiter = new RateLimiter(clock, 1);

    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("b")).isTrue();
    assertThat(limiter.tryAcquire("a")).isFalse();
  }

  @Test
  void whenTheLimitIsZeroThenNothingIsRefused() {
    RateLimiter limiter = new RateLimiter(clock, 0);

    for (int i = 0; i < 10_000; i++) {
      assertThat(limiter.tryAcquire("a")).isTrue();
    }
  }

  @Test
  void whenTheLimitChangesThenWindowsStartAfreshAndResetRestoresTheConfiguredLimit() {
    RateLimiter limiter = new RateLimiter(clock, 1);
    assertThat(limiter.tryAcquire("a")).isTrue();

    limiter.limit(2);
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isFalse();

    limiter.reset();
    assertThat(limiter.limit()).isEqualTo(1);
    assertThat(limiter.tryAcquire("a")).isTrue();
  }

  @Test
  void whenTheLimitIsNegativeThenItIsRejected() {
    assertThatThrownBy(() -> new RateLimiter(clock, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
