package io.mocksts.internal.http.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Matching and counting of injected faults, with seeded random sources. */
class FaultRegistryTest {

  private final FaultRegistry registry =
      new FaultRegistry(
          List.of(
              new VendorCatalog(
                  "alibaba",
                  Set.of("AssumeRole", "GetCallerIdentity"),
                  Map.of(
                      "InternalError", new DocumentedError("InternalError", 500, "x"),
                      "Throttling", new DocumentedError("Throttling", 400, "y"))),
              new VendorCatalog("tencent", Set.of("AssumeRole"), Map.of())),
          new SplittableRandom(1));

  private static FaultDefinition error(String code, FaultDefinition.Scope scope) {
    return new FaultDefinition(
        "alibaba",
        Optional.empty(),
        new FaultDefinition.InjectedError(code),
        scope,
        OptionalLong.empty());
  }

  @Test
  void aFaultOfTheNextTwoCallsAppliesTwiceThenLeavesTheCallsToTheNextFaultOfItsKind() {
    registry.add(error("InternalError", new FaultDefinition.Times(2)));
    registry.add(error("Throttling", new FaultDefinition.UntilCleared()));

    List<Optional<String>> codes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      codes.add(registry.decide("alibaba", "AssumeRole").errorCode());
    }

    assertThat(codes)
        .containsExactly(
            Optional.of("InternalError"),
            Optional.of("InternalError"),
            Optional.of("Throttling"),
            Optional.of("Throttling"));
    assertThat(registry.list().get(0).remaining()).hasValue(0);
    assertThat(registry.list().get(1).applied()).isEqualTo(2);
  }

  @Test
  void aSeededShareHitsTheSameCallsOnEveryRunAndRoughlyItsShare() {
    List<Boolean> first = shareRun();
    List<Boolean> second = shareRun();

    assertThat(first).isEqualTo(second);
    long hits = first.stream().filter(b -> b).count();
    assertThat(hits).isBetween(150L, 250L);
  }

  private List<Boolean> shareRun() {
    registry.clear();
    registry.add(
        new FaultDefinition(
            "alibaba",
            Optional.of("AssumeRole"),
            new FaultDefinition.InjectedError("Throttling"),
            new FaultDefinition.Share(0.2),
            OptionalLong.of(42)));
    List<Boolean> hits = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      hits.add(registry.decide("alibaba", "AssumeRole").errorCode().isPresent());
    }
    return hits;
  }

  @Test
  void faultsMatchOnlyTheirVendorAndAction() {
    registry.add(
        new FaultDefinition(
            "alibaba",
            Optional.of("AssumeRole"),
            new FaultDefinition.InjectedError("InternalError"),
            null,
            null));

    assertThat(registry.decide("alibaba", "GetCallerIdentity").isNone()).isTrue();
    assertThat(registry.decide("tencent", "AssumeRole").isNone()).isTrue();
    assertThat(registry.decide("alibaba", "AssumeRole").errorCode()).contains("InternalError");
  }

  @Test
  void oneFaultOfEachKindApplies() {
    registry.add(error("InternalError", null));
    registry.add(
        new FaultDefinition(
            "alibaba",
            Optional.empty(),
            FaultDefinition.Latency.fixed(Duration.ofMillis(250)),
            null,
            null));
    registry.add(
        new FaultDefinition(
            "alibaba",
            Optional.empty(),
            new FaultDefinition.Network(NetworkFault.of(NetworkFault.Kind.TRUNCATED)),
            null,
            null));

    Injection injection = registry.decide("alibaba", "AssumeRole");

    assertThat(injection.errorCode()).contains("InternalError");
    assertThat(injection.delivery().delay()).isEqualTo(Duration.ofMillis(250));
    assertThat(injection.delivery().network().map(NetworkFault::kind))
        .contains(NetworkFault.Kind.TRUNCATED);
    assertThat(injection.delivery().processes()).isTrue();
  }

  @Test
  void randomLatenciesStayWithinTheirBounds() {
    FaultDefinition.Latency uniform =
        new FaultDefinition.Latency(
            FaultDefinition.Distribution.UNIFORM,
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Optional.empty());
    FaultDefinition.Latency normal =
        new FaultDefinition.Latency(
            FaultDefinition.Distribution.NORMAL,
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Optional.of(Duration.ofMillis(500)));
    SplittableRandom random = new SplittableRandom(3);
    Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < 500; i++) {
      long u = uniform.draw(random).toMillis();
      long n = normal.draw(random).toMillis();
      assertThat(u).isBetween(100L, 200L);
      assertThat(n).isBetween(100L, 200L);
      seen.add(u);
    }
    assertThat(seen).contains(100L, 200L);
  }

  @Test
  void unknownVendorsActionsAndCodesAreNamed() {
    assertThatThrownBy(() -> registry.add(error("NoSuch", null)))
        .isInstanceOf(FaultException.class)
        .hasMessageContaining("\"NoSuch\"")
        .hasMessageContaining("[InternalError, Throttling]");
    assertThatThrownBy(
            () ->
                registry.add(
                    new FaultDefinition(
                        "alibaba",
                        Optional.of("Nope"),
                        new FaultDefinition.InjectedError("InternalError"),
                        null,
                        null)))
        .hasMessageContaining("unknown alibaba action \"Nope\"");
    assertThat(registry.list()).isEmpty();
  }

  @Test
  void theNumberOfFaultsIsBounded() {
    for (int i = 0; i < FaultRegistry.MAX_FAULTS; i++) {
      registry.add(error("InternalError", null));
    }
    assertThatThrownBy(() -> registry.add(error("InternalError", null)))
        .hasMessageContaining("at most " + FaultRegistry.MAX_FAULTS);
  }
}
