package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * GetCallerIdentity (Tencent GetCallerIdentity API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json):
 * who signed the request. Sub-users and root accounts answer as {@code CAMUser} with a CAM ARN,
 * role sessions as {@code CAMRole} with an assumed-role ARN, federated users as {@code CAMUser}
 * with a federated-user ARN. The sub-user ARN of the official example ({@code
 * qcs::cam:<owner>:uin/<sub>}, "sic") is taken in the standard CAM form of Tencent CAM resource
 * names,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E7%AD%96%E7%95%A5/%E8%AF%AD%E6%B3%95%E9%80%BB%E8%BE%91/%E8%B5%84%E6%BA%90%E6%8F%8F%E8%BF%B0%E6%96%B9%E5%BC%8F_intl_en.md;
 * the root account's Type and ARN are UNCONFIRMED (open question on GetCallerIdentity Type and ARN
 * forms).
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
      arn = arn(accountId, session);
      switch (session.kind()) {
        case ROLE -> {
          type = "CAMRole";
          userId = session.roleId() + ":" + session.sessionName();
        }
        case FEDERATED_USER -> {
          type = "CAMUser";
          userId = principalId + ":" + session.sessionName();
        }
        default -> {
          type = "CAMUser";
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

  /** The ARN GetCallerIdentity reports for a temporary session of an account. */
  static String arn(String accountId, Session session) {
    return switch (session.kind()) {
      case ROLE -> CamArns.assumedRole(accountId, session.roleId());
      case FEDERATED_USER -> CamArns.federatedUser(accountId, session.principalId());
      default -> CamArns.user(accountId, session.principalId());
    };
  }
}
