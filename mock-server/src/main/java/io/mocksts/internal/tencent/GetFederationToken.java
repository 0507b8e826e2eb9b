package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.Vendor;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GetFederationToken (Tencent GetFederationToken reference,
 * https://cloud.tencent.com.cn/document/api/1312/48195): a root account or sub-user, with its
 * permanent key, obtains credentials for a named federated user, limited by the Policy it passes.
 */
final class GetFederationToken implements TencentAction {

  /**
   * "由字母组成" (letters); the length limit is UNCONFIRMED, 128 is assumed (open question on numeric
   * bounds).
   */
  private static final Pattern NAME = Pattern.compile("[A-Za-z]{1,128}");

  /** "默认1800秒，主账号最长可设定有效期为7200秒，子账号最长可设定有效期为129600秒。" */
  static final long DEFAULT_DURATION = 1800;

  static final long ROOT_MAX_DURATION = 7200;
  static final long SUB_USER_MAX_DURATION = 129600;

  private final TemporaryCredentials credentials;

  GetFederationToken(TemporaryCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public String name() {
    return "GetFederationToken";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("Name", "Policy", "DurationSeconds");
  }

  @Override
  public Map<String, Object> handle(Params params, Caller caller) {
    String name = params.required("Name");
    String policy = params.required("Policy");
    if (!NAME.matcher(name).matches()) {
      throw TencentError.PARAM_ERROR.exception("Name");
    }
    if (!(caller instanceof Caller.LongTerm longTerm)) {
      throw TencentError.UNSUPPORTED_OPERATION.exception();
    }
    long duration =
        DurationSeconds.resolve(
            params.integer("DurationSeconds"), DEFAULT_DURATION, maxDuration(longTerm));
    SessionPolicy.check(policy, longTerm.account().id());
    if (!Permissions.mayUseSts(caller)) {
      throw TencentError.UNAUTHORIZED.exception();
    }
    return credentials.issue(
        name(),
        Session.federatedUser(
            Vendor.TENCENT,
            longTerm.account().id(),
            name,
            longTerm.uin(),
            credentials.expiry(duration)));
  }

  /** Root accounts may ask for 7,200 s at most, sub-users for 129,600 s. */
  static long maxDuration(Caller.LongTerm caller) {
    return caller.owner().isRoot() ? ROOT_MAX_DURATION : SUB_USER_MAX_DURATION;
  }
}
