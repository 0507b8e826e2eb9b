package io.mocksts.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;

/**
 * Fault injection on the target ({@code @mock-only}, docs/faults.md): the mock answers a chosen
 * documented error code of the scenario's vendor, as the real service does only when it is
 * throttled, unavailable or broken inside. The faults are cleared after the scenario.
 */
public final class FaultSteps {

  private final ScenarioState state;
  private boolean injected;

  public FaultSteps(ScenarioState state) {
    this.state = state;
  }

  @Given("the target answers the next {word} call with the error {string}")
  public void injectOnce(String action, String code) {
    inject(action, code, 1);
  }

  @Given("the target answers the next {int} {word} calls with the error {string}")
  public void inject(int times, String action, String code) {
    inject(action, code, times);
  }

  private void inject(String action, String code, int times) {
    injected = true;
    state.target().injectError(state.vendor(), action, code, times);
  }

  @After
  public void clear() {
    if (injected) {
      state.target().clearFaults();
    }
  }
}
