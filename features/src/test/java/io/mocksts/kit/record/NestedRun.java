package io.mocksts.kit.record;

import io.mocksts.kit.target.StsTarget;
import io.mocksts.kit.target.Targets;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

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
    LauncherDiscoveryRequest discovery =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(
                java.util.Arrays.stream(features)
                    .map(DiscoverySelectors::selectClasspathResource)
                    .toList())
            .filters(EngineFilter.includeEngines("cucumber"))
            .enableImplicitConfigurationParameters(false)
            .configurationParameter("cucumber.glue", "io.mocksts.kit.steps")
            .configurationParameter("cucumber.filter.tags", "not @wip")
            .configurationParameter("cucumber.filter.name", nameRegex)
            .configurationParameter("cucumber.publish.quiet", "true")
            .configurationParameter("cucumber.junit-platform.naming-strategy", "long")
            .configurationParameter("junit.platform.execution.listeners.deactivate", "*")
            .build();
    Launcher launcher =
        LauncherFactory.create(
            LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
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
        settings, () -> Targets.runAgainst(target, () -> launcher.execute(discovery, listener)));
    return new Outcome(run[0], List.copyOf(failures));
  }
}
