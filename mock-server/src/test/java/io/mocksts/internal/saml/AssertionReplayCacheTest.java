package io.mocksts.internal.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AssertionReplayCacheTest {

  private static final Instant T0 = Instant.parse("2027-03-01T10:00:00Z");

  @Test
  void whenAnAssertionIsSeenAgainBeforeItExpiresThenItIsAReuse() {
    AssertionReplayCache cache = new AssertionReplayCache(10);

    assertThat(cache.firstUse("idp!_a", T0.plusSeconds(600), T0)).isTrue();
    assertThat(cache.firstUse("idp!_a", T0.plusSeconds(600), T0.plusSeconds(599))).isFalse();
  }

  @Test
  void whenItsExpiryHasPassedThenTheEntryIsForgotten() {
    AssertionReplayCache cache = new AssertionReplayCache(10);
    cache.firstUse("idp!_a", T0.plusSeconds(600), T0);

    assertThat(cache.firstUse("idp!_b", T0.plusSeconds(1200), T0.plusSeconds(600))).isTrue();
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.firstUse("idp!_a", T0.plusSeconds(1200), T0.plusSeconds(600))).isTrue();
  }

  @Test
  void whenEachEntryHasItsOwnExpiryThenALongLivedOneOutlivesAShortOne() {
    AssertionReplayCache cache = new AssertionReplayCache(10);
    cache.firstUse("idp!_long", T0.plus(Duration.ofHours(8)), T0);
    cache.firstUse("idp!_short", T0.plusSeconds(60), T0);

    Instant later = T0.plus(Duration.ofHours(1));
    assertThat(cache.firstUse("idp!_short", later.plusSeconds(60), later)).isTrue();
    assertThat(cache.firstUse("idp!_long", later.plusSeconds(60), later)).isFalse();
  }

  @Test
  void whenTheCapacityIsExceededThenTheEntryClosestToExpiryGoesFirst() {
    AssertionReplayCache cache = new AssertionReplayCache(2);
    cache.firstUse("a", T0.plusSeconds(300), T0);
    cache.firstUse("b", T0.plusSeconds(100), T0);
    cache.firstUse("c", T0.plusSeconds(200), T0);

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.firstUse("a", T0.plusSeconds(300), T0)).isFalse();
    assertThat(cache.firstUse("c", T0.plusSeconds(300), T0)).isFalse();
    assertThat(cache.firstUse("b", T0.plusSeconds(300), T0)).isTrue();
  }

  @Test
  void whenManyAssertionsArriveThenTheSizeNeverExceedsTheCapacity() {
    AssertionReplayCache cache = new AssertionReplayCache(100);
    for (int i = 0; i < 5_000; i++) {
      Instant now = T0.plusMillis(i);
      assertThat(cache.firstUse("idp!_" + i, now.plusSeconds(300), now)).isTrue();
      assertThat(cache.size()).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void whenTheCapacityIsNotPositiveThenTheCacheIsRefused() {
    assertThatThrownBy(() -> new AssertionReplayCache(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
