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
  private boolean clockDisplaced;

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

  /**
   * Moves the target's clock while the kit's own clock stays: the next request's timestamp is that
   * far behind (ahead) of the target's time.
   */
  @Given("the target's clock runs {int} seconds ahead of the caller's")
  public void targetAhead(int seconds) {
    state.target().advanceClock(Duration.ofSeconds(seconds));
    clockDisplaced = true;
  }

  @Given("the target's clock runs {int} seconds behind the caller's")
  public void targetBehind(int seconds) {
    state.target().advanceClock(Duration.ofSeconds(-seconds));
    clockDisplaced = true;
  }

  /**
   * Lowers a Tencent action's per-second limit for every account (Tencent STS actions and rate
   * limits, https://www.tencentcloud.website/document/product/1150/49443); the scenario then
   * expects throttling, so the kit does not retry throttled calls.
   */
  @Given("the target allows {int} {word} calls a second per account")
  public void limitTencent(int callsPerSecond, String action) {
    state.target().limitTencent(action, callsPerSecond);
    state.expectThrottling();
    limitsChanged = true;
  }

  @After
  public void reset() {
    if (state.clockWasMoved() || clockDisplaced) {
      state.target().resetClock();
    }
    if (limitsChanged) {
      state.target().resetLimits();
    }
  }
}
