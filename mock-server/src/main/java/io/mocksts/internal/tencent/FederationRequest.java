package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.Role;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;

/**
 * The parameters AssumeRoleWithSAML and AssumeRoleWithWebIdentity share (Tencent AssumeRoleWithSAML
 * reference, https://cloud.tencent.com.cn/document/product/1312/48196, Tencent
 * AssumeRoleWithWebIdentity reference, https://cloud.tencent.com/document/product/1312/73070): the
 * role to assume, the session name and the lifetime (default 7,200 s, at most 43,200 s and the
 * role's own maximum).
 *
 * @param account the role's owner account
 * @param role the role
 * @param sessionName the session name
 * @param durationSeconds the credentials' lifetime
 */
record FederationRequest(Account account, Role role, String sessionName, long durationSeconds) {

  /** The rate-limit key of a federation call: the account its RoleArn names. */
  static String rateLimitKey(Params params) {
    try {
      String arn = params.string("RoleArn");
      return arn == null
          ? "anonymous"
          : CamArns.parseRole(arn).map(CamArns.RoleArn::accountId).orElse("anonymous");
    } catch (TencentException e) {
      return "anonymous";
    }
  }

  /**
   * Checks the shared parameters in the documented order: required, forms, then entities.
   *
   * @param credentialParameter the action's own required credential (SAMLAssertion, …), checked for
   *     presence with the others
   */
  static FederationRequest read(
      Params params, World world, String credentialParameter, String principalParameter) {
    params.required(credentialParameter);
    params.required(principalParameter);
    String roleArn = params.required("RoleArn");
    String sessionName = params.required("RoleSessionName");
    CamArns.RoleArn arn =
        CamArns.parseRole(roleArn).orElseThrow(() -> TencentError.PARAM_ERROR.exception("RoleArn"));
    if (!AssumeRole.SESSION_NAME.matcher(sessionName).matches()) {
      throw TencentError.PARAM_ERROR.exception("RoleSessionName");
    }
    long duration =
        DurationSeconds.resolve(
            params.integer("DurationSeconds"),
            AssumeRole.DEFAULT_DURATION,
            AssumeRole.MAX_DURATION);
    Account account =
        world
            .account(Vendor.TENCENT, arn.accountId())
            .orElseThrow(TencentError.ACCOUNT_NOT_AVAILABLE::exception);
    Role role = arn.in(account);
    if (duration > role.maxSessionDuration()) {
      throw TencentError.OVER_TIME.exception();
    }
    return new FederationRequest(account, role, sessionName, duration);
  }
}
