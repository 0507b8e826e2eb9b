package io.mocksts.internal.saml;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * An identity provider as registered with the STS: its entityID (the only accepted Issuer) and the
 * signing certificates from its metadata. Signatures are verified with these keys only, never with
 * a key taken from the Response's {@code ds:KeyInfo} (SAML signature presence and trust,
 * https://www.w3.org/TR/xmldsig-core1/; corpus recipes KI1/KI3).
 *
 * @param entityId the IdP's entityID
 * @param signingCertificates every signing certificate of the metadata (several during a key
 *     rollover); never empty
 */
public record TrustedIdp(String entityId, List<X509Certificate> signingCertificates) {

  public TrustedIdp {
    Objects.requireNonNull(entityId, "entityId");
    signingCertificates = List.copyOf(signingCertificates);
    if (entityId.isBlank()) {
      throw new IllegalArgumentException("entityId is blank");
    }
    if (signingCertificates.isEmpty()) {
      throw new IllegalArgumentException("an IdP needs at least one signing certificate");
    }
  }
}
