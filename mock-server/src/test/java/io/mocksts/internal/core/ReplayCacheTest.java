package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReplayCacheTest {

  private static final Duration WINDOW = Duration.ofMinutes(30);

  private final MutableClock clock =
      new MutableClock(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void whenValueIsSeenForTheFirstTimeThenItIsAFirstUse() {
    ReplayCache cache = new ReplayCache(clock, WINDOW, 10);

    assertThat(cache.firstUse("nonce-1")).isTrue();
    assertThat(cache.firstUse("nonce-2")).isTrue();
  }

  @Test
  void whenValueIsSeenAgainWithinTheWindowThenItIsAReuse() {
    ReplayCache cache = new ReplayCache(clock, WINDOW, 10);
    cache.firstUse("nonce-1");

    clock.advance(WINDOW.minusSeconds(1));

    assertThat(cache.firstUse("nonce-1")).isFalse();
  }

  @Test
  void whenValueIsSeenAgainExactlyAtTheEndOfTheWindowThenItIsStillAReuse() {
    ReplayCache cache = new ReplayCache(clock, WINDOW, 10);
    cache.firstUse("nonce-1");

    clock.advance(WINDOW);

    assertThat(cache.firstUse("nonce-1")).isFalse();
  }

  @Test
  void whenTheWindowHasPassedThenTheValueIsForgotten() {
    ReplayCache cache = new ReplayCache(clock, WINDOW, 10);
    cache.firstUse("nonce-1");
    cache.firstUse("nonce-2");

    clock.advance(WINDOW.plusSeconds(1));

    assertThat(cache.firstUse("nonce-1")).isTrue();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void whenAReuseIsRefusedThenTheOriginalTimeIsKept() {
    ReplayCache cache = new ReplayCache(clock, WINDOW, 10);
    cache.firstUse("nonce-1");
    clock.advance(WINDOW.minusSeconds(1));
    cache.firstUse("nonce-1");

    clock.advance(Duration.ofSeconds(2));

    assertThat(cache.firstUse("nonce-1")).isTrue();
  }

  @Test
  void whenCapacityIsExceededThenTheOldestValueIsEvicted() {
    ReplayCache cache = new ReplayCache(clock, WINDOW, 3);
    cache.firstUse("a");
    cache.firstUse("b");
    cache.firstUse("c");

    assertThat(cache.firstUse("d")).isTrue();

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.firstUse("d")).isFalse();
    assertThat(cache.firstUse("c")).isFalse();
    assertThat(cache.firstUse("b")).isFalse();
    assertThat(cache.firstUse("a")).isTrue();
  }

  @Test
  void whenManyValuesArriveThenTheSizeNeverExceedsTheCapacity() {
    ReplayCache cache = new ReplayCache(clock, WINDOW, 50);

    for (int i = 0; i < 1_000; i++) {
      assertThat(cache.firstUse("nonce-" + i)).isTrue();
      assertThat(cache.size()).isLessThanOrEqualTo(50);
      clock.advance(Duration.ofMillis(10));
    }
    assertThat(cache.size()).isEqualTo(50);
  }

  @Test
  void whenCapacityIsNotPositiveThenTheCacheIsRefused() {
    assertThatThrownBy(() -> new ReplayCache(clock, WINDOW, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
