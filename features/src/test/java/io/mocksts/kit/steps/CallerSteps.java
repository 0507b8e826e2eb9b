package io.mocksts.kit.steps;

import io.cucumber.java.en.Given;
import io.mocksts.kit.Credentials;
import io.mocksts.kit.Reply;
import io.mocksts.kit.target.Profile;
import org.assertj.core.api.Assertions;

/** Who calls: RAM users, root identities, temporary credentials, and broken variants of them. */
public final class CallerSteps {

  private final ScenarioState state;

  public CallerSteps(ScenarioState state) {
    this.state = state;
  }

  @Given("the caller is the RAM user {string} of account {string}")
  public void ramUser(String user, String account) {
    Profile.Key key = state.profile().userKey("alibaba", account, user);
    state.caller(
        new Credentials("RAM user " + user + " of " + account, key.id(), key.secret(), null));
  }

  @Given("the caller is the root identity of account {string}")
  public void root(String account) {
    Profile.Key key = state.profile().rootKey(state.vendor(), account);
    state.caller(new Credentials("root of " + account, key.id(), key.secret(), null));
  }

  @Given("the caller uses the AccessKeyId {string}")
  public void accessKeyId(String accessKeyId) {
    Credentials current = state.caller();
    state.caller(
        new Credentials(
            "AccessKeyId " + accessKeyId, accessKeyId, current.secret(), current.token()));
  }

  @Given("the caller has assumed role {string} as session {string}")
  public void hasAssumedRole(String role, String session) {
    state.caller(assume(role, session));
  }

  @Given("the caller holds the temporary credentials just issued")
  public void holdsIssued() {
    state.caller(state.issued());
  }

  @Given("the caller holds those temporary credentials with one character of the token changed")
  public void tamperedToken() {
    Credentials issued = state.issued();
    String token = issued.token();
    int at = token.length() / 2;
    char changed = token.charAt(at) == 'A' ? 'B' : 'A';
    state.caller(
        new Credentials(
            "tampered token",
            issued.accessKeyId(),
            issued.secret(),
            token.substring(0, at) + changed + token.substring(at + 1)));
  }

  @Given("the caller holds those temporary credentials without the security token")
  public void withoutToken() {
    Credentials issued = state.issued();
    state.caller(new Credentials("no token", issued.accessKeyId(), issued.secret(), null));
  }

  @Given("the caller holds temporary credentials whose security token belongs to another session")
  public void foreignToken() {
    Credentials first = assume("mock-role", "first-session");
    Credentials second = assume("mock-role", "second-session");
    state.caller(
        new Credentials(
            "key of one session, token of another",
            first.accessKeyId(),
            first.secret(),
            second.token()));
  }

  /** Assumes a role of account "main" with the current caller, as set-up (must succeed). */
  private Credentials assume(String role, String session) {
    state.request().parameter("RoleArn", Values.roleArn(state, "main", role));
    state.request().parameter("RoleSessionName", session);
    Reply reply = state.call("AssumeRole");
    Assertions.assertThat(reply.succeeded())
        .as("AssumeRole in the scenario's set-up: %s", reply.abbreviated())
        .isTrue();
    return state.issued();
  }
}
