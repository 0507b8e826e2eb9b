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
 * AssumeRoleWithWebIdentity (Tencent AssumeRoleWithWebIdentity reference,
 * https://cloud.tencent.com/document/product/1312/73070): an OIDC token of a provider registered in
 * CAM buys credentials of a role that trusts the provider. Called unsigned ({@code Authorization:
 * SKIP}, Tencent unsigned federation calls,
 * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go).
 *
 * <p>{@code ProviderId} is the provider's name in the role's account. The token is validated by
 * {@link OidcValidator} (signature against the provider's keys, {@code iss}, {@code aud}, times);
 * every failure is {@code InvalidParameter.WebIdentityTokenError}, the only OIDC-specific code
 * (Tencent STS error codes,
 * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go),
 * its message naming the failed check. The role's trust policy must allow {@code
 * name/sts:AssumeRoleWithWebIdentity} for the federated principal {@code
 * qcs::cam::uin/<uin>:oidc-provider/<name>} under its {@code oidc:iss}, {@code oidc:aud} and {@code
 * oidc:sub} conditions (principal form and action UNCONFIRMED, open question on the OIDC
 * trust-policy form), else {@code UnauthorizedOperation}.
 */
final class AssumeRoleWithWebIdentity extends FederatedAction {

  /**
   * The trust-policy action (Tencent role trust policies,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%A7%92%E8%89%B2/%E5%88%9B%E5%BB%BA%E8%A7%92%E8%89%B2_intl_en.md,
   * UNCONFIRMED).
   */
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
        name(),
        Session.role(
                Vendor.TENCENT,
                accountId,
                request.role(),
                request.sessionName(),
                credentials.expiry(request.durationSeconds()))
            // PrincipalId "申请角色密钥的账号Uin" (Tencent GetCallerIdentity API model,
            // https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json): no UIN asks here; the role's owner does.
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
