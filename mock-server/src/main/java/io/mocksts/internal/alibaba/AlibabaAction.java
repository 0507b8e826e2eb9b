package io.mocksts.internal.alibaba;

import java.util.Map;

/**
 * One Alibaba STS action: validates its parameters, asks the core to decide, returns the result.
 */
interface AlibabaAction {

  /** The {@code Action} name, e.g. {@code AssumeRole}. */
  String name();

  /** Whether the action is called without an AccessKey signature (SAML, OIDC). */
  default boolean anonymous() {
    return false;
  }

  /**
   * Performs the action.
   *
   * @return the documented response fields in document order ({@code RequestId} included); the
   *     protocol renders them as JSON or XML
   * @throws AlibabaException with the documented error
   */
  Map<String, Object> handle(RpcRequest request, Caller caller, String requestId);
}
