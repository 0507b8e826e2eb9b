package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.Role;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CAM resource descriptions (Tencent CAM resource names,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E7%AD%96%E7%95%A5/%E8%AF%AD%E6%B3%95%E9%80%BB%E8%BE%91/%E8%B5%84%E6%BA%90%E6%8F%8F%E8%BF%B0%E6%96%B9%E5%BC%8F_intl_en.md).
 */
final class CamArns {

  private static final Pattern ROLE =
      Pattern.compile(
          "qcs::cam::uin/([0-9]{1,20}):(roleName|role"
              + "|role/tencentcloudServiceRole|role/tencentcloudServiceRoleName)/([\\w+=,.@\\-]{1,128})");
  private static final Pattern SAML_PROVIDER =
      Pattern.compile("qcs::cam::uin/([0-9]{1,20}):saml-provider/([\\w+=,.@\\-]{1,128})");

  private CamArns() {}

  /**
   * A role reference: by name, by id, or one of the two service-role forms.
   *
   * @param accountId the owner UIN
   * @param byId whether {@code role} is a role id rather than a role name
   * @param service whether the ARN names a service role
   * @param role the role name or id
   */
  record RoleArn(String accountId, boolean byId, boolean service, String role) {

    /**
     * The role this ARN names in {@code account}; service roles are not part of the world model.
     */
    Role in(Account account) {
      if (service) {
        throw TencentError.ROLE_NOT_FOUND.exception();
      }
      return (byId
              ? account.roles().stream().filter(r -> r.id().equals(role)).findFirst()
              : account.role(role))
          .orElseThrow(TencentError.ROLE_NOT_FOUND::exception);
    }
  }

  static Optional<RoleArn> parseRole(String arn) {
    Matcher m = ROLE.matcher(arn);
    if (!m.matches()) {
      return Optional.empty();
    }
    String form = m.group(2);
    boolean byId = form.equals("role") || form.equals("role/tencentcloudServiceRole");
    if (byId && !m.group(3).chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(new RoleArn(m.group(1), byId, form.startsWith("role/"), m.group(3)));
  }

  /** A SAML provider ARN: its account UIN and name. */
  record ProviderArn(String accountId, String name) {}

  static Optional<ProviderArn> parseSamlProvider(String arn) {
    Matcher m = SAML_PROVIDER.matcher(arn);
    return m.matches() ? Optional.of(new ProviderArn(m.group(1), m.group(2))) : Optional.empty();
  }

  static String root(String accountId) {
    return "qcs::cam::uin/" + accountId + ":root";
  }

  static String user(String accountId, String uin) {
    return "qcs::cam::uin/" + accountId + ":uin/" + uin;
  }

  static String roleByName(String accountId, String name) {
    return "qcs::cam::uin/" + accountId + ":roleName/" + name;
  }

  static String roleById(String accountId, String id) {
    return "qcs::cam::uin/" + accountId + ":role/" + id;
  }

  static String assumedRole(String accountId, String roleId) {
    return "qcs::sts:" + accountId + ":assumed-role/" + roleId;
  }

  static String federatedUser(String accountId, String uin) {
    return "qcs::sts:" + accountId + ":federated-user/" + uin;
  }
}
