package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  private static final Instant REAL = Instant.parse("2026-11-01T00:00:00Z");

  private final MutableClock clock = new MutableClock(Clock.fixed(REAL, ZoneOffset.UTC));

  @Test
  void whenSetToAnInstantThenItReadsThatInstantAndTheOffsetIsTheDistance() {
    clock.set(Instant.parse("2030-01-01T00:00:00Z"));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(clock.offset()).isEqualTo(Duration.between(REAL, clock.instant()));
    assertThat(clock.base().instant()).isEqualTo(REAL);
  }

  @Test
  void whenSetAndThenAdvancedThenTheMovesAddUp() {
    clock.set(REAL.minusSeconds(60));
    clock.advance(Duration.ofSeconds(90));

    assertThat(clock.instant()).isEqualTo(REAL.plusSeconds(30));
    clock.reset();
    assertThat(clock.instant()).isEqualTo(REAL);
  }

  @Test
  void whenSetBeyondItsRangeThenNothingChanges() {
    clock.advance(Duration.ofSeconds(5));

    assertThatThrownBy(() -> clock.set(REAL.plus(MutableClock.MAX_OFFSET).plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.set(Instant.EPOCH.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.offset()).isEqualTo(Duration.ofSeconds(5));
  }
}
