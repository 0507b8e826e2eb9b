package io.mocksts.kit.steps;

import io.cucumber.java.en.Given;
import io.mocksts.kit.Credentials;
import io.mocksts.kit.Reply;
import io.mocksts.kit.target.Profile;
import org.assertj.core.api.Assertions;

/**
 * Who calls, in Tencent's terms (Tencent CAM resource model,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E7%AD%96%E7%95%A5/%E8%AF%AD%E6%B3%95%E9%80%BB%E8%BE%91/%E8%B5%84%E6%BA%90%E6%8F%8F%E8%BF%B0%E6%96%B9%E5%BC%8F_intl_en.md):
 * CAM sub-users, SecretIds, and the temporary credentials of GetFederationToken and
 * GetSessionToken. The root account, role sessions and broken tokens use the shared {@link
 * CallerSteps}.
 */
public final class TencentCallerSteps {

  /**
   * The policy federated users of the set-up steps are given (Tencent GetFederationToken reference,
   * https://cloud.tencent.com.cn/document/api/1312/48195, CAM grammar).
   */
  static final String FEDERATION_POLICY =
      "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"name/cos:GetObject\"],"
          + "\"resource\":[\"*\"]}]}";

  private final ScenarioState state;

  public TencentCallerSteps(ScenarioState state) {
    this.state = state;
  }

  @Given("the caller is the CAM user {string} of account {string}")
  public void camUser(String user, String account) {
    Profile.Key key = state.profile().userKey("tencent", account, user);
    state.caller(
        new Credentials("CAM user " + user + " of " + account, key.id(), key.secret(), null));
  }

  @Given("the caller uses the SecretId {string}")
  public void secretId(String secretId) {
    Credentials current = state.caller();
    String id = Values.expand(secretId, state);
    state.caller(new Credentials("SecretId " + id, id, current.secret(), current.token()));
  }

  @Given("the caller holds federated-user credentials named {string}")
  public void federated(String name) {
    state.request().parameter("Name", name);
    state.request().parameter("Policy", FEDERATION_POLICY);
    requireSuccess(state.call("GetFederationToken"), "GetFederationToken");
    state.caller(state.issued());
  }

  @Given("the caller holds MFA session credentials of user {string} of account {string}")
  public void mfaSession(String user, String account) {
    camUser(user, account);
    state
        .request()
        .parameter(
            "SerialNumber",
            "qcs::cam:uin/" + state.profile().accountId("tencent", account) + "::mfa/softToken");
    state
        .request()
        .parameter("TokenCode", Values.expand("${mfa-code:" + account + "/" + user + "}", state));
    requireSuccess(state.call("GetSessionToken"), "GetSessionToken");
    state.caller(state.issued());
  }

  private static void requireSuccess(Reply reply, String action) {
    Assertions.assertThat(reply.succeeded())
        .as("%s in the scenario's set-up: %s", action, reply.abbreviated())
        .isTrue();
  }
}
