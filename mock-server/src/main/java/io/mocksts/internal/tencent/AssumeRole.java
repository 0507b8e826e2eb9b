package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.Role;
import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AssumeRole (Tencent AssumeRole reference, https://cloud.tencent.com/document/product/598/33164):
 * a root account, a sub-user or a role session exchanges its keys for temporary credentials of a
 * role whose trust policy names it.
 */
final class AssumeRole implements TencentAction {

  /** "长度在2到128之间 … 正则为：[\w+=,.@_-]*". */
  static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@\\-]{2,128}");

  /** "长度在2到128之间 … 正则为：[\w+=,.@:\/-]*". */
  private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/\\-]{2,128}");

  /**
   * Default 7,200 s, at most 43,200 s (Tencent AssumeRole reference); the minimum is UNCONFIRMED
   * (open question on numeric bounds).
   */
  static final long DEFAULT_DURATION = 7200;

  static final long MAX_DURATION = 43200;

  private static final int MAX_TAGS = 50;
  private static final int MAX_TAG_KEY = 128;
  private static final int MAX_TAG_VALUE = 256;

  /**
   * "调用者身份uin" / "UIN of the initiator", e.g. {@code 1000001} (Tencent AssumeRole reference): a
   * UIN.
   */
  private static final Pattern SOURCE_IDENTITY = Pattern.compile("[0-9]{1,20}");

  private final World world;
  private final TemporaryCredentials credentials;
  private final Clock clock;

  AssumeRole(World world, TemporaryCredentials credentials, Clock clock) {
    this.world = world;
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "AssumeRole";
  }

  @Override
  public Set<String> parameters() {
    return Set.of(
        "RoleArn",
        "RoleSessionName",
        "DurationSeconds",
        "Policy",
        "ExternalId",
        "Tags",
        "SourceIdentity",
        "SerialNumber",
        "TokenCode");
  }

  @Override
  public Map<String, Object> handle(Params params, Caller caller) {
    String roleArn = params.required("RoleArn");
    String sessionName = params.required("RoleSessionName");
    CamArns.RoleArn arn =
        CamArns.parseRole(roleArn).orElseThrow(() -> TencentError.PARAM_ERROR.exception("RoleArn"));
    if (!SESSION_NAME.matcher(sessionName).matches()) {
      throw TencentError.PARAM_ERROR.exception("RoleSessionName");
    }
    long duration =
        DurationSeconds.resolve(params.integer("DurationSeconds"), DEFAULT_DURATION, MAX_DURATION);
    String externalId = params.string("ExternalId");
    if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
      throw TencentError.PARAM_ERROR.exception("ExternalId");
    }
    checkTags(params.objects("Tags"));
    String sourceIdentity = params.string("SourceIdentity");
    if (sourceIdentity != null && !SOURCE_IDENTITY.matcher(sourceIdentity).matches()) {
      throw TencentError.PARAM_ERROR.exception("SourceIdentity");
    }
    String serialNumber = params.string("SerialNumber");
    String tokenCode = params.string("TokenCode");
    if (serialNumber == null && tokenCode != null) {
      throw TencentError.MISSING_PARAMETER.exception("SerialNumber");
    }

    Account account =
        world
            .account(Vendor.TENCENT, arn.accountId())
            .orElseThrow(TencentError.ACCOUNT_NOT_AVAILABLE::exception);
    Role role = arn.in(account);
    if (duration > role.maxSessionDuration()) {
      throw TencentError.OVER_TIME.exception();
    }
    SessionPolicy.check(params.string("Policy"), account.id());
    if (serialNumber != null) {
      Permissions.checkMfa(serialNumber, tokenCode, caller, clock);
    }
    authorise(caller, account, role, externalId);

    return credentials.issue(
        name(),
        Session.role(Vendor.TENCENT, account.id(), role, sessionName, credentials.expiry(duration))
            .withSourceIdentity(sourceIdentity)
            .withPrincipal(principalUin(caller)));
  }

  /** "最多可以传递 50 个会话标签，不支持包含相同标签键"; Key ≤ 128, Value ≤ 256 characters. */
  private static void checkTags(List<Params> tags) {
    if (tags.size() > MAX_TAGS) {
      throw TencentError.PARAM_ERROR.exception("Tags");
    }
    Set<String> keys = new HashSet<>();
    for (Params tag : tags) {
      String key = tag.string("Key");
      String value = tag.string("Value");
      if (key == null || key.length() > MAX_TAG_KEY || !keys.add(key)) {
        throw TencentError.PARAM_ERROR.exception("Tags.Key");
      }
      if (value == null || value.length() > MAX_TAG_VALUE) {
        throw TencentError.PARAM_ERROR.exception("Tags.Value");
      }
    }
  }

  /**
   * The UIN that asks for the credentials (GetCallerIdentity's PrincipalId, Tencent
   * GetCallerIdentity API model,
   * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json).
   */
  static String principalUin(Caller caller) {
    if (caller instanceof Caller.LongTerm longTerm) {
      return longTerm.uin();
    }
    if (caller instanceof Caller.Temporary temporary) {
      return temporary.session().principalId();
    }
    return null;
  }

  private static void authorise(Caller caller, Account roleAccount, Role role, String externalId) {
    if (!Permissions.mayUseSts(caller)) {
      throw TencentError.UNAUTHORIZED.exception();
    }
    Set<String> principals = new HashSet<>();
    String account = caller.account().id();
    principals.add(CamArns.root(account));
    if (caller instanceof Caller.LongTerm longTerm) {
      principals.add(CamArns.user(account, longTerm.uin()));
    } else if (caller instanceof Caller.Temporary temporary) {
      Session session = temporary.session();
      if (session.kind() == Session.Kind.ROLE) {
        principals.add(CamArns.roleByName(account, session.roleName()));
        principals.add(CamArns.roleById(account, session.roleId()));
      } else {
        principals.add(CamArns.user(account, session.principalId()));
      }
    }
    Map<String, String> context = new HashMap<>();
    if (externalId != null) {
      context.put("sts:external_id", externalId);
    }
    if (!role.trustPolicy().allows("name/sts:AssumeRole", "qcs", principals, context)) {
      throw TencentError.UNAUTHORIZED.exception();
    }
  }
}
