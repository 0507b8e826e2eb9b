package io.mocksts.internal.alibaba;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RAM resource names (Alibaba RAM roles and trust policies,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/RAM%20Role%20Management/Edit%20the%20trust%20policy%20of%20a%20RAM%20role.md).
 */
final class AlibabaArns {

  /** {@code acs:ram::<account_id>:role/<role_name>}; role names per RAM CreateRole. */
  private static final Pattern ROLE =
      Pattern.compile("acs:ram::([0-9]+):role/([A-Za-z0-9.@\\-]{1,64})");

  /**
   * {@code acs:ram::<account_id>:saml-provider/<name>} and {@code ...:oidc-provider/<name>}
   * (Alibaba AssumeRoleWithSAML reference,
   * https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml, Alibaba AssumeRoleWithOIDC
   * reference,
   * https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc,
   * Alibaba SAML provider resource,
   * https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/ims/2019-08-15/api-docs.json,
   * Alibaba OIDC SSO, https://www.alibabacloud.com/help/en/ram/overview-of-oidc-based-sso); names
   * per IMS CreateSAMLProvider / CreateOIDCProvider.
   */
  private static final Pattern PROVIDER =
      Pattern.compile("acs:ram::([0-9]+):(saml|oidc)-provider/([A-Za-z0-9._\\-]{1,128})");

  /** A parsed provider ARN. */
  record ProviderArn(String accountId, String name) {}

  static Optional<ProviderArn> parseSamlProvider(String arn) {
    return parseProvider(arn, "saml");
  }

  static Optional<ProviderArn> parseOidcProvider(String arn) {
    return parseProvider(arn, "oidc");
  }

  private static Optional<ProviderArn> parseProvider(String arn, String kind) {
    Matcher m = PROVIDER.matcher(arn);
    return m.matches() && m.group(2).equals(kind)
        ? Optional.of(new ProviderArn(m.group(1), m.group(3)))
        : Optional.empty();
  }

  /** A parsed role ARN. */
  record RoleArn(String accountId, String roleName) {}

  private AlibabaArns() {}

  static Optional<RoleArn> parseRole(String arn) {
    Matcher m = ROLE.matcher(arn);
    return m.matches() ? Optional.of(new RoleArn(m.group(1), m.group(2))) : Optional.empty();
  }

  static String root(String accountId) {
    return "acs:ram::" + accountId + ":root";
  }

  static String user(String accountId, String userName) {
    return "acs:ram::" + accountId + ":user/" + userName;
  }

  static String role(String accountId, String roleName) {
    return "acs:ram::" + accountId + ":role/" + roleName;
  }

  /**
   * The {@code AssumedRoleUser.Arn} of an AssumeRole* response: {@code
   * acs:ram::<uid>:role/<roleName>/<session>}, the role name lower-cased as in every live capture
   * (Alibaba AssumeRole reference,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md,
   * an inference from the documented behaviour).
   */
  static String assumedRoleUser(String accountId, String roleName, String sessionName) {
    return role(accountId, roleName.toLowerCase(Locale.ROOT)) + "/" + sessionName;
  }

  /**
   * The caller ARN GetCallerIdentity reports for a role session (Alibaba GetCallerIdentity
   * reference,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/GetCallerIdentity.md).
   */
  static String assumedRole(String accountId, String roleName, String sessionName) {
    return "acs:ram::"
        + accountId
        + ":assumed-role/"
        + roleName.toLowerCase(Locale.ROOT)
        + "/"
        + sessionName;
  }
}
