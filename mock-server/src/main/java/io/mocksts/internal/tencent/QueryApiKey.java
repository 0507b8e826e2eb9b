package io.mocksts.internal.tencent;

import io.mocksts.internal.core.AccessKey;
import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * QueryApiKey (Tencent QueryApiKey API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json):
 * the API keys of a UIN of the caller's account, the caller's own by default. A sub-user may list
 * only its own keys; the root account those of any UIN it owns. Status: 2 active, 3 disabled (4
 * deleted keys are not part of the world model).
 */
final class QueryApiKey implements TencentAction {

  private static final int ACTIVE = 2;
  private static final int DISABLED = 3;

  @Override
  public String name() {
    return "QueryApiKey";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("TargetUin");
  }

  @Override
  public Map<String, Object> handle(Params params, Caller caller) {
    Long target = params.integer("TargetUin");
    if (!(caller instanceof Caller.LongTerm longTerm)) {
      throw TencentError.AUTH_UNAUTHORIZED.exception();
    }
    String uin = target == null ? longTerm.uin() : Long.toString(target);
    Account account = longTerm.account();
    List<AccessKey> keys =
        uin.equals(account.id())
            ? account.rootAccessKeys()
            : user(account, uin)
                .map(User::accessKeys)
                .orElseThrow(() -> TencentError.PARAM_ERROR.exception("TargetUin"));
    if (!longTerm.owner().isRoot() && !uin.equals(longTerm.uin())) {
      throw TencentError.AUTH_UNAUTHORIZED.exception();
    }
    List<Map<String, Object>> idKeys = new ArrayList<>();
    for (AccessKey key : keys) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("SecretId", key.id());
      entry.put("CreateTime", key.created().getEpochSecond());
      entry.put("Status", key.active() ? ACTIVE : DISABLED);
      idKeys.add(entry);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("IdKeys", idKeys);
    return body;
  }

  private static Optional<User> user(Account account, String uin) {
    return account.users().stream().filter(u -> u.id().equals(uin)).findFirst();
  }
}
