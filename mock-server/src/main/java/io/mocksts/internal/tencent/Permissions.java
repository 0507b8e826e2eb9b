package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.Role;
import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.Totp;
import io.mocksts.internal.core.User;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a caller may do and prove: the preset policies that grant the STS actions ( Tencent
 * permissions to call STS,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json)
 * and the MFA device check of AssumeRole and GetSessionToken (Tencent AssumeRole reference,
 * https://cloud.tencent.com/document/product/598/33164, Tencent GetSessionToken API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json).
 */
final class Permissions {

  /** Preset policies that allow the STS actions to the identity they are attached to. */
  private static final Set<String> STS_GRANTS =
      Set.of("QcloudSTSFullAccess", "AdministratorAccess");

  /**
   * {@code qcs::cam:uin/${ownerUin}::mfa/${mfaType}} (Tencent AssumeRole reference SerialNumber).
   */
  private static final Pattern SERIAL_NUMBER =
      Pattern.compile("qcs::cam:uin/([0-9]{1,20})::mfa/([A-Za-z]{1,32})");

  private Permissions() {}

  /** Whether the caller holds a policy granting the STS actions; a root account always does. */
  static boolean mayUseSts(Caller caller) {
    if (caller instanceof Caller.LongTerm longTerm) {
      return longTerm.owner().user().map(u -> granted(u.policies())).orElse(true);
    }
    if (caller instanceof Caller.Temporary temporary) {
      Session session = temporary.session();
      return switch (session.kind()) {
        case ROLE ->
            temporary
                .account()
                .role(session.roleName())
                .map(Role::policies)
                .map(Permissions::granted)
                .orElse(false);
        case USER ->
            temporary.account().users().stream()
                .filter(u -> u.id().equals(session.principalId()))
                .findFirst()
                .map(u -> granted(u.policies()))
                .orElse(session.principalId().equals(temporary.account().id()));
        case FEDERATED_USER -> false;
      };
    }
    return false;
  }

  private static boolean granted(List<String> policies) {
    return policies.stream().anyMatch(STS_GRANTS::contains);
  }

  /**
   * Checks an MFA device and code. The device must be the caller's own virtual device under the
   * caller's owner account ({@code ${ownerUin}}); a root account has none in the world model.
   */
  static void checkMfa(String serialNumber, String tokenCode, Caller caller, Clock clock) {
    Matcher m = SERIAL_NUMBER.matcher(serialNumber);
    if (!m.matches()) {
      throw TencentError.PARAM_ERROR.exception("SerialNumber");
    }
    if (!m.group(2).equals("softToken")) {
      throw TencentError.MFA_TYPE_NOT_SUPPORTED.exception();
    }
    if (tokenCode == null) {
      throw TencentError.MISSING_PARAMETER.exception("TokenCode");
    }
    Account account = caller.account();
    Optional<String> secret =
        caller instanceof Caller.LongTerm longTerm
            ? longTerm.owner().user().map(User::mfaSecret)
            : Optional.empty();
    if (!m.group(1).equals(account.id())
        || secret.isEmpty()
        || !Totp.verify(secret.get(), tokenCode, clock)) {
      throw TencentError.CHECK_MFA.exception();
    }
  }
}
