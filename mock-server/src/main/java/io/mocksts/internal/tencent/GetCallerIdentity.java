package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * GetCallerIdentity (tencent-sts.md §4.6): who signed the request. Sub-users and root accounts
 * answer as {@code CAMUser} with a CAM ARN, role sessions as {@code CAMRole} with an assumed-role
 * ARN, federated users as {@code CAMUser} with a federated-user ARN. The sub-user ARN of the
 * official example ({@code qcs::cam:<owner>:uin/<sub>}, "sic") is taken in the standard CAM form of
 * §7.1; the root account's Type and ARN are UNCONFIRMED (Gaps 10).
 */
final class GetCallerIdentity implements TencentAction {

  @Override
  public String name() {
    return "GetCallerIdentity";
  }

  @Override
  public Set<String> parameters() {
    return Set.of();
  }

  @Override
  public Map<String, Object> handle(Params params, Caller caller) {
    String accountId = caller.account().id();
    String arn;
    String userId;
    String principalId;
    String type;
    if (caller instanceof Caller.Temporary temporary) {
      Session session = temporary.session();
      principalId = session.principalId();
      switch (session.kind()) {
        case ROLE -> {
          type = "CAMRole";
          arn = CamArns.assumedRole(accountId, session.roleId());
          userId = session.roleId() + ":" + session.sessionName();
        }
        case FEDERATED_USER -> {
          type = "CAMUser";
          arn = CamArns.federatedUser(accountId, principalId);
          userId = principalId + ":" + session.sessionName();
        }
        default -> {
          type = "CAMUser";
          arn = CamArns.user(accountId, principalId);
          userId = principalId;
        }
      }
    } else {
      String uin = ((Caller.LongTerm) caller).uin();
      type = "CAMUser";
      arn = CamArns.user(accountId, uin);
      userId = uin;
      principalId = uin;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Arn", arn);
    body.put("AccountId", accountId);
    body.put("UserId", userId);
    body.put("PrincipalId", principalId);
    body.put("Type", type);
    return body;
  }
}
