package io.mocksts.testkit.oidc;

import io.mocksts.idp.TestIssuer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The OIDC attacker: an issuer signing with private keys that no provider of any world trusts
 * ({@code fixtures/oidc/attacker-keys.json}, carried by this jar only, never by {@code
 * mock-sts.jar}). Its key ids are {@code attacker-rsa-1}, {@code attacker-ec-1} and {@code
 * attacker-ec384-1}; a forgery may still borrow the bundled issuer's kid.
 *
 * <p>Never use these keys for anything real: their private halves are public.
 */
public final class AttackerIssuer {

  /** Classpath location of the attacker's private JWK set. */
  public static final String KEYS = "/io/mocksts/testkit/keys/oidc/attacker-keys.json";

  private AttackerIssuer() {}

  /** The attacker as an issuer of tokens (issuer {@link TestIssuer#ISSUER}, as the genuine one). */
  public static TestIssuer of(Clock clock) {
    return TestIssuer.fromJwkSet(privateJwkSet(), clock);
  }

  /** The attacker's private JWK set, as JSON text. */
  public static String privateJwkSet() {
    try (InputStream in = AttackerIssuer.class.getResourceAsStream(KEYS)) {
      if (in == null) {
        throw new IllegalStateException("attacker keys missing from the classpath: " + KEYS);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
