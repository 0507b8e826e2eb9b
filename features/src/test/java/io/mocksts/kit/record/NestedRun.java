package io.mocksts.kit.record;

import io.mocksts.kit.NestedScenarios;
import io.mocksts.kit.target.StsTarget;
import io.mocksts.kit.target.Targets;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * A few scenarios of the kit run nested, through the JUnit Platform launcher, against a target and
 * recorded as the settings say (the record-mode tests; the same machinery as the deviant
 * detection).
 */
public final class NestedRun {

  /** What the nested run did: scenarios run, and those that failed with why. */
  public record Outcome(int run, List<String> failures) {}

  private NestedRun() {}

  /**
   * Runs the scenarios of {@code features} (classpath resources) whose names match {@code
   * nameRegex} against {@code target}, recording them into {@code settings}.
   */
  public static Outcome run(
      StsTarget target, Recorder.Settings settings, String nameRegex, String... features) {
    LauncherDiscoveryRequestBuilder discovery =
        NestedScenarios.request(List.of(features))
            .configurationParameter("cucumber.filter.name", nameRegex);
    List<String> failures = new ArrayList<>();
    int[] run = {0};
    TestExecutionListener listener =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
              run[0]++;
            }
            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
              failures.add(
                  id.getDisplayName()
                      + ": "
                      + result.getThrowable().map(Throwable::toString).orElse("failed"));
            }
          }
        };
    Recorder.during(
        settings,
        () -> Targets.runAgainst(target, () -> NestedScenarios.execute(discovery, listener)));
    return new Outcome(run[0], List.copyOf(failures));
  }
}
