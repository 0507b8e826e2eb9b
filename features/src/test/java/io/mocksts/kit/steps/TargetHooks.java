package io.mocksts.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;

/**
 * What the target decides about a scenario: {@code @mock-only} scenarios need the mock's control
 * surface and do not apply to a live STS; {@code @doc-gap-…} scenarios, on a live STS, record what
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

  @Before("@mock-only")
  public void onlyOnMocks() {
    if (!state.target().isMock()) {
      throw new TestAbortedException("@mock-only: needs the mock's control surface");
    }
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
