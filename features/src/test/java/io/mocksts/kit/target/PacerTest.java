package io.mocksts.kit.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PacerTest {

  private static ProfileSettings limits(Map<String, Double> rates) {
    return new ProfileSettings(
        Optional.of("p"),
        Optional.of("live"),
        List.of("alibaba", "tencent"),
        List.of(),
        List.of(),
        rates);
  }

  /** A clock that moves only when the pacer sleeps, so waits are computed, never measured. */
  private static final class FakeTime {
    Instant now = Instant.parse("2030-01-01T00:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    Pacer pacer(ProfileSettings settings) {
      return new Pacer(
          settings,
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          },
          d -> {
            sleeps.add(d);
            now = now.plus(d);
          });
    }
  }

  @Test
  void callsToALimitedVendorAreSpacedByOneOverTheRate() {
    FakeTime time = new FakeTime();
    Pacer pacer = time.pacer(limits(Map.of("alibaba", 4.0)));

    for (int i = 0; i < 5; i++) {
      pacer.pace("alibaba");
    }

    assertThat(time.sleeps).containsOnly(Duration.ofMillis(250)).hasSize(4);
  }

  @Test
  void aCallAfterAPauseLongerThanTheIntervalDoesNotWait() {
    FakeTime time = new FakeTime();
    Pacer pacer = time.pacer(limits(Map.of("tencent", 2.0)));

    pacer.pace("tencent");
    time.now = time.now.plusSeconds(3);
    pacer.pace("tencent");

    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void eachVendorHasItsOwnBudgetAndAnUnlimitedVendorNeverWaits() {
    FakeTime time = new FakeTime();
    Pacer pacer = time.pacer(limits(Map.of("alibaba", 1.0)));

    pacer.pace("alibaba");
    pacer.pace("tencent");
    pacer.pace("tencent");
    pacer.pace("alibaba");

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void aWorldFileSetsNoLimit() {
    FakeTime time = new FakeTime();
    Pacer pacer = time.pacer(ProfileSettings.none());

    pacer.pace("alibaba");
    pacer.pace("alibaba");

    assertThat(time.sleeps).isEmpty();
  }
}
