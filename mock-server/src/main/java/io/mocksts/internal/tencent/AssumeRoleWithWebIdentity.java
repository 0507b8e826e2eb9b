package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Provider;
import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.oidc.OidcRejection;
import io.mocksts.internal.oidc.OidcResult;
import io.mocksts.internal.oidc.OidcValidator;
import io.mocksts.internal.oidc.ValidatedToken;
import java.util.Map;
import java.util.Set;

/**
 * AssumeRoleWithWebIdentity (tencent-sts.md §4.3): an OIDC token of a provider registered in CAM
 * buys credentials of a role that trusts the provider. Called unsigned ({@code Authorization:
 * SKIP}, §2.7).
 *
 * <p>{@code ProviderId} is the provider's name in the role's account. The token is validated by
 * {@link OidcValidator} (signature against the provider's keys, {@code iss}, {@code aud}, times);
 * every failure is {@code InvalidParameter.WebIdentityTokenError}, the only OIDC-specific code
 * (§5.1), its message naming the failed check. The role's trust policy must allow {@code
 * name/sts:AssumeRoleWithWebIdentity} for the federated principal {@code
 * qcs::cam::uin/<uin>:oidc-provider/<name>} under its {@code oidc:iss}, {@code oidc:aud} and {@code
 * oidc:sub} conditions (principal form and action UNCONFIRMED, Gaps 9), else {@code
 * UnauthorizedOperation}.
 */
final class AssumeRoleWithWebIdentity extends FederatedAction {

  /** The trust-policy action (tencent-sts.md §7.2, UNCONFIRMED). */
  static final String TRUST_ACTION = "name/sts:AssumeRoleWithWebIdentity";

  private final World world;
  private final TemporaryCredentials credentials;
  private final OidcValidator validator;

  AssumeRoleWithWebIdentity(
      World world, TemporaryCredentials credentials, OidcValidator validator) {
    this.world = world;
    this.credentials = credentials;
    this.validator = validator;
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
  public Map<String, Object> handle(Params params, Caller caller) {
    FederationRequest request =
        FederationRequest.read(params, world, "WebIdentityToken", "ProviderId");
    Provider provider =
        request
            .account()
            .oidcProvider(params.required("ProviderId"))
            .orElseThrow(() -> TencentError.PARAM_ERROR.exception("ProviderId"));
    OidcResult result = validator.validate(params.required("WebIdentityToken"), provider);
    if (result instanceof OidcRejection rejection) {
      throw TencentError.WEB_IDENTITY_TOKEN.exception(rejection.detail());
    }
    ValidatedToken token = (ValidatedToken) result;
    String accountId = request.account().id();
    if (!trusts(request, providerArn(accountId, provider.name()), token)) {
      throw TencentError.UNAUTHORIZED.exception();
    }
    return credentials.issue(
        Session.role(
                Vendor.TENCENT,
                accountId,
                request.role(),
                request.sessionName(),
                credentials.expiry(request.durationSeconds()))
            // PrincipalId "申请角色密钥的账号Uin" (§4.6): no UIN asks here; the role's owner does.
            .withPrincipal(accountId));
  }

  static String providerArn(String accountId, String name) {
    return "qcs::cam::uin/" + accountId + ":oidc-provider/" + name;
  }

  /** Each audience of the token is offered in turn as {@code oidc:aud}. */
  private static boolean trusts(
      FederationRequest request, String providerArn, ValidatedToken token) {
    for (String audience : token.audiences()) {
      Map<String, String> context =
          Map.of("oidc:iss", token.issuer(), "oidc:aud", audience, "oidc:sub", token.subject());
      if (request
          .role()
          .trustPolicy()
          .allows(TRUST_ACTION, "federated", Set.of(providerArn), context)) {
        return true;
      }
    }
    return false;
  }
}
