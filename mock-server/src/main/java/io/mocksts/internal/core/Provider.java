package io.mocksts.internal.core;

import java.util.List;

/**
 * A federation identity provider registered in an account (SAML or OIDC). The SAML and OIDC issues
 * add metadata and key material; the foundation only needs names and ARNs to resolve.
 *
 * @param name the provider name as registered
 * @param issuer the issuer (SAML entityID or OIDC issuer URL); may be empty
 * @param clientIds the OIDC client ids (audiences) accepted; empty for SAML
 * @param metadataFile the IdP metadata or JWKS location, relative to the world file; may be empty
 */
public record Provider(String name, String issuer, List<String> clientIds, String metadataFile) {

  public Provider {
    clientIds = List.copyOf(clientIds);
  }
}
