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
 * AssumeRoleWithSAML (tencent-sts.md §4.2, §6): a signed SAML Response of a registered IdP buys
 * credentials of a role whose trust policy names the IdP ({@code principal.federated}, action
 * {@code name/sts:AssumeRoleWithSAML}, condition key {@code saml:aud} read from the Recipient,
 * §6.4). Called unsigned ({@code Authorization: SKIP}, §2.7). Tencent documents no SAML-specific
 * code (§4.2): an assertion that fails validation is a bad {@code SAMLAssertion} parameter ({@code
 * InvalidParameter.ParamError}); an IdP the role does not trust is {@code UnauthorizedOperation}.
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
        Session.role(
                Vendor.TENCENT,
                request.account().id(),
                request.role(),
                request.sessionName(),
                credentials.expiry(request.durationSeconds()))
            .withPrincipal(request.account().id()));
  }
}
