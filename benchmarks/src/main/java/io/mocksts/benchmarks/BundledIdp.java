package io.mocksts.benchmarks;

import io.mocksts.idp.SamlResponseBuilder;
import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.IdpMetadata;
import io.mocksts.internal.saml.RolePair;
import io.mocksts.internal.saml.TrustedIdp;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** The bundled test IdP and the default world's Alibaba SAML role, as every benchmark uses them. */
final class BundledIdp {

  static final RolePair ALIBABA_ROLE =
      new RolePair(
          "acs:ram::1234567890123456:role/mock-saml-role",
          "acs:ram::1234567890123456:saml-provider/mock-idp");

  private BundledIdp() {}

  /** A fresh Response (new IDs, valid now) that the default world's Alibaba provider accepts. */
  static SamlResponseBuilder alibabaResponse(TestIdp idp) {
    return idp.response("alibaba")
        .role(ALIBABA_ROLE.roleArn(), ALIBABA_ROLE.providerArn())
        .sessionName("bench");
  }

  /** What the default world registers for the IdP: its metadata file. */
  static TrustedIdp trusted() {
    return IdpMetadata.parse(TestIdp.bundledFile("idp-metadata.xml"));
  }

  /** The IdP's RSA-2048 private key ({@code fixtures/idp/idp-key.pem}, PKCS#8). */
  static PrivateKey privateKey() throws GeneralSecurityException {
    String pem =
        TestIdp.bundledFile("idp-key.pem")
            .replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "");
    byte[] der = Base64.getMimeDecoder().decode(pem);
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }
}
