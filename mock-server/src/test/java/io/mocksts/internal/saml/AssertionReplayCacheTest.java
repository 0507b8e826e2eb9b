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

  /**
   * Before: beyond the capacity, the entry closest to expiry was dropped whatever its issuer, so
   * one IdP's assertions could make another IdP's captured assertion replayable.
   */
  @Test
  void whenAnotherIssuerFloodsPastEveryBoundThenTheFirstIssuersAssertionIsStillAReuse() {
    AssertionReplayCache cache = new AssertionReplayCache(100, 300);
    assertThat(cache.firstUse("victim", "victim!_a", T0.plusSeconds(60), T0)).isTrue();

    for (int i = 0; i < 5_000; i++) {
      assertThat(cache.firstUse("flooder", "flooder!_" + i, T0.plusSeconds(30), T0)).isTrue();
    }

    assertThat(cache.size("flooder")).isEqualTo(100);
    assertThat(cache.firstUse("victim", "victim!_a", T0.plusSeconds(60), T0.plusSeconds(1)))
        .isFalse();
  }

  @Test
  void whenAnIssuerExceedsItsOwnBoundThenItsOwnEntryClosestToExpiryGoesFirst() {
    AssertionReplayCache cache = new AssertionReplayCache(2, 10);
    cache.firstUse("idp", "a", T0.plusSeconds(300), T0);
    cache.firstUse("idp", "b", T0.plusSeconds(100), T0);
    cache.firstUse("other", "z", T0.plusSeconds(50), T0);
    cache.firstUse("idp", "c", T0.plusSeconds(200), T0);

    assertThat(cache.size("idp")).isEqualTo(2);
    assertThat(cache.firstUse("other", "z", T0.plusSeconds(50), T0)).isFalse();
    assertThat(cache.firstUse("idp", "a", T0.plusSeconds(300), T0)).isFalse();
    assertThat(cache.firstUse("idp", "b", T0.plusSeconds(300), T0)).isTrue();
  }

  @Test
  void whenManyIssuersFillTheTotalThenNewAssertionsAreRefusedAndNothingIsDropped() {
    AssertionReplayCache cache = new AssertionReplayCache(2, 4);
    cache.firstUse("victim", "victim!_a", T0.plusSeconds(600), T0);
    cache.firstUse("one", "one!_1", T0.plusSeconds(30), T0);
    cache.firstUse("two", "two!_1", T0.plusSeconds(30), T0);
    cache.firstUse("two", "two!_2", T0.plusSeconds(30), T0);

    assertThat(cache.firstUse("three", "three!_1", T0.plusSeconds(30), T0)).isFalse();
    assertThat(cache.size("three")).isZero();
    assertThat(cache.firstUse("two", "two!_3", T0.plusSeconds(30), T0))
        .as("an issuer at its own bound rotates its own entries")
        .isTrue();
    assertThat(cache.firstUse("victim", "victim!_a", T0.plusSeconds(600), T0)).isFalse();
    assertThat(cache.size()).isEqualTo(4);

    Instant later = T0.plusSeconds(31);
    assertThat(cache.firstUse("three", "three!_1", later.plusSeconds(30), later)).isTrue();
  }

  @Test
  void whenTwoIssuersUseTheSameKeyThenEachIsAFirstUse() {
    AssertionReplayCache cache = new AssertionReplayCache(10);

    assertThat(cache.firstUse("a", "_id", T0.plusSeconds(60), T0)).isTrue();
    assertThat(cache.firstUse("b", "_id", T0.plusSeconds(60), T0)).isTrue();
    assertThat(cache.firstUse("a", "_id", T0.plusSeconds(60), T0)).isFalse();
  }

  @Test
  void whenTheDefaultBoundsAreReadThenOneIssuerHoldsAQuarterOfTheTotal() {
    assertThat(AssertionReplayCache.DEFAULT_CAPACITY).isEqualTo(200_000);
    assertThat(AssertionReplayCache.DEFAULT_CAPACITY_PER_ISSUER).isEqualTo(50_000);
  }

  @Test
  void whenTheTotalIsBelowThePerIssuerBoundThenTheCacheIsRefused() {
    assertThatThrownBy(() -> new AssertionReplayCache(10, 9))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whenTheCapacityIsNotPositiveThenTheCacheIsRefused() {
    assertThatThrownBy(() -> new AssertionReplayCache(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
