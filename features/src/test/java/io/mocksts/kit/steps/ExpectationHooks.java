package io.mocksts.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.mocksts.kit.expectations.Expectations;
import io.mocksts.kit.expectations.Expectations.Expectation;
import io.mocksts.kit.expectations.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Applies the run's expectations file ({@code -Dsts.expectations=FILE}; by default {@code
 * expectations/<profile name>.yaml} for a target profile, when it exists): an expected scenario
 * runs in record mode and counts as an expected failure, or fails as a stale expectation when
 * nothing failed (see {@link Expectations}).
 */
public final class ExpectationHooks {

  /**
   * Read once per run, on the first scenario; a malformed file fails every scenario with its
   * message.
   */
  private static Expectations expectations;

  private static RuntimeException unreadable;

  private final ScenarioState state;
  private Optional<Expectation> expected = Optional.empty();
  private String scenarioId;

  public ExpectationHooks(ScenarioState state) {
    this.state = state;
  }

  private static synchronized Expectations expectations() {
    if (expectations == null && unreadable == null) {
      try {
        expectations = load();
      } catch (IllegalArgumentException e) {
        unreadable = e;
      }
    }
    if (unreadable != null) {
      throw new IllegalArgumentException(unreadable.getMessage(), unreadable);
    }
    return expectations;
  }

  static Expectations load() {
    String named = System.getProperty("sts.expectations", "");
    if (!named.isBlank()) {
      return Expectations.read(Path.of(named));
    }
    String profile = System.getProperty("sts.profile", "");
    if (!profile.isBlank()) {
      String name = Path.of(profile).getFileName().toString().replaceFirst("\\.ya?ml$", "");
      Path file = Path.of("expectations", name + ".yaml");
      if (Files.isRegularFile(file)) {
        return Expectations.read(file);
      }
    }
    return Expectations.none();
  }

  /** After the target's own hooks (order 10000), so that record mode is not switched off again. */
  @Before(order = 20000)
  public void apply(Scenario scenario) {
    scenarioId = Expectations.scenarioId(scenario.getUri().toString(), scenario.getName());
    expected = expectations().forScenario(scenarioId, scenario.getSourceTagNames());
    if (expected.isPresent()) {
      state.recordOnly(true);
    }
  }

  @After(order = 20000)
  public void judge(Scenario scenario) {
    if (expected.isEmpty()) {
      return;
    }
    Expectation expectation = expected.get();
    Expectations.Verdict verdict = Expectations.judge(state.observations(), scenario.isFailed());
    Ledger.add(new Ledger.Entry(scenarioId, expectation, verdict, state.observations()));
    if (verdict == Expectations.Verdict.STALE) {
      throw new AssertionError(
          "stale expectation in "
              + expectations().file()
              + ": '"
              + scenarioId
              + "' was expected to "
              + expectation
              + ", but it passed; remove the entry");
    }
    scenario.log("EXPECTED " + expectation + ": " + String.join("; ", state.observations()));
  }
}
