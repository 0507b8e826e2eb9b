package io.mocksts.kit.deviants;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.MockSts;
import io.mocksts.kit.NestedScenarios;
import io.mocksts.kit.target.StsTarget;
import io.mocksts.kit.target.Targets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Proof that the kit catches deviations: every deviant endpoint ({@link Deviants}) — the reference
 * STS behind a proxy that changes one behaviour — must fail at least one of the scenarios run
 * against it, while the honest STS behind the same proxy passes the same scenarios (the control: a
 * broken proxy would otherwise "catch" everything). The scenarios run nested, through the JUnit
 * Platform launcher, with no report plugin and no listener of the main run; the detection table is
 * written to {@code target/deviants/detection.md}.
 */
class DeviantDetectionTest {

  private static final Path OUT = Path.of("target", "deviants", "detection.md");

  /** What one nested run found. */
  record Outcome(int run, List<String> failed, List<String> messages) {}

  @Test
  void everyDeviantIsCaughtAndTheHonestStsPasses() throws Exception {
    long started = System.nanoTime();
    List<Deviant> deviants = Deviants.all();
    assertThat(deviants).hasSizeGreaterThanOrEqualTo(30);
    Path fixtures = Path.of(System.getProperty("sts.fixtures", "../fixtures"));
    MockSts sts = MockSts.start();
    Map<Deviant, Outcome> outcomes = new LinkedHashMap<>();
    Map<Deviant.Scenarios, Outcome> controls = new LinkedHashMap<>();
    try (DeviantProxy proxy =
        new DeviantProxy(
            java.net.URI.create(sts.baseUrl() + "/"), Keys.of(fixtures.resolve("world.yaml")))) {
      StsTarget target = Targets.mockAt("deviant-proxy", proxy.baseUri());
      for (Deviant deviant : deviants) {
        if (!controls.containsKey(deviant.scenarios())) {
          proxy.deviant(Deviant.honest(deviant.scenarios()));
          controls.put(deviant.scenarios(), run(target, deviant.scenarios()));
        }
        proxy.deviant(deviant);
        outcomes.put(deviant, run(target, deviant.scenarios()));
      }
    } finally {
      sts.stop();
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    long caught = outcomes.values().stream().filter(o -> !o.failed().isEmpty()).count();
    String table = table(outcomes, controls, caught, seconds);
    Files.createDirectories(OUT.getParent());
    Files.writeString(OUT, table);
    System.out.println(
        "[deviants] "
            + caught
            + " of "
            + deviants.size()
            + " deviants caught in "
            + seconds
            + " s");

    controls.forEach(
        (scenarios, control) ->
            assertThat(control.run()).as("scenarios selected by %s", scenarios).isPositive());
    assertThat(controls.values().stream().flatMap(c -> c.messages().stream()).toList())
        .as("the honest STS through the proxy fails scenarios (a broken proxy or control)")
        .isEmpty();
    assertThat(
            outcomes.entrySet().stream()
                .filter(e -> e.getValue().failed().isEmpty())
                .map(e -> e.getKey().name())
                .toList())
        .as("deviants no scenario caught (gaps in the kit); see " + OUT)
        .isEmpty();
  }

  private static Outcome run(StsTarget target, Deviant.Scenarios scenarios) {
    LauncherDiscoveryRequestBuilder request = NestedScenarios.request(scenarios.features());
    if (scenarios.nameFilter() != null) {
      // Cucumber matches the whole scenario name; the filter names a part of it.
      request.configurationParameter(
          "cucumber.filter.name", "(?s).*(?:" + scenarios.nameFilter() + ").*");
    }
    List<String> failed = new ArrayList<>();
    int[] run = {0};
    List<String> messages = new ArrayList<>();
    TestExecutionListener listener =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
              if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                failed.add(
                    id.getDisplayName()
                        + ": "
                        + result.getThrowable().map(Throwable::toString).orElse("failed"));
              }
              return;
            }
            run[0]++;
            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
              failed.add(id.getDisplayName());
              messages.add(
                  id.getDisplayName()
                      + "\n    "
                      + result.getThrowable().map(DeviantDetectionTest::causes).orElse("failed"));
            }
          }
        };
    Targets.runAgainst(target, () -> NestedScenarios.execute(request, listener));
    return new Outcome(run[0], List.copyOf(failed), List.copyOf(messages));
  }

  private static String table(
      Map<Deviant, Outcome> outcomes,
      Map<Deviant.Scenarios, Outcome> controls,
      long caught,
      long seconds) {
    StringBuilder out = new StringBuilder();
    out.append("# Deviant detection\n\n")
        .append("Score: ")
        .append(caught)
        .append(" of ")
        .append(outcomes.size())
        .append(" deviants caught (")
        .append(seconds)
        .append(" s, controls included).\n\n")
        .append("| deviant | layer | what is changed | scenarios run | failed | caught by |\n")
        .append("|---|---|---|---|---|---|\n");
    outcomes.forEach(
        (deviant, outcome) ->
            out.append("| ")
                .append(deviant.name())
                .append(" | ")
                .append(deviant.layer())
                .append(" | ")
                .append(cell(deviant.changed()))
                .append(" | ")
                .append(outcome.run())
                .append(" (")
                .append(cell(deviant.scenarios().toString()))
                .append(") | ")
                .append(outcome.failed().size())
                .append(" | ")
                .append(
                    outcome.failed().isEmpty()
                        ? "**ESCAPED**"
                        : outcome.failed().stream()
                            .limit(3)
                            .map(DeviantDetectionTest::cell)
                            .collect(Collectors.joining("; ")))
                .append(" |\n"));
    out.append("\nControls (the honest STS through the same proxy):\n\n");
    controls.forEach(
        (scenarios, outcome) ->
            out.append("- ")
                .append(cell(scenarios.toString()))
                .append(": ")
                .append(outcome.run())
                .append(" run, ")
                .append(outcome.failed().size())
                .append(" failed")
                .append(
                    outcome.failed().isEmpty()
                        ? ""
                        : " (" + String.join("; ", outcome.failed()) + ")")
                .append("\n"));
    return out.toString();
  }

  private static String causes(Throwable e) {
    StringBuilder out = new StringBuilder(e.toString());
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      out.append(" <- ").append(c);
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
