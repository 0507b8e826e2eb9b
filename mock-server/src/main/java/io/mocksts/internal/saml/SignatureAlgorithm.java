package io.mocksts.internal.saml;

import java.util.Locale;
import org.opensaml.xmlsec.signature.support.SignatureConstants;

/**
 * XML Signature algorithms the test IdP can sign with and a {@link SamlProfile} may allow
 * (signature algorithms, https://www.w3.org/TR/xmldsig-core1/: RSA and ECDSA with SHA-256/384/512
 * are the recommended set; RSA-SHA1 is rejected unless a profile enables it).
 */
public enum SignatureAlgorithm {
  RSA_SHA1(SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA1, SignatureConstants.ALGO_ID_DIGEST_SHA1),
  RSA_SHA256(
      SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256, SignatureConstants.ALGO_ID_DIGEST_SHA256),
  RSA_SHA384(
      SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA384, SignatureConstants.ALGO_ID_DIGEST_SHA384),
  RSA_SHA512(
      SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA512, SignatureConstants.ALGO_ID_DIGEST_SHA512),
  ECDSA_SHA256(
      SignatureConstants.ALGO_ID_SIGNATURE_ECDSA_SHA256, SignatureConstants.ALGO_ID_DIGEST_SHA256),
  ECDSA_SHA384(
      SignatureConstants.ALGO_ID_SIGNATURE_ECDSA_SHA384, SignatureConstants.ALGO_ID_DIGEST_SHA384),
  ECDSA_SHA512(
      SignatureConstants.ALGO_ID_SIGNATURE_ECDSA_SHA512, SignatureConstants.ALGO_ID_DIGEST_SHA512);

  private final String uri;
  private final String digestUri;

  SignatureAlgorithm(String uri, String digestUri) {
    this.uri = uri;
    this.digestUri = digestUri;
  }

  /** The {@code SignatureMethod/@Algorithm} URI. */
  public String uri() {
    return uri;
  }

  /** The matching {@code DigestMethod/@Algorithm} URI. */
  public String digestUri() {
    return digestUri;
  }

  /** The command-line spelling, e.g. {@code rsa-sha256}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@code rsa-sha256}, {@code RSA_SHA256} or the algorithm URI. */
  public static SignatureAlgorithm parse(String text) {
    for (SignatureAlgorithm a : values()) {
      if (a.cliName().equalsIgnoreCase(text)
          || a.name().equalsIgnoreCase(text)
          || a.uri.equals(text)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown signature algorithm " + text);
  }
}
