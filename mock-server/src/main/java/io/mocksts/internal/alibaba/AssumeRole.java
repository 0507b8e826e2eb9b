package io.mocksts.internal.alibaba;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.DurationRule;
import io.mocksts.internal.core.IssuedCredentials;
import io.mocksts.internal.core.RateLimiter;
import io.mocksts.internal.core.Role;
import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AssumeRole (Alibaba AssumeRole reference,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md):
 * a RAM user or role session exchanges its AccessKey for temporary credentials of a role whose
 * trust policy names it.
 */
final class AssumeRole implements AlibabaAction {

  /** 2–64 letters, digits and {@code . @ - _} (current metadata; the 2021 docs said 2–32). */
  static final Pattern SESSION_NAME = Pattern.compile("[A-Za-z0-9.@\\-_]{2,64}");

  /** 2–1,224 characters of {@code [\w+=,.@:\/-]}. */
  private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/\\-]{2,1224}");

  /**
   * 2–64 characters of {@code [\w+=,.@-]}. The documented ban on the prefixes {@code acs:}, {@code
   * aliyun:} and {@code alibabacloud:} follows from it: none of those characters is a colon.
   */
  private static final Pattern SOURCE_IDENTITY = Pattern.compile("[\\w+=,.@\\-]{2,64}");

  /** The absolute bounds of DurationSeconds; each role narrows the maximum. */
  static final DurationRule DURATION = new DurationRule(900, 3600, 43200);

  /** System policies that grant {@code sts:AssumeRole} to the identity they are attached to. */
  private static final Set<String> ASSUME_ROLE_GRANTS =
      Set.of("AliyunSTSAssumeRoleAccess", "AdministratorAccess");

  private final World world;
  private final SessionTokens tokens;
  private final Clock clock;
  private final RateLimiter limiter;

  AssumeRole(World world, SessionTokens tokens, Clock clock, RateLimiter limiter) {
    this.world = world;
    this.tokens = tokens;
    this.clock = clock;
    this.limiter = limiter;
  }

  @Override
  public String name() {
    return "AssumeRole";
  }

  @Override
  public Map<String, Object> handle(RpcRequest request, Caller caller, String requestId) {
    if (!limiter.tryAcquire(callerAccount(caller))) {
      throw AlibabaError.THROTTLING_USER.exception();
    }
    String roleArn = request.required("RoleArn", AlibabaError.MISSING_ACTION_PARAMETER);
    String sessionName = request.required("RoleSessionName", AlibabaError.MISSING_ACTION_PARAMETER);
    AlibabaArns.RoleArn arn =
        AlibabaArns.parseRole(roleArn).orElseThrow(AlibabaError.INVALID_ROLE_ARN::exception);
    if (!SESSION_NAME.matcher(sessionName).matches()) {
      throw AlibabaError.INVALID_ROLE_SESSION_NAME.exception();
    }
    long duration =
        DURATION
            .resolve(request.parameter("DurationSeconds"))
            .orElseThrow(AlibabaError.INVALID_DURATION_SECONDS::exception);
    SessionPolicy.check(request.parameter("Policy"));
    String externalId = request.optional("ExternalId");
    if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
      throw AlibabaError.INVALID_EXTERNAL_ID.exception();
    }
    String sourceIdentity = sourceIdentity(request.optional("SourceIdentity"), caller);

    Account account =
        world
            .account(Vendor.ALIBABA, arn.accountId())
            .orElseThrow(AlibabaError.ROLE_NOT_FOUND::exception);
    Role role = account.role(arn.roleName()).orElseThrow(AlibabaError.ROLE_NOT_FOUND::exception);
    if (duration > role.maxSessionDuration()) {
      throw AlibabaError.INVALID_DURATION_SECONDS.exception();
    }
    authorise(caller, account, role, externalId);

    Instant expiration = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(duration);
    IssuedCredentials credentials =
        tokens.mint(
            Session.role(Vendor.ALIBABA, account.id(), role, sessionName, expiration)
                .withSourceIdentity(sourceIdentity),
            RpcAuthenticator.STS_FORMAT,
            name(),
            AlibabaArns.assumedRole(account.id(), role.name(), sessionName));
    return AssumedRoleResponse.body(
        requestId, account, role, sessionName, credentials, sourceIdentity);
  }

  /**
   * The account whose AssumeRole budget a call uses: "shared by the account and its RAM
   * users/roles".
   */
  private static String callerAccount(Caller caller) {
    if (caller instanceof Caller.RamUser user) {
      return user.account().id();
    }
    if (caller instanceof Caller.RoleSession session) {
      return session.account().id();
    }
    if (caller instanceof Caller.Root root) {
      return root.account().id();
    }
    return "";
  }

  private void authorise(Caller caller, Account roleAccount, Role role, String externalId) {
    String principalAccount;
    List<String> grants;
    String principalArn;
    if (caller instanceof Caller.RamUser user) {
      principalAccount = user.account().id();
      grants = user.user().policies();
      principalArn = AlibabaArns.user(principalAccount, user.user().name());
    } else if (caller instanceof Caller.RoleSession session) {
      principalAccount = session.account().id();
      grants =
          session
              .account()
              .role(session.session().roleName())
              .map(Role::policies)
              .orElse(List.of());
      principalArn = AlibabaArns.role(principalAccount, session.session().roleName());
    } else if (caller instanceof Caller.Root) {
      throw AlibabaError.ROOT_MAY_NOT_ASSUME.exception();
    } else {
      throw AlibabaError.NOT_AUTHORIZED.exception();
    }
    if (grants.stream().noneMatch(ASSUME_ROLE_GRANTS::contains)) {
      throw AlibabaError.NOT_AUTHORIZED.exception();
    }
    Map<String, String> context = new HashMap<>();
    if (externalId != null) {
      context.put("sts:externalid", externalId);
    }
    boolean trusted =
        role.trustPolicy()
            .allows(
                "sts:AssumeRole",
                "ram",
                Set.of(principalArn, AlibabaArns.root(principalAccount)),
                context);
    if (!trusted) {
      throw AlibabaError.ROLE_NOT_TRUSTED.exception();
    }
  }

  /**
   * The session's source identity: a role session keeps the one it was created with ("persists
   * unchanged across chained role sessions", Alibaba AssumeRole reference), so a different value is
   * refused.
   */
  private static String sourceIdentity(String requested, Caller caller) {
    if (requested != null && !SOURCE_IDENTITY.matcher(requested).matches()) {
      throw AlibabaError.INVALID_SOURCE_IDENTITY.exception();
    }
    if (caller instanceof Caller.RoleSession session
        && session.session().sourceIdentity() != null) {
      String inherited = session.session().sourceIdentity();
      if (requested != null && !requested.equals(inherited)) {
        throw AlibabaError.INVALID_SOURCE_IDENTITY.exception();
      }
      return inherited;
    }
    return requested;
  }
}
