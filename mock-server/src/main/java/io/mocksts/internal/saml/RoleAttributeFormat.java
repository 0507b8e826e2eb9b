package io.mocksts.internal.saml;

import java.util.ArrayList;
import java.util.List;

/**
 * How a vendor writes the values of its role attribute. Every value names one provider and at least
 * one role; the two ARNs are told apart by their resource type, so either order is accepted
 * (Alibaba's own CLI tool does the same, alibaba-sts.md §6.2; the live services' tolerance is
 * UNCONFIRMED). Surrounding blanks are trimmed; anything else is refused.
 */
public enum RoleAttributeFormat {

  /**
   * {@code <RoleArn>,<SAMLProviderArn>}, one role per value, e.g. {@code
   * acs:ram::1234567890123456:role/r1,acs:ram::1234567890123456:saml-provider/p1} (alibaba-sts.md
   * §6.2).
   */
  ALIBABA(":role/", false),

  /**
   * {@code <RoleArn>[;<RoleArn2>...],<ProviderArn>}: several roles of the same IdP may share one
   * value, separated by {@code ;} (tencent-sts.md §6.2).
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
