package io.mocksts.kit.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.mocksts.kit.alibaba.RpcCall;
import io.mocksts.kit.steps.ParameterTypes.Action;
import io.mocksts.kit.steps.ParameterTypes.Parameters;
import java.time.Duration;
import java.util.Map;

/**
 * How the next request is shaped (Given) and sending it (When). Values may use the placeholders of
 * {@link Values}.
 */
public final class RequestSteps {

  private final ScenarioState state;

  public RequestSteps(ScenarioState state) {
    this.state = state;
  }

  @Given("the request is sent with HTTP method {string}")
  public void httpMethod(String method) {
    state.request().httpMethod(method);
  }

  @Given("the business parameters travel in a form body")
  public void formBody() {
    state.request().formBody();
  }

  @Given("the request asks for {string} responses")
  public void format(String format) {
    state.next().format(format);
  }

  @Given("the request carries no Format parameter")
  public void noFormat() {
    state.next().format(null);
  }

  @Given("the request's Version is {string}")
  public void version(String version) {
    state.request().version(version);
  }

  @Given("the request is signed with the V3 algorithm ACS3-HMAC-SHA256")
  public void signedV3() {
    state.next().signing(RpcCall.Signing.V3);
  }

  @Given("the request is not signed")
  public void unsigned() {
    state.next().signing(RpcCall.Signing.NONE);
  }

  @Given("the request is signed with a wrong AccessKeySecret")
  public void wrongSecret() {
    state.request().signWithSecret("WrongSecretWrongSecretWrongSecret");
  }

  @Given("the common parameter {string} is {value}")
  public void commonParameter(String name, String value) {
    state.request().commonParameter(name, value);
  }

  @Given("the parameter {string} is left out of the request")
  public void leftOut(String name) {
    state.request().drop(name);
  }

  @Given("the parameter {string} is changed to {value} after signing")
  public void tamper(String name, String value) {
    state.request().tamper(name, value);
  }

  @Given("the request's timestamp is {int} minutes in the past")
  public void timestampPast(int minutes) {
    state.skewNextRequest(Duration.ofMinutes(-minutes));
  }

  @Given("the request's timestamp is {int} minutes in the future")
  public void timestampFuture(int minutes) {
    state.skewNextRequest(Duration.ofMinutes(minutes));
  }

  @Given("spaces are encoded as {string} on the wire")
  public void spaces(String encoding) {
    state.next().spaceAsPlus(encoding.equals("+"));
  }

  @Given("the request body is {value} with Content-Type {string}")
  public void rawBody(String body, String contentType) {
    state.request().rawBody(body, contentType);
  }

  @When("the caller calls {action}")
  public void calls(Action action) {
    state.call(action.name());
  }

  @When("the caller calls {action} with:")
  public void callsWith(Action action, Parameters parameters) {
    parameters.values().forEach(state.request()::parameter);
    state.call(action.name());
  }

  /**
   * Calls an action up to {@code times} times in quick succession and stops at the first call the
   * target throttles, so that the last answer is the first throttling error (or the last answer): a
   * burst that must meet a per-second limit wherever the second boundaries fall.
   */
  @When("the caller calls {action} {int} times in a row, stopping once throttled")
  public void callsRepeatedly(Action action, int times) {
    burst(action.name(), times, Map.of());
  }

  @When("the caller calls {action} {int} times in a row, stopping once throttled, with:")
  public void callsRepeatedlyWith(Action action, int times, Parameters parameters) {
    burst(action.name(), times, parameters.values());
  }

  private void burst(String action, int times, Map<String, String> parameters) {
    for (int i = 0; i < times; i++) {
      parameters.forEach(state.request()::parameter);
      if (state.call(action).errorCode().filter(RequestSteps::throttling).isPresent()) {
        return;
      }
    }
  }

  private static boolean throttling(String code) {
    return code.equals("RequestLimitExceeded") || code.startsWith("Throttling");
  }

  @When("the caller sends the same request again")
  public void resend() {
    state.resend();
  }

  @Given("the parameter {string} is sent a second time with the value {value}")
  public void repeated(String name, String value) {
    state.request().repeat(name, value);
  }

  @Given("the parameter {value} with the value {value} is added after signing")
  public void added(String name, String value) {
    state.request().tamper(name, value);
  }

  @When("the caller assumes role {string} as session {value}")
  public void assumes(String role, String session) {
    assumeWith(role, "main", session, Map.of());
  }

  @When("the caller assumes role {string} of account {string} as session {value}")
  public void assumesOf(String role, String account, String session) {
    assumeWith(role, account, session, Map.of());
  }

  @When("the caller assumes role {string} as session {value} for {int} seconds")
  public void assumesFor(String role, String session, int seconds) {
    assumeWith(role, "main", session, Map.of("DurationSeconds", Integer.toString(seconds)));
  }

  @When("the caller assumes role {string} as session {value} with:")
  public void assumesWith(String role, String session, Parameters parameters) {
    assumeWith(role, "main", session, parameters.values());
  }

  private void assumeWith(String role, String account, String session, Map<String, String> extra) {
    state.request().parameter("RoleArn", Values.roleArn(state, account, role));
    state.request().parameter("RoleSessionName", session);
    extra.forEach(state.request()::parameter);
    state.call("AssumeRole");
  }
}
