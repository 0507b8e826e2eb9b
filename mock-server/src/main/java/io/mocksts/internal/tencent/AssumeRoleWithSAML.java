package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.saml.RolePair;
import io.mocksts.internal.saml.SamlRejection;
import io.mocksts.internal.saml.SamlResult;
import io.mocksts.internal.saml.SamlTrust;
import io.mocksts.internal.saml.SamlValidator;
import io.mocksts.internal.saml.ValidatedAssertion;
import java.util.Map;
import java.util.Set;

/**
 * AssumeRoleWithSAML (Tencent AssumeRoleWithSAML reference,
 * https://cloud.tencent.com.cn/document/product/1312/48196; Tencent SAML role SSO,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E4%BD%BF%E7%94%A8%20SAML%202.0%20%E8%81%94%E5%90%88%E8%BA%AB%E4%BB%BD%E7%94%A8%E6%88%B7%E8%AE%BF%E9%97%AE%E8%85%BE%E8%AE%AF%E4%BA%91%E7%AE%A1%E7%90%86%E6%8E%A7%E5%88%B6%E5%8F%B0_intl_en.md):
 * a signed SAML Response of a registered IdP buys credentials of a role whose trust policy names
 * the IdP ({@code principal.federated}, action {@code name/sts:AssumeRoleWithSAML}, condition key
 * {@code saml:aud} read from the Recipient, Tencent IdP registration and SAML trust policy,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%A7%92%E8%89%B2/%E5%88%9B%E5%BB%BA%E8%A7%92%E8%89%B2_intl_en.md).
 * Called unsigned ({@code Authorization: SKIP}, Tencent unsigned federation calls,
 * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go).
 * Tencent documents no SAML-specific code (Tencent AssumeRoleWithSAML reference): an assertion that
 * fails validation is a bad {@code SAMLAssertion} parameter ({@code InvalidParameter.ParamError});
 * an IdP the role does not trust is {@code UnauthorizedOperation}.
 */
final class AssumeRoleWithSAML extends FederatedAction {

  private final World world;
  private final TemporaryCredentials credentials;
  private final SamlTrust trust;
  private final SamlValidator validator;

  AssumeRoleWithSAML(
      World world, TemporaryCredentials credentials, SamlTrust trust, SamlValidator validator) {
    this.world = world;
    this.credentials = credentials;
    this.trust = trust;
    this.validator = validator;
  }

  @Override
  public String name() {
    return "AssumeRoleWithSAML";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("SAMLAssertion", "PrincipalArn", "RoleArn", "RoleSessionName", "DurationSeconds");
  }

  @Override
  public Map<String, Object> handle(Params params, Caller caller) {
    FederationRequest request =
        FederationRequest.read(params, world, "SAMLAssertion", "PrincipalArn");
    String principalArn = params.required("PrincipalArn");
    CamArns.ProviderArn provider =
        CamArns.parseSamlProvider(principalArn)
            .orElseThrow(() -> TencentError.PARAM_ERROR.exception("PrincipalArn"));
    SamlTrust.Idp idp =
        trust
            .idp(Vendor.TENCENT, provider.accountId(), provider.name())
            .orElseThrow(() -> TencentError.PARAM_ERROR.exception("PrincipalArn"));
    if (!(idp instanceof SamlTrust.Idp.Trusted trusted)) {
      throw TencentError.PARAM_ERROR.exception("PrincipalArn");
    }
    String roleArn = params.required("RoleArn");
    SamlResult validated =
        validator.validate(
            params.required("SAMLAssertion"), trusted.idp(), new RolePair(roleArn, principalArn));
    if (validated instanceof SamlRejection) {
      throw TencentError.PARAM_ERROR.exception("SAMLAssertion");
    }
    ValidatedAssertion assertion = (ValidatedAssertion) validated;
    // the role's trust, before the assertion is recorded as used (S8 last)
    if (!request
        .role()
        .trustPolicy()
        .allows(
            "name/sts:AssumeRoleWithSAML",
            "federated",
            Set.of(principalArn),
            Map.of("saml:aud", assertion.recipient()))) {
      throw TencentError.UNAUTHORIZED.exception();
    }
    if (validator.recordAgainstReplay(assertion) instanceof SamlRejection) {
      throw TencentError.PARAM_ERROR.exception("SAMLAssertion");
    }
    return credentials.issue(
        name(),
        Session.role(
                Vendor.TENCENT,
                request.account().id(),
                request.role(),
                request.sessionName(),
                credentials.expiry(request.durationSeconds()))
            .withPrincipal(request.account().id()));
  }
}
