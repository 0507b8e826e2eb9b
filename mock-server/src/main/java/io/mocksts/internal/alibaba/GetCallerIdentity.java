package io.mocksts.internal.alibaba;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GetCallerIdentity (Alibaba GetCallerIdentity reference,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/GetCallerIdentity.md):
 * who the credentials that signed the request belong to. {@code UserId} is returned only for an
 * account or a RAM user, {@code RoleId} only for a role session.
 */
final class GetCallerIdentity implements AlibabaAction {

  @Override
  public String name() {
    return "GetCallerIdentity";
  }

  @Override
  public Map<String, Object> handle(RpcRequest request, Caller caller, String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    if (caller instanceof Caller.Root root) {
      String uid = root.account().id();
      body.put("IdentityType", "Account");
      body.put("AccountId", uid);
      body.put("PrincipalId", uid);
      body.put("UserId", uid);
      body.put("Arn", AlibabaArns.root(uid));
    } else if (caller instanceof Caller.RamUser user) {
      String uid = user.account().id();
      body.put("IdentityType", "RAMUser");
      body.put("AccountId", uid);
      body.put("PrincipalId", user.user().id());
      body.put("UserId", user.user().id());
      body.put("Arn", AlibabaArns.user(uid, user.user().name()));
    } else if (caller instanceof Caller.RoleSession session) {
      String uid = session.account().id();
      String roleId = session.session().roleId();
      String sessionName = session.session().sessionName();
      body.put("IdentityType", "AssumedRoleUser");
      body.put("AccountId", uid);
      body.put("PrincipalId", roleId + ":" + sessionName);
      body.put("RoleId", roleId);
      body.put("Arn", AlibabaArns.assumedRole(uid, session.session().roleName(), sessionName));
    } else {
      throw AlibabaError.NOT_AUTHORIZED.exception();
    }
    return body;
  }
}
