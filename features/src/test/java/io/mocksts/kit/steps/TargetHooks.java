package io.mocksts.kit.steps;

import io.cucumber.java.Before;
import org.opentest4j.TestAbortedException;

/** Scenarios that need the mock's control surface do not apply to a live STS. */
public final class TargetHooks {

  private final ScenarioState state;

  public TargetHooks(ScenarioState state) {
    this.state = state;
  }

  @Before("@mock-only")
  public void onlyOnMocks() {
    if (!state.target().isMock()) {
      throw new TestAbortedException("@mock-only: needs the mock's control surface");
    }
  }
}
