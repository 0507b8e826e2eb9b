package io.mocksts.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.mocksts.kit.dryrun.Applicability;
import io.mocksts.kit.dryrun.PlanBuilder;
import io.mocksts.kit.dryrun.PlanListener;
import io.mocksts.kit.dryrun.ScenarioPlan;
import org.opentest4j.TestAbortedException;

/**
 * What the target decides about a scenario: one it cannot run is not applicable ({@code
 * @mock-only} scenarios need the mock's control surface and do not apply to a live STS, see {@link
 * Applicability}); {@code @doc-gap-…} scenarios, on a live STS, record what
 * they observe instead of failing.
 */
public final class TargetHooks {

  private final ScenarioState state;

  public TargetHooks(ScenarioState state) {
    this.state = state;
  }

  /** {@code @tencent} scenarios speak Tencent's protocol; all others Alibaba's. */
  @Before(order = 0)
  public void vendor(Scenario scenario) {
    if (scenario.getSourceTagNames().contains("@tencent")) {
      state.vendor("tencent");
    }
  }

  /**
   * A scenario the target cannot run is not applicable, before it sends anything ({@link
   * Applicability}: {@code @mock-only}, {@code @mutates}, {@code @load} and {@code @hostile} on a
   * live target, a vendor, family or logical name the profile does not offer). Its plan comes from
   * {@link PlanListener}; without the plugin, from the tags alone.
   */
  @Before(order = 1)
  public void applicability(Scenario scenario) {
    ScenarioPlan plan =
        PlanListener.planOf(scenario.getId())
            .orElseGet(
                () ->
                    PlanBuilder.plan(
                        scenario.getName(),
                        scenario.getUri().toString(),
                        java.util.List.copyOf(scenario.getSourceTagNames()),
                        java.util.List.of()));
    Applicability.reason(state.target().isMock(), state.profile(), plan)
        .ifPresent(
            reason -> {
              throw new TestAbortedException(Applicability.PREFIX + reason);
            });
  }

  @Before
  public void recordDocumentationGaps(Scenario scenario) {
    boolean gap = scenario.getSourceTagNames().stream().anyMatch(t -> t.startsWith("@doc-gap"));
    state.recordOnly(gap && !state.target().isMock());
  }

  @After
  public void reportObservations(Scenario scenario) {
    state.observations().forEach(o -> scenario.log("OBSERVED (documentation gap): " + o));
  }
}
