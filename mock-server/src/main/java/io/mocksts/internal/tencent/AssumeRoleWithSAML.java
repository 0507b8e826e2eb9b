package io.mocksts.internal.tencent;

import io.mocksts.internal.core.World;
import java.util.Map;
import java.util.Set;

/**
 * AssumeRoleWithSAML (tencent-sts.md §4.2, §6): an IdP's signed SAML response buys credentials of a
 * role that trusts the IdP. Called unsigned ({@code Authorization: SKIP}, §2.7).
 *
 * <p>Not finished: the request's parameters, the role and the provider are checked, but SAML
 * validation lands with the SAML issue; until then no assertion can be validated and every one is
 * answered {@code InvalidParameter.ParamError}.
 */
final class AssumeRoleWithSAML implements TencentAction {

  private final World world;

  AssumeRoleWithSAML(World world) {
    this.world = world;
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
  public boolean anonymous() {
    return true;
  }

  @Override
  public String rateLimitKey(Params params, Caller caller) {
    return FederationRequest.rateLimitKey(params);
  }

  @Override
  public Map<String, Object> handle(Params params, Caller caller) {
    FederationRequest request =
        FederationRequest.read(params, world, "SAMLAssertion", "PrincipalArn");
    CamArns.ProviderArn provider =
        CamArns.parseSamlProvider(params.required("PrincipalArn"))
            .orElseThrow(() -> TencentError.PARAM_ERROR.exception("PrincipalArn"));
    if (!provider.accountId().equals(request.account().id())
        || request.account().samlProvider(provider.name()).isEmpty()) {
      throw TencentError.PARAM_ERROR.exception("PrincipalArn");
    }
    throw TencentError.PARAM_ERROR.exception("SAMLAssertion");
  }
}
