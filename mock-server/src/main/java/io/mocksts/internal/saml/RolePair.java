package io.mocksts.internal.saml;

import java.util.Objects;

/**
 * A role and the identity provider through which it is assumed: one entry of the vendor's role
 * attribute, and what an AssumeRoleWithSAML request names ({@code RoleArn} + {@code
 * SAMLProviderArn} at Alibaba, {@code RoleArn} + {@code PrincipalArn} at Tencent).
 *
 * @param roleArn the role's ARN
 * @param providerArn the SAML provider's ARN
 */
public record RolePair(String roleArn, String providerArn) {

  public RolePair {
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(providerArn, "providerArn");
  }

  /** Compares with another pair, ignoring case when {@code caseSensitive} is false. */
  boolean matches(RolePair other, boolean caseSensitive) {
    return caseSensitive
        ? equals(other)
        : roleArn.equalsIgnoreCase(other.roleArn)
            && providerArn.equalsIgnoreCase(other.providerArn);
  }
}
