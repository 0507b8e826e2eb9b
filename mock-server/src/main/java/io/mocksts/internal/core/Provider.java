package io.mocksts.internal.core;

import java.util.List;

/**
 * A federation identity provider registered in an account (SAML or OIDC). The SAML and OIDC issues
 * add metadata and key material; the foundation only needs names and ARNs to resolve.
 *
 * @param name the provider name as registered
 * @param issuer the issuer (SAML entityID or OIDC issuer URL); may be empty
 * @param clientIds the OIDC client ids (audiences) accepted; empty for SAML
 * @param metadataFile the IdP metadata location, relative to the world file; may be empty
 * @param jwks an OIDC provider's public JWK set, as JSON text (from {@code jwksFile} or inline
 *     {@code jwks}); empty when the world gives none, and for SAML. Parsed by the {@code oidc}
 *     package, so that the core stays free of the JWT library.
 * @param issuanceLimitHours an OIDC provider's IssuanceLimitTime (Alibaba OIDC SSO,
 *     https://www.alibabacloud.com/help/en/ram/overview-of-oidc-based-sso): tokens issued longer
 *     ago than this are refused; 1 to 168, default 12
 * @param metadata a SAML provider's IdP metadata XML (from {@code metadataFile}); empty when the
 *     world gives none, and for OIDC. Parsed by the {@code saml} package.
 */
public record Provider(
    String name,
    String issuer,
    List<String> clientIds,
    String metadataFile,
    String jwks,
    int issuanceLimitHours,
    String metadata) {

  /** The IssuanceLimitTime default, in hours (Alibaba OIDC SSO). */
  public static final int DEFAULT_ISSUANCE_LIMIT_HOURS = 12;

  public Provider {
    clientIds = List.copyOf(clientIds);
    jwks = jwks == null ? "" : jwks;
    metadata = metadata == null ? "" : metadata;
  }

  /** An OIDC provider: no SAML metadata. */
  public Provider(
      String name,
      String issuer,
      List<String> clientIds,
      String metadataFile,
      String jwks,
      int issuanceLimitHours) {
    this(name, issuer, clientIds, metadataFile, jwks, issuanceLimitHours, "");
  }

  /** A provider without OIDC key material (SAML, or an OIDC provider with no JWKS). */
  public Provider(String name, String issuer, List<String> clientIds, String metadataFile) {
    this(name, issuer, clientIds, metadataFile, "", DEFAULT_ISSUANCE_LIMIT_HOURS, "");
  }
}
