package io.mocksts.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.When;
import java.time.Duration;

/** Moving a mock's clock ({@code @mock-only}); the kit's own clock follows. */
public final class ClockSteps {

  private final ScenarioState state;

  public ClockSteps(ScenarioState state) {
    this.state = state;
  }

  @When("the target's clock moves forward {int} seconds")
  public void advance(int seconds) {
    Duration amount = Duration.ofSeconds(seconds);
    state.target().advanceClock(amount);
    state.clockMoved(amount);
  }

  @After
  public void reset() {
    if (state.clockWasMoved()) {
      state.target().resetClock();
    }
  }
}
