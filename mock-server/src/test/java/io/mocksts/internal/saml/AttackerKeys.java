package io.mocksts.internal.saml;

import io.mocksts.idp.TestIdp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The untrusted "attacker" key pair for mock-server's own tests, read from {@code
 * fixtures/idp/attacker-*.pem} in the source tree: it is not in {@code mock-sts.jar} (only
 * mock-sts-testkit carries it, for the hostile corpus and its users).
 */
public final class AttackerKeys {

  private AttackerKeys() {}

  /** An impostor with the bundled IdP's entityID, signing with the attacker key pair. */
  public static TestIdp idp(Clock clock) {
    return TestIdp.fromPem(
        TestIdp.ENTITY_ID, read("attacker-key.pem"), read("attacker-cert.pem"), clock);
  }

  private static String read(String name) {
    try {
      return Files.readString(Path.of("..", "fixtures", "idp", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
