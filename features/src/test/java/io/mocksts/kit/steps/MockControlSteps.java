package io.mocksts.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;

/**
 * The mock's control surface ({@code @mock-only}): moving its clock (the kit's own clock follows)
 * and lowering its rate limits. Both are put back after the scenario.
 */
public final class MockControlSteps {

  private final ScenarioState state;
  private boolean limitsChanged;

  public MockControlSteps(ScenarioState state) {
    this.state = state;
  }

  @When("the target's clock moves forward {int} seconds")
  public void advance(int seconds) {
    Duration amount = Duration.ofSeconds(seconds);
    state.target().advanceClock(amount);
    state.clockMoved(amount);
  }

  @Given("the target allows {int} AssumeRole calls a minute per account")
  public void limitAssumeRole(int callsPerMinute) {
    state.target().limitAssumeRole(callsPerMinute);
    limitsChanged = true;
  }

  @After
  public void reset() {
    if (state.clockWasMoved()) {
      state.target().resetClock();
    }
    if (limitsChanged) {
      state.target().resetLimits();
    }
  }
}
