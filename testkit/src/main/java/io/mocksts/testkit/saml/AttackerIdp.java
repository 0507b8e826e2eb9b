package io.mocksts.testkit.saml;

import io.mocksts.idp.TestIdp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The SAML impostor: the bundled IdP's entityID ({@link TestIdp#ENTITY_ID}) with the "attacker" key
 * pair ({@code fixtures/idp/attacker-key.pem}, {@code attacker-cert.pem}) that no STS trusts. The
 * key pair is carried by this jar only, never by {@code mock-sts.jar}.
 *
 * <p>Never use these keys for anything real: their private halves are public.
 */
public final class AttackerIdp {

  /** Classpath folder of the attacker's SAML key pair. */
  public static final String KEYS = "/io/mocksts/testkit/keys/idp/";

  private AttackerIdp() {}

  /** The impostor, minting Responses signed with the attacker key (its certificate in KeyInfo). */
  public static TestIdp of(Clock clock) {
    return TestIdp.fromPem(TestIdp.ENTITY_ID, keyPem(), certificatePem(), clock);
  }

  /** The attacker's unencrypted PKCS#8 private key, as PEM text. */
  public static String keyPem() {
    return read("attacker-key.pem");
  }

  /** The attacker's self-signed X.509 certificate, as PEM text. */
  public static String certificatePem() {
    return read("attacker-cert.pem");
  }

  private static String read(String name) {
    try (InputStream in = AttackerIdp.class.getResourceAsStream(KEYS + name)) {
      if (in == null) {
        throw new IllegalStateException("attacker key missing from the classpath: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
