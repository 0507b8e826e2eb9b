package io.mocksts.kit.steps;

import io.mocksts.kit.saml.RolePair;
import io.mocksts.kit.saml.SamlFixture;

/**
 * The SAML placeholders of {@link Values}:
 *
 * <ul>
 *   <li>{@code ${saml-response}}: the scenario's SAML Response (Base64), as the {@code Given the
 *       test IdP vouches ...} and {@code Given the SAML response is forged as ...} steps shaped it;
 *       without such a step, the test IdP vouches for {@code alice} with role {@code
 *       mock-saml-role} of account {@code main} through provider {@code mock-idp};
 *   <li>{@code ${saml-response:mock-saml-role}} / {@code ${saml-response:other/some-role}}: a new
 *       valid Response for that role of account {@code main} (or the named account) through that
 *       account's provider {@code mock-idp}, session name {@code alice};
 *   <li>{@code ${saml-provider-arn:mock-idp}} / {@code ${saml-provider-arn:other/mock-idp}}: a SAML
 *       provider's ARN in the scenario vendor's form, with the target's name of the provider;
 *   <li>{@code ${saml-provider:mock-idp}}: the target's name of a SAML provider;
 *   <li>{@code ${saml-issuer}}: the test IdP's entityID, the Issuer of its Responses.
 * </ul>
 */
final class SamlValues {

  /** The provider the default world (and a live profile) registers the test IdP as. */
  static final String PROVIDER = "mock-idp";

  /** The role the default world's SAML provider is trusted by. */
  static final String ROLE = "mock-saml-role";

  /** The default world's second SAML provider: another test IdP, with its own key. */
  static final String SECOND_PROVIDER = "mock-second-idp";

  /** The role that trusts the second provider. */
  static final String SECOND_ROLE = "mock-second-saml-role";

  private SamlValues() {}

  static boolean handles(String expression) {
    return expression.equals("saml-response")
        || expression.equals("saml-issuer")
        || expression.startsWith("saml-response:")
        || expression.startsWith("saml-provider-arn:")
        || expression.startsWith("saml-provider:");
  }

  static String resolve(String expression, ScenarioState state) {
    if (expression.equals("saml-issuer")) {
      return SamlFixture.entityId();
    }
    if (expression.equals("saml-response")) {
      SamlFixture saml = state.saml();
      if (!saml.vouched()) {
        saml.vouch("alice", pair(state, "main", ROLE));
      }
      return saml.response();
    }
    if (expression.startsWith("saml-provider-arn:")) {
      String[] ref = accountAnd(expression.substring("saml-provider-arn:".length()));
      return providerArn(state, ref[0], ref[1]);
    }
    if (expression.startsWith("saml-provider:")) {
      String[] ref = accountAnd(expression.substring("saml-provider:".length()));
      return state.profile().samlProviderName(state.vendor(), ref[0], ref[1]);
    }
    String[] ref = accountAnd(expression.substring("saml-response:".length()));
    return state.saml().fresh(pair(state, ref[0], ref[1]), "alice");
  }

  /** A role of an account and that account's provider {@code mock-idp}. */
  static RolePair pair(ScenarioState state, String account, String role) {
    return new RolePair(
        Values.roleArn(state, account, role), providerArn(state, account, PROVIDER));
  }

  /** The role of account "main" that trusts its second SAML provider, and that provider. */
  static RolePair secondPair(ScenarioState state) {
    return new RolePair(
        Values.roleArn(state, "main", SECOND_ROLE), providerArn(state, "main", SECOND_PROVIDER));
  }

  /**
   * A SAML provider's ARN, with the target's name of the logical provider (Alibaba
   * AssumeRoleWithSAML reference, https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml;
   * Tencent CAM resource names,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E7%AD%96%E7%95%A5/%E8%AF%AD%E6%B3%95%E9%80%BB%E8%BE%91/%E8%B5%84%E6%BA%90%E6%8F%8F%E8%BF%B0%E6%96%B9%E5%BC%8F_intl_en.md).
   */
  static String providerArn(ScenarioState state, String account, String provider) {
    String id = state.profile().accountId(state.vendor(), account);
    String name = state.profile().samlProviderName(state.vendor(), account, provider);
    return state.tencent()
        ? "qcs::cam::uin/" + id + ":saml-provider/" + name
        : "acs:ram::" + id + ":saml-provider/" + name;
  }

  /** {@code "other/x"} is account "other" and name "x"; a bare name is of "main". */
  static String[] accountAnd(String ref) {
    int slash = ref.indexOf('/');
    return slash < 0
        ? new String[] {"main", ref}
        : new String[] {ref.substring(0, slash), ref.substring(slash + 1)};
  }
}
