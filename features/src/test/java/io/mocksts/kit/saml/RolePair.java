package io.mocksts.kit.saml;

/**
 * A role and the SAML provider that vouches for it: what a request names ({@code RoleArn} and
 * {@code SAMLProviderArn}, Tencent {@code PrincipalArn}) and what one value of the IdP's role
 * attribute grants.
 */
public record RolePair(String roleArn, String providerArn) {

  /** The role attribute value both vendors document: {@code <role ARN>,<provider ARN>}. */
  public String attributeValue() {
    return roleArn + "," + providerArn;
  }
}
