package io.mocksts.internal.alibaba;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.IssuedCredentials;
import io.mocksts.internal.core.Provider;
import io.mocksts.internal.core.Role;
import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.oidc.OidcRejection;
import io.mocksts.internal.oidc.OidcResult;
import io.mocksts.internal.oidc.OidcValidator;
import io.mocksts.internal.oidc.ValidatedToken;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AssumeRoleWithOIDC (Alibaba AssumeRoleWithOIDC reference,
 * https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc,
 * Alibaba OIDC SSO, https://www.alibabacloud.com/help/en/ram/overview-of-oidc-based-sso): an ID
 * token of an OIDC provider registered in RAM buys temporary credentials of a role whose trust
 * policy names the provider. Anonymous: no AccessKey signs it (Alibaba STS: who may call,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md).
 *
 * <p>Checks, in the mock's order (an inference from the documented behaviour): required parameters
 * and their forms (400; a token outside 4 to 20,000 characters is {@code
 * AuthenticationFail.OIDCToken.Invalid}), the provider ({@code AuthenticationFail.NoPermission} "No
 * such OIDC Provider registered."), the role ({@code EntityNotExist.Role}), DurationSeconds against
 * the role's maximum, the token ({@code AuthenticationFail.OIDCToken.*}), the trust policy with the
 * {@code oidc:iss}, {@code oidc:aud} and {@code oidc:sub} conditions ({@code
 * AuthenticationFail.NoPermission} "There is no permission"). The HTTP status of every {@code
 * AuthenticationFail.*} answer is UNCONFIRMED; 401 by analogy with the SAML family (Alibaba
 * AssumeRoleWithOIDC reference).
 */
final class AssumeRoleWithOIDC implements AlibabaAction {

  /**
   * The value of {@code OIDCTokenInfo.VerificationInfo} for a verified token (Alibaba
   * AssumeRoleWithOIDC reference example).
   */
  static final String VERIFIED = "Success";

  private final World world;
  private final SessionTokens tokens;
  private final Clock clock;
  private final OidcValidator validator;

  AssumeRoleWithOIDC(World world, SessionTokens tokens, Clock clock, OidcValidator validator) {
    this.world = world;
    this.tokens = tokens;
    this.clock = clock;
    this.validator = validator;
  }

  @Override
  public String name() {
    return "AssumeRoleWithOIDC";
  }

  @Override
  public boolean anonymous() {
    return true;
  }

  @Override
  public Map<String, Object> handle(RpcRequest request, Caller caller, String requestId) {
    String providerArn = request.required("OIDCProviderArn", AlibabaError.MISSING_ACTION_PARAMETER);
    String roleArn = request.required("RoleArn", AlibabaError.MISSING_ACTION_PARAMETER);
    String token = request.required("OIDCToken", AlibabaError.MISSING_ACTION_PARAMETER);
    String sessionName = request.required("RoleSessionName", AlibabaError.MISSING_ACTION_PARAMETER);
    AlibabaArns.RoleArn arn =
        AlibabaArns.parseRole(roleArn).orElseThrow(AlibabaError.INVALID_ROLE_ARN::exception);
    if (token.length() < OidcValidator.MIN_LENGTH || token.length() > OidcValidator.MAX_LENGTH) {
      throw AlibabaError.OIDC_TOKEN_INVALID.exception(
          "the token must be 4 to 20,000 characters long");
    }
    if (!AssumeRole.SESSION_NAME.matcher(sessionName).matches()) {
      throw AlibabaError.INVALID_ROLE_SESSION_NAME.exception();
    }
    long duration =
        AssumeRole.DURATION
            .resolve(request.parameter("DurationSeconds"))
            .orElseThrow(AlibabaError.INVALID_DURATION_SECONDS::exception);
    SessionPolicy.check(request.parameter("Policy"));

    Provider provider =
        provider(providerArn).orElseThrow(AlibabaError.OIDC_PROVIDER_NOT_FOUND::exception);
    Account account =
        world
            .account(Vendor.ALIBABA, arn.accountId())
            .orElseThrow(() -> AlibabaError.OIDC_ROLE_NOT_FOUND.exception(roleArn));
    Role role =
        account
            .role(arn.roleName())
            .orElseThrow(() -> AlibabaError.OIDC_ROLE_NOT_FOUND.exception(roleArn));
    if (duration > role.maxSessionDuration()) {
      throw AlibabaError.INVALID_DURATION_SECONDS.exception();
    }
    ValidatedToken verified = verify(validator.validate(token, provider), provider);
    if (!trusts(role, providerArn, verified)) {
      throw AlibabaError.OIDC_NOT_TRUSTED.exception();
    }

    Instant expiration = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(duration);
    IssuedCredentials credentials =
        tokens.mint(
            Session.role(Vendor.ALIBABA, account.id(), role, sessionName, expiration),
            RpcAuthenticator.STS_FORMAT,
            name(),
            AlibabaArns.assumedRole(account.id(), role.name(), sessionName));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    body.put("OIDCTokenInfo", tokenInfo(verified));
    body.putAll(AssumedRoleResponse.body(requestId, account, role, sessionName, credentials, null));
    return body;
  }

  /**
   * {@code OIDCTokenInfo} (Alibaba AssumeRoleWithOIDC reference): the claims STS used, {@code aud}
   * joined with commas.
   */
  private static Map<String, Object> tokenInfo(ValidatedToken token) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("Subject", token.subject());
    info.put("Issuer", token.issuer());
    info.put("ClientIds", String.join(",", token.audiences()));
    info.put("ExpirationTime", AssumedRoleResponse.expiration(token.expiresAt()));
    info.put("IssuanceTime", AssumedRoleResponse.expiration(token.issuedAt()));
    info.put("VerificationInfo", VERIFIED);
    return info;
  }

  /** The provider an ARN names, if its account has registered it. */
  private Optional<Provider> provider(String arn) {
    return AlibabaArns.parseOidcProvider(arn)
        .flatMap(
            p ->
                world
                    .account(Vendor.ALIBABA, p.accountId())
                    .flatMap(a -> a.oidcProvider(p.name())));
  }

  /** The token's claims, or the documented error for the first check it failed. */
  private static ValidatedToken verify(OidcResult result, Provider provider) {
    if (result instanceof ValidatedToken token) {
      return token;
    }
    OidcRejection rejection = (OidcRejection) result;
    throw switch (rejection.reason()) {
      case EXPIRED -> AlibabaError.OIDC_TOKEN_EXPIRED.exception();
      case WRONG_ISSUER -> AlibabaError.OIDC_ISSUER_NOT_MATCH.exception();
      case WRONG_AUDIENCE -> AlibabaError.OIDC_AUDIENCE_NOT_MATCH.exception();
      case NO_KEYS -> AlibabaError.OIDC_ISSUER_CONFIGURATION_BROKEN.exception(provider.issuer());
      default -> AlibabaError.OIDC_TOKEN_INVALID.exception(rejection.detail());
    };
  }

  /**
   * Whether the role's trust policy admits the provider for this token. Each audience of the token
   * is offered in turn as {@code oidc:aud}. The action is {@code sts:AssumeRole} in the documented
   * examples; {@code sts:AssumeRoleWithOIDC}, seen in third-party policies, is accepted too
   * (Alibaba OIDC SSO, open question on OIDC trust conditions and token algorithms).
   */
  private boolean trusts(Role role, String providerArn, ValidatedToken token) {
    for (String audience : token.audiences()) {
      Map<String, String> context =
          Map.of("oidc:iss", token.issuer(), "oidc:aud", audience, "oidc:sub", token.subject());
      for (String action : new String[] {"sts:AssumeRole", "sts:AssumeRoleWithOIDC"}) {
        if (role.trustPolicy().allows(action, "federated", Set.of(providerArn), context)) {
          return true;
        }
      }
    }
    return false;
  }
}
