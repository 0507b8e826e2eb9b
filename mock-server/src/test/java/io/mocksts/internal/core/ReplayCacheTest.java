package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mocksts.internal.core.ReplayCache.Use;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReplayCacheTest {

  private static final Duration WINDOW = Duration.ofMinutes(30);

  private final MutableClock clock =
      new MutableClock(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

  private ReplayCache cache(int perKey, int total) {
    return new ReplayCache(clock, WINDOW, perKey, total);
  }

  @Test
  void whenValueIsSeenForTheFirstTimeThenItIsAFirstUse() {
    ReplayCache cache = cache(10, 10);

    assertThat(cache.use("k", "nonce-1")).isEqualTo(Use.FIRST);
    assertThat(cache.use("k", "nonce-2")).isEqualTo(Use.FIRST);
  }

  @Test
  void whenValueIsSeenAgainWithinTheWindowThenItIsAReuse() {
    ReplayCache cache = cache(10, 10);
    cache.use("k", "nonce-1");

    clock.advance(WINDOW.minusSeconds(1));

    assertThat(cache.use("k", "nonce-1")).isEqualTo(Use.REPLAY);
  }

  @Test
  void whenValueIsSeenAgainExactlyAtTheEndOfTheWindowThenItIsStillAReuse() {
    ReplayCache cache = cache(10, 10);
    cache.use("k", "nonce-1");

    clock.advance(WINDOW);

    assertThat(cache.use("k", "nonce-1")).isEqualTo(Use.REPLAY);
  }

  @Test
  void whenTheWindowHasPassedThenTheValueIsForgotten() {
    ReplayCache cache = cache(10, 10);
    cache.use("k", "nonce-1");
    cache.use("other", "nonce-2");

    clock.advance(WINDOW.plusSeconds(1));

    assertThat(cache.use("k", "nonce-1")).isEqualTo(Use.FIRST);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.size("other")).isZero();
  }

  @Test
  void whenAReuseIsRefusedThenTheOriginalTimeIsKept() {
    ReplayCache cache = cache(10, 10);
    cache.use("k", "nonce-1");
    clock.advance(WINDOW.minusSeconds(1));
    cache.use("k", "nonce-1");

    clock.advance(Duration.ofSeconds(2));

    assertThat(cache.use("k", "nonce-1")).isEqualTo(Use.FIRST);
  }

  @Test
  void whenTwoKeysUseTheSameValueThenEachIsAFirstUse() {
    ReplayCache cache = cache(10, 10);

    assertThat(cache.use("a", "shared")).isEqualTo(Use.FIRST);
    assertThat(cache.use("b", "shared")).isEqualTo(Use.FIRST);
    assertThat(cache.use("a", "shared")).isEqualTo(Use.REPLAY);
  }

  @Test
  void whenKeyAndValueWouldConcatenateAlikeThenTheyAreStillDistinct() {
    ReplayCache cache = cache(10, 10);

    assertThat(cache.use("a\nb", "c")).isEqualTo(Use.FIRST);
    assertThat(cache.use("a", "b\nc")).isEqualTo(Use.FIRST);
  }

  @Test
  void whenAKeyExceedsItsOwnCapacityThenItsOwnOldestValueIsEvicted() {
    ReplayCache cache = cache(3, 10);
    cache.use("k", "a");
    cache.use("k", "b");
    cache.use("k", "c");

    assertThat(cache.use("k", "d")).isEqualTo(Use.FIRST);

    assertThat(cache.size("k")).isEqualTo(3);
    assertThat(cache.use("k", "d")).isEqualTo(Use.REPLAY);
    assertThat(cache.use("k", "c")).isEqualTo(Use.REPLAY);
    assertThat(cache.use("k", "b")).isEqualTo(Use.REPLAY);
    assertThat(cache.use("k", "a")).isEqualTo(Use.FIRST);
  }

  @Test
  void whenAnotherKeyFloodsPastEveryBoundThenTheFirstKeysValuesAreStillRemembered() {
    ReplayCache cache = cache(100, 300);
    cache.use("victim", "captured");

    for (int i = 0; i < 5_000; i++) {
      Use use = cache.use("flooder", "n-" + i);
      assertThat(use).isEqualTo(Use.FIRST);
    }

    assertThat(cache.size("flooder")).isEqualTo(100);
    assertThat(cache.use("victim", "captured")).isEqualTo(Use.REPLAY);
  }

  @Test
  void whenManyKeysFillTheTotalThenNewKeysAreRefusedAndNothingIsEvicted() {
    ReplayCache cache = cache(5, 20);
    cache.use("victim", "captured");
    int full = 0;
    for (int k = 0; k < 50; k++) {
      for (int i = 0; i < 5; i++) {
        if (cache.use("key-" + k, "n-" + i) == Use.FULL) {
          full++;
        }
      }
    }

    assertThat(full).isPositive();
    assertThat(cache.size()).isEqualTo(20);
    assertThat(cache.use("victim", "captured")).isEqualTo(Use.REPLAY);
    assertThat(cache.use("newcomer", "n-0")).isEqualTo(Use.FULL);
    assertThat(cache.use("newcomer", "n-0"))
        .as("a refused value is not recorded")
        .isEqualTo(Use.FULL);
  }

  @Test
  void whenTheTotalIsReachedThenAKeyAtItsOwnBoundMayStillRotateItsOwnValues() {
    ReplayCache cache = cache(2, 4);
    cache.use("a", "1");
    cache.use("a", "2");
    cache.use("b", "1");
    cache.use("b", "2");

    assertThat(cache.use("a", "3")).isEqualTo(Use.FIRST);
    assertThat(cache.use("c", "1")).isEqualTo(Use.FULL);
    assertThat(cache.use("b", "1")).isEqualTo(Use.REPLAY);
    assertThat(cache.size()).isEqualTo(4);
  }

  @Test
  void whenTheWindowPassesAfterTheTotalWasReachedThenNewValuesAreAcceptedAgain() {
    ReplayCache cache = cache(2, 2);
    cache.use("a", "1");
    cache.use("b", "1");
    assertThat(cache.use("c", "1")).isEqualTo(Use.FULL);

    clock.advance(WINDOW.plusSeconds(1));

    assertThat(cache.use("c", "1")).isEqualTo(Use.FIRST);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void whenManyValuesArriveThenTheSizeNeverExceedsTheCapacity() {
    ReplayCache cache = cache(50, 120);

    for (int i = 0; i < 1_000; i++) {
      cache.use("key-" + (i % 7), "nonce-" + i);
      assertThat(cache.size()).isLessThanOrEqualTo(120);
      clock.advance(Duration.ofMillis(10));
    }
    assertThat(cache.size("key-0")).isLessThanOrEqualTo(50);
  }

  @Test
  void whenCapacityIsNotPositiveOrTheTotalIsBelowItThenTheCacheIsRefused() {
    assertThatThrownBy(() -> cache(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cache(10, 9)).isInstanceOf(IllegalArgumentException.class);
  }
}
