package io.mocksts.internal.tencent;

import io.mocksts.internal.core.World;
import java.util.Map;
import java.util.Set;

/**
 * AssumeRoleWithWebIdentity (tencent-sts.md §4.3): an OIDC token of a registered provider buys
 * credentials of a role that trusts the provider. Called unsigned ({@code Authorization: SKIP},
 * §2.7).
 *
 * <p>Not finished: the request's parameters, the role and the provider are checked, but token
 * validation lands with the OIDC issue; until then every token is answered {@code
 * InvalidParameter.WebIdentityTokenError}.
 */
final class AssumeRoleWithWebIdentity implements TencentAction {

  private final World world;

  AssumeRoleWithWebIdentity(World world) {
    this.world = world;
  }

  @Override
  public String name() {
    return "AssumeRoleWithWebIdentity";
  }

  @Override
  public Set<String> parameters() {
    return Set.of(
        "ProviderId", "WebIdentityToken", "RoleArn", "RoleSessionName", "DurationSeconds");
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
        FederationRequest.read(params, world, "WebIdentityToken", "ProviderId");
    if (request.account().oidcProvider(params.required("ProviderId")).isEmpty()) {
      throw TencentError.PARAM_ERROR.exception("ProviderId");
    }
    throw TencentError.WEB_IDENTITY_TOKEN.exception();
  }
}
