package io.mocksts.kit.dryrun;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.Argument;
import io.cucumber.plugin.event.DataTableArgument;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStep;
import io.mocksts.kit.target.ProfileCheck;
import io.mocksts.kit.target.ProfileException;
import io.mocksts.kit.target.ProfileFiles;
import io.mocksts.kit.target.ScenarioScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Cucumber plugin (registered in {@code junit-platform.properties}) that knows, before each
 * scenario runs, what it would do: its {@link ScenarioPlan}, from the step definitions its steps
 * matched. The target's hooks read the plan to call a scenario not applicable before it sends
 * anything.
 *
 * <p>At the start of a run with {@code -Dsts.profile} it validates the profile ({@link
 * ProfileCheck}) and stops the run before any scenario when it is unusable. With {@code
 * -Dsts.dryRun=true} (which also switches on Cucumber's {@code cucumber.execution.dry-run}: no step
 * runs, nothing is sent) it lists, per scenario, the calls its steps would make, or why it would be
 * not applicable, on the console and in {@code target/conformance/dry-run.md} and {@code
 * dry-run.json} ({@link DryRunReport}).
 */
public final class PlanListener implements ConcurrentEventListener {

  private static final Map<String, ScenarioPlan> PLANS = new ConcurrentHashMap<>();

  private final boolean dryRun = Boolean.getBoolean("sts.dryRun");
  private final List<ScenarioPlan> planned = Collections.synchronizedList(new ArrayList<>());
  private Optional<String> unsetWarning = Optional.empty();

  /** The plan of the scenario whose test case has this id ({@code Scenario.getId()}). */
  public static Optional<ScenarioPlan> planOf(String testCaseId) {
    return Optional.ofNullable(PLANS.get(testCaseId));
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, event -> validate());
    publisher.registerHandlerFor(TestCaseStarted.class, event -> plan(event.getTestCase()));
    publisher.registerHandlerFor(TestRunFinished.class, event -> finished());
  }

  /**
   * Checks {@code -Dsts.profile} before the first scenario. A dry run sends nothing, so there
   * environment variables that are not set are only reported.
   */
  private void validate() {
    String profile = System.getProperty("sts.profile", "");
    if (profile.isBlank()) {
      return;
    }
    boolean live = System.getProperty("sts.target", "embedded").equals("live");
    ProfileCheck.Result result =
        ProfileCheck.check(
            ProfileFiles.resolve(profile), live, System::getenv, ScenarioScope.knownFamilies());
    List<String> lines = dryRun ? result.problems() : result.all();
    if (!lines.isEmpty()) {
      throw new ProfileException(String.join(System.lineSeparator(), lines));
    }
    unsetWarning = result.unset();
  }

  private void plan(TestCase testCase) {
    List<PlanBuilder.Step> steps = new ArrayList<>();
    for (TestStep step : testCase.getTestSteps()) {
      if (step instanceof PickleStepTestStep pickle) {
        List<String> arguments = new ArrayList<>();
        for (Argument argument : pickle.getDefinitionArgument()) {
          arguments.add(unquoted(argument.getValue()));
        }
        List<String> cells = new ArrayList<>();
        if (pickle.getStep().getArgument() instanceof DataTableArgument table) {
          table.cells().forEach(cells::addAll);
        }
        String location = pickle.getCodeLocation();
        steps.add(
            new PlanBuilder.Step(
                location == null ? "(undefined)" : PlanBuilder.definition(location),
                arguments,
                pickle.getStep().getText(),
                cells));
      }
    }
    ScenarioPlan plan =
        PlanBuilder.plan(
            testCase.getName(), testCase.getUri().toString(), testCase.getTags(), steps);
    PLANS.put(testCase.getId().toString(), plan);
    if (dryRun) {
      planned.add(plan);
    }
  }

  private void finished() {
    if (!dryRun) {
      return;
    }
    DryRunTarget target =
        DryRunTarget.fromSystemProperties(
            name -> Optional.ofNullable(System.getenv(name)).orElse("<" + name + " not set>"));
    List<ScenarioPlan> plans;
    synchronized (planned) {
      plans = List.copyOf(planned);
    }
    DryRunReport report = DryRunReport.of(target, plans, unsetWarning);
    System.out.println(report.console());
    report.write(Path.of(System.getProperty("sts.dryRun.dir", "target/conformance")));
  }

  private static String unquoted(String value) {
    if (value != null
        && value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value == null ? "" : value;
  }
}
