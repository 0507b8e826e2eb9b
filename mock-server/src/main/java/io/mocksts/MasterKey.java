package io.mocksts;

import io.mocksts.internal.core.MasterKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The master key a {@link MockSts} seals security tokens and derives temporary secrets with, so
 * that every instance started with the same key accepts the credentials another minted (replicas
 * behind a load balancer). Without one, each instance draws a random key and accepts only its own
 * credentials.
 *
 * <p>The key file format (docs/time-and-replicas.md): one key a line, {@code keyId:base64key}; the
 * first line is the current key, which seals every new token; later lines are older keys whose
 * tokens are still accepted (rotation). A key id is 1 to 32 characters of {@code [A-Za-z0-9_-]}; a
 * key is Base64 (standard or URL-safe, padding optional) of at least 32 bytes. Blank lines and
 * lines starting with {@code #} are ignored. {@code java -jar mock-sts.jar master-key} prints a new
 * key line; so does {@link #generateLine(String)}.
 *
 * <p>{@link #toString()} never prints a key.
 */
public final class MasterKey {

  private final Optional<Path> file;
  private final String text;

  private MasterKey(Optional<Path> file, String text) {
    this.file = file;
    this.text = text;
  }

  /** The keys in a file, read when the mock starts (a missing or invalid file fails the start). */
  public static MasterKey file(Path path) {
    return new MasterKey(Optional.of(path), null);
  }

  /**
   * Keys in the file format given directly, e.g. {@code "k1:" + base64}.
   *
   * @throws MockStsException when the text is not in the key file format or a key is too short
   */
  public static MasterKey of(String keyLines) {
    MasterKey key = new MasterKey(Optional.empty(), keyLines);
    key.keys();
    return key;
  }

  /** A new key line {@code keyId:base64key} of 32 random bytes. */
  public static String generateLine(String keyId) {
    try {
      return MasterKeys.generateLine(keyId);
    } catch (IllegalArgumentException e) {
      throw new MockStsException(e.getMessage(), e);
    }
  }

  /** The file the keys are read from, if they come from one. */
  public Optional<Path> path() {
    return file;
  }

  /** Reads and validates the keys. */
  MasterKeys keys() {
    String source = file.map(p -> "master key file " + p).orElse("master key");
    String content;
    if (file.isPresent()) {
      Path path = file.get();
      if (Files.isDirectory(path)) {
        throw new MockStsException(
            source
                + ": is a directory, not a key file (a Kubernetes Secret is mounted as a file with"
                + " items: [{key: master-key, path: master-key}] under the directory)");
      }
      if (!Files.isRegularFile(path)) {
        throw new MockStsException(source + ": no such file");
      }
      try {
        content = Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        throw new MockStsException(
            source + ": cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    } else {
      content = text == null ? "" : text;
    }
    try {
      return MasterKeys.parse(content);
    } catch (IllegalArgumentException e) {
      throw new MockStsException(source + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "MasterKey[" + file.map(Path::toString).orElse("given directly") + "]";
  }
}
