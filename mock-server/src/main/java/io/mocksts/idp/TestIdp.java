package io.mocksts.idp;

import io.mocksts.internal.saml.IdpMetadata;
import io.mocksts.internal.saml.OpenSaml;
import io.mocksts.internal.saml.Pem;
import io.mocksts.internal.saml.SamlProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;

/**
 * The bundled test identity provider: a key pair, its certificate and entityID, minting signed SAML
 * Responses with OpenSAML. The default world's SAML providers trust it; the conformance kit and the
 * {@code saml-response} command use it.
 *
 * <p>The bundled key material lives in {@code fixtures/idp/} and is copied into the jar under
 * {@value #BUNDLED}, so the jar works from any directory.
 */
public final class TestIdp {

  /** The entityID of the bundled IdP, as {@code fixtures/world.yaml} names it. */
  public static final String ENTITY_ID = "https://idp.mock-sts.local/saml";

  /**
   * The entityID of the second bundled IdP ({@code second-idp-*.pem}), which the default world
   * registers as SAML provider {@code mock-second-idp} next to {@code mock-idp}.
   */
  public static final String SECOND_ENTITY_ID = "https://second-idp.mock-sts.local/saml";

  /** Where the bundled IdP claims to receive AuthnRequests (metadata only; nothing listens). */
  public static final String SSO_LOCATION = "https://idp.mock-sts.local/saml/sso";

  /** Classpath folder of the bundled fixtures. */
  public static final String BUNDLED = "/io/mocksts/fixtures/idp/";

  static {
    OpenSaml.ensureStarted();
  }

  private final String entityId;
  private final PrivateKey key;
  private final X509Certificate certificate;
  private final Clock clock;

  /**
   * @param entityId the Issuer of the Responses
   * @param key the signing key (RSA, or EC for the ECDSA algorithms)
   * @param certificate the certificate of {@code key}, written into each signature's KeyInfo
   * @param clock the source of IssueInstant and the validity window
   */
  public TestIdp(String entityId, PrivateKey key, X509Certificate certificate, Clock clock) {
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.key = Objects.requireNonNull(key, "key");
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The bundled IdP: {@code idp-key.pem}, {@code idp-cert.pem}, {@link #ENTITY_ID}. */
  public static TestIdp bundled(Clock clock) {
    return fromPem(ENTITY_ID, bundledFile("idp-key.pem"), bundledFile("idp-cert.pem"), clock);
  }

  /**
   * The second bundled IdP: {@code second-idp-key.pem}, {@code second-idp-cert.pem}, {@link
   * #SECOND_ENTITY_ID}. Its metadata ({@code second-idp-metadata.xml}) is registered as its own
   * provider, so a Response must be signed by the key of the provider the request names.
   */
  public static TestIdp second(Clock clock) {
    return fromPem(
        SECOND_ENTITY_ID,
        bundledFile("second-idp-key.pem"),
        bundledFile("second-idp-cert.pem"),
        clock);
  }

  /**
   * An IdP from PEM texts.
   *
   * @param keyPem an unencrypted PKCS#8 key ({@code BEGIN PRIVATE KEY})
   * @param certificatePem its X.509 certificate
   */
  public static TestIdp fromPem(
      String entityId, String keyPem, String certificatePem, Clock clock) {
    return new TestIdp(entityId, Pem.privateKey(keyPem), Pem.certificate(certificatePem), clock);
  }

  /** Reads a PEM certificate (for callers outside this package, e.g. the CLI). */
  public static X509Certificate certificate(String pem) {
    return Pem.certificate(pem);
  }

  /** The text of a bundled fixture file, e.g. {@code idp-metadata.xml}. */
  public static String bundledFile(String name) {
    try (InputStream in = TestIdp.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled fixture missing from the classpath: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String entityId() {
    return entityId;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** The signing key (for forging helpers that sign without OpenSAML). */
  public PrivateKey key() {
    return key;
  }

  public Clock clock() {
    return clock;
  }

  /** This IdP's metadata, to register with an STS (e.g. a real cloud account). */
  public String metadata() {
    return IdpMetadata.render(entityId, certificate, SSO_LOCATION);
  }

  /**
   * Starts a Response for a vendor, filled with that vendor's defaults: first audience and
   * recipient of the profile, valid from one minute ago for five minutes, Assertion signed with
   * RSA-SHA256. Add at least a role ({@link SamlResponseBuilder#role}) and, for both vendors, a
   * session name.
   */
  public SamlResponseBuilder response(String vendor) {
    return new SamlResponseBuilder(this, SamlProfile.forVendor(vendor));
  }
}
