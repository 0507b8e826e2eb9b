package io.mocksts.internal.saml;

import java.util.ArrayList;
import java.util.List;

/**
 * How a vendor writes the values of its role attribute. Every value names one provider and at least
 * one role; the two ARNs are told apart by their resource type, so either order is accepted
 * (Alibaba's own CLI tool does the same, saml2alibabacloud ParseRamRoles,
 * https://github.com/aliyun/saml2alibabacloud/blob/master/cmd/saml2alibabacloud/commands/login.go;
 * the live services' tolerance is UNCONFIRMED). Surrounding blanks are trimmed; anything else is
 * refused.
 */
public enum RoleAttributeFormat {

  /**
   * {@code <RoleArn>,<SAMLProviderArn>}, one role per value, e.g. {@code
   * acs:ram::1234567890123456:role/r1,acs:ram::1234567890123456:saml-provider/p1} (Alibaba
   * role-based SSO, https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso).
   */
  ALIBABA(":role/", false),

  /**
   * {@code <RoleArn>[;<RoleArn2>...],<ProviderArn>}: several roles of the same IdP may share one
   * value, separated by {@code ;} (Tencent SAML assertion content,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E4%BD%BF%E7%94%A8%20SAML%202.0%20%E8%81%94%E5%90%88%E8%BA%AB%E4%BB%BD%E7%94%A8%E6%88%B7%E8%AE%BF%E9%97%AE%E8%85%BE%E8%AE%AF%E4%BA%91%E7%AE%A1%E7%90%86%E6%8E%A7%E5%88%B6%E5%8F%B0_intl_en.md).
   */
  TENCENT(":roleName/", true);

  private static final String PROVIDER_MARKER = ":saml-provider/";

  private final String roleMarker;
  private final boolean severalRolesPerValue;

  RoleAttributeFormat(String roleMarker, boolean severalRolesPerValue) {
    this.roleMarker = roleMarker;
    this.severalRolesPerValue = severalRolesPerValue;
  }

  /**
   * Parses one attribute value.
   *
   * @throws IllegalArgumentException when the value is not in this format
   */
  public List<RolePair> parse(String value) {
    String[] parts = value.split(",", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("expected <role>,<provider>: " + value);
    }
    String first = parts[0].trim();
    String second = parts[1].trim();
    String provider;
    String roles;
    if (isProvider(second) && !isProvider(first)) {
      provider = second;
      roles = first;
    } else if (isProvider(first) && !isProvider(second)) {
      provider = first;
      roles = second;
    } else {
      throw new IllegalArgumentException("expected exactly one saml-provider ARN: " + value);
    }
    String[] roleArns = severalRolesPerValue ? roles.split(";", -1) : new String[] {roles};
    List<RolePair> pairs = new ArrayList<>(roleArns.length);
    for (String raw : roleArns) {
      String role = raw.trim();
      if (!role.contains(roleMarker) || role.contains(PROVIDER_MARKER) || hasSeparator(role)) {
        throw new IllegalArgumentException("not a role ARN (" + roleMarker + "): " + role);
      }
      pairs.add(new RolePair(role, provider));
    }
    return pairs;
  }

  /** Writes one pair as an attribute value of this format. */
  public String format(RolePair pair) {
    return pair.roleArn() + "," + pair.providerArn();
  }

  private static boolean isProvider(String arn) {
    return arn.contains(PROVIDER_MARKER) && !hasSeparator(arn);
  }

  private static boolean hasSeparator(String arn) {
    return arn.isEmpty() || arn.chars().anyMatch(c -> c == ';' || Character.isWhitespace(c));
  }
}
