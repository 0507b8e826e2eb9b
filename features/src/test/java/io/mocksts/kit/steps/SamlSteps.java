package io.mocksts.kit.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.mocksts.kit.Reply;
import io.mocksts.kit.saml.RolePair;
import io.mocksts.kit.saml.SamlFixture;
import io.mocksts.testkit.saml.HostileCorpus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;

/**
 * SAML federation (Alibaba AssumeRoleWithSAML reference,
 * https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml, Alibaba role-based SSO,
 * https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso; Tencent
 * AssumeRoleWithSAML reference, https://cloud.tencent.com.cn/document/product/1312/48196, Tencent
 * SAML role SSO,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E4%BD%BF%E7%94%A8%20SAML%202.0%20%E8%81%94%E5%90%88%E8%BA%AB%E4%BB%BD%E7%94%A8%E6%88%B7%E8%AE%BF%E9%97%AE%E8%85%BE%E8%AE%AF%E4%BA%91%E7%AE%A1%E7%90%86%E6%8E%A7%E5%88%B6%E5%8F%B0_intl_en.md):
 * the bundled test IdP vouches for a subject with a role, with options, or forges a variant of the
 * hostile corpus; the caller presents the Response to AssumeRoleWithSAML. The IdP is the one a live
 * run registers at the cloud ({@code mock-sts.jar idp-metadata}), so these steps work against any
 * target; recipes that need the IdP's key to forge are {@code @mock-only} in the features.
 */
public final class SamlSteps {

  /** The request's RoleSessionName (Tencent) when the scenario does not give one. */
  static final String TENCENT_SESSION_NAME = "saml-session";

  private final ScenarioState state;

  public SamlSteps(ScenarioState state) {
    this.state = state;
  }

  @Given("the test IdP vouches for {string} with role {string}")
  public void vouches(String subject, String role) {
    vouch(subject, role, "main", List.of());
  }

  @Given("the test IdP vouches for {string} with role {string} of account {string}")
  public void vouchesOf(String subject, String role, String account) {
    vouch(subject, role, account, List.of());
  }

  @Given("the test IdP vouches for {string} with role {string} and:")
  public void vouchesWith(String subject, String role, DataTable options) {
    vouch(subject, role, "main", options.asLists());
  }

  @Given("the test IdP vouches for {string} with role {string} of account {string} and:")
  public void vouchesOfWith(String subject, String role, String account, DataTable options) {
    vouch(subject, role, account, options.asLists());
  }

  /**
   * Options by row ({@link SamlFixture#option}), plus the role attribute: {@code role} adds a pair
   * (a role of the same account through its {@code mock-idp}), {@code role value} adds a value as
   * written, {@code role attribute | (none)} leaves the attribute out; {@code provider} makes the
   * IdP vouch through another provider of the account (the request names it too).
   */
  private void vouch(String subject, String role, String account, List<List<String>> options) {
    SamlFixture saml = state.saml();
    saml.vouch(Values.expand(subject, state), SamlValues.pair(state, account, role));
    for (List<String> row : options) {
      if (row.size() != 2) {
        throw new IllegalArgumentException("an option row has a name and a value: " + row);
      }
      String key = row.get(0);
      String value = Values.expand(row.get(1) == null ? "" : row.get(1), state);
      switch (key) {
        case "provider" -> saml.provider(SamlValues.providerArn(state, account, value));
        case "role" -> {
          String[] ref = SamlValues.accountAnd(value);
          saml.addRole(SamlValues.pair(state, ref[0], ref[1]));
        }
        case "role value" -> saml.addRoleValue(value);
        case "role attribute" -> {
          if (!value.equals(SamlFixture.NONE)) {
            throw new IllegalArgumentException("role attribute: (none), not " + value);
          }
          saml.noRoles();
        }
        default -> saml.option(key, value);
      }
    }
  }

