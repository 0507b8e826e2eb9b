package io.mocksts.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;

/**
 * The mock's control surface ({@code @mock-only}): moving its clock and lowering its rate limits.
 * Both are put back after the scenario. A clock move is what expiry follows (the kit computes the
 * instants it expects in the target's time), while the kit goes on signing with its own clock, as a
 * client does: the mock checks request timestamps against real time by default
 * (docs/time-and-replicas.md).
 */
public final class MockControlSteps {

  private final ScenarioState state;
  private boolean limitsChanged;

  public MockControlSteps(ScenarioState state) {
    this.state = state;
  }

  @When("the target's clock moves forward {int} seconds")
  public void advance(int seconds) {
    advance(Duration.ofSeconds(seconds));
  }

  private void advance(Duration amount) {
    state.target().advanceClock(amount);
    state.clockMoved(amount);
  }

  /**
   * Moves the target's clock to just before the {@code Expiration} of the credentials the last
   * answer issued (Alibaba {@code Credentials.Expiration}, Tencent {@code Expiration}), so the
   * scenario does not depend on how long the calls before it took.
   */
  @When("the target's clock moves to {int} second(s) before the credentials expire")
  public void advanceToBeforeExpiry(int seconds) {
    String expiration =
        state
            .reply()
            .field("Credentials.Expiration")
            .or(() -> state.reply().field("Expiration"))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the last answer issued no credentials with an Expiration: "
                            + state.reply().abbreviated()));
    Instant target = Instant.parse(expiration).minusSeconds(seconds);
    advance(Duration.between(state.now(), target));
  }

  @Given("the target allows {int} AssumeRole calls a minute per account")
  public void limitAssumeRole(int callsPerMinute) {
    state.target().limitAssumeRole(callsPerMinute);
    limitsChanged = true;
  }

  /**
   * The caller's clock and the clock the target checks request timestamps against stand that far
   * apart: the next request is stamped that far behind the target's time. Only the relation of the
   * two clocks matters, so the caller's timestamp moves, not the target's clock (whose moves change
   * expiry, not the timestamp window, on a default mock).
   */
  @Given("the target's clock runs {int} seconds ahead of the caller's")
  public void targetAhead(int seconds) {
    state.skewNextRequest(Duration.ofSeconds(-seconds));
  }

  /** The next request is stamped that far ahead of the target's time. */
  @Given("the target's clock runs {int} seconds behind the caller's")
  public void targetBehind(int seconds) {
    state.skewNextRequest(Duration.ofSeconds(seconds));
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
    if (state.clockWasMoved()) {
      state.target().resetClock();
    }
    if (limitsChanged) {
      state.target().resetLimits();
    }
  }
}
