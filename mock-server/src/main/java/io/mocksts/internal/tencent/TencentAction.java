package io.mocksts.internal.tencent;

import java.util.Map;
import java.util.Set;

/** One Tencent STS action: validates its parameters, asks the core to decide, returns fields. */
interface TencentAction {

  /** The Action name, e.g. {@code AssumeRole}. */
  String name();

  /** The names of the parameters the action defines; any other is an UnknownParameter. */
  Set<String> parameters();

  /**
   * Whether the action is called without a signature: AssumeRoleWithSAML and
   * AssumeRoleWithWebIdentity accept {@code Authorization: SKIP} (Tencent unsigned federation
   * calls,
   * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go).
   */
  default boolean anonymous() {
    return false;
  }

  /**
   * The account whose per-second budget a call uses (Tencent STS actions and rate limits,
   * https://www.tencentcloud.website/document/product/1150/49443); by default the caller's owner
   * account.
   */
  default String rateLimitKey(Params params, Caller caller) {
    return caller.account().id();
  }

  /**
   * Performs the action.
   *
   * @return the documented response fields in document order, without RequestId
   * @throws TencentException with the documented error
   */
  Map<String, Object> handle(Params params, Caller caller);
}