  /**
   * Forges the Response as a recipe of the hostile corpus, for the vouched role (by default {@code
   * alice} with {@code mock-saml-role}), or, for a recipe presented to the second provider, for
   * {@code mock-second-saml-role} through {@code mock-second-idp}. A replay recipe is presented
   * once first, as set-up, and that first use must succeed.
   */
  @Given("the SAML response is forged as {string}")
  public void forged(String recipeId) {
    SamlFixture saml = state.saml();
    if (!saml.vouched()) {
      saml.vouch("alice", SamlValues.pair(state, "main", SamlValues.ROLE));
    }
    HostileCorpus.Recipe recipe = saml.forge(recipeId, SamlValues.secondPair(state));
    if (recipe.replayed()) {
      Reply first = present(Map.of());
      Assertions.assertThat(first.succeeded())
          .as("the first use of %s in the scenario's set-up: %s", recipeId, first.abbreviated())
          .isTrue();
    }
  }

  /** Mints the Response now (it is otherwise minted when first presented). */
  @Given("the SAML response is issued now")
  public void issuedNow() {
    SamlFixture saml = state.saml();
    if (!saml.vouched()) {
      saml.vouch("alice", SamlValues.pair(state, "main", SamlValues.ROLE));
    }
    saml.response();
  }

  @When("the caller presents the SAML response")
  public void presents() {
    present(Map.of());
  }

  /**
   * The same Response once more: a replay (SAML conditions, audience, recipient, replay,
   * https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf; corpus recipe RP1).
   */
  @When("the caller presents the SAML response again")
  public void presentsAgain() {
    present(Map.of());
  }

  /**
   * Presents the Response with other or more parameters; a value {@code (none)} leaves a parameter
   * out.
   */
  @When("the caller presents the SAML response with:")
  public void presentsWith(DataTable parameters) {
    present(parameters.asMap());
  }

  /**
   * The one assertion that holds on every target, even where the vendor's code for a failure is a
   * documentation gap (recorded, not enforced, on a live STS): the call failed and no credentials
   * came back. Deliberately not a recorded check.
   */
  @Then("the SAML response is refused without credentials")
  public void refusedWithoutCredentials() {
    Reply reply = state.reply();
    Assertions.assertThat(reply.succeeded())
        .as("a refused SAML response: %s", reply.abbreviated())
        .isFalse();
    String credential = state.tencent() ? "Credentials.TmpSecretId" : "Credentials.AccessKeyId";
    Assertions.assertThat(reply.field(credential))
        .as("credentials in %s", reply.abbreviated())
        .isEmpty();
  }

  /**
   * AssumeRoleWithSAML with the scenario's Response and the role pair it vouches for. Alibaba:
   * SAMLAssertion, SAMLProviderArn, RoleArn (Alibaba AssumeRoleWithSAML reference); Tencent:
   * SAMLAssertion, PrincipalArn, RoleArn and RoleSessionName {@value #TENCENT_SESSION_NAME}
   * (Tencent AssumeRoleWithSAML reference). Without a caller the request is anonymous, as the
   * actions are documented: unsigned (Alibaba) or {@code Authorization: SKIP} (Tencent unsigned
   * federation calls,
   * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go),
   * unless the scenario chose another shape (no Authorization header, V3, ...); a TC3 signature
   * with empty keys needs the generic {@code the caller calls ... with:} step.
   */
  private Reply present(Map<String, String> overrides) {
    SamlFixture saml = state.saml();
    if (!saml.vouched()) {
      saml.vouch("alice", SamlValues.pair(state, "main", SamlValues.ROLE));
    }
    RolePair pair = saml.requested();
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("SAMLAssertion", saml.response());
    if (state.tencent()) {
      parameters.put("PrincipalArn", pair.providerArn());
      parameters.put("RoleArn", pair.roleArn());
      parameters.put("RoleSessionName", TENCENT_SESSION_NAME);
    } else {
      parameters.put("SAMLProviderArn", pair.providerArn());
      parameters.put("RoleArn", pair.roleArn());
    }
    overrides.forEach((name, value) -> parameters.put(name, Values.expand(value, state)));
    parameters.values().removeIf(SamlFixture.NONE::equals);
    if (!state.hasCaller()) {
      // Without a key the default signature makes no sense; a shape the scenario chose stays.
      state.request().anonymous();
    }
    parameters.forEach(state.request()::parameter);
    return state.call("AssumeRoleWithSAML");
  }
}
