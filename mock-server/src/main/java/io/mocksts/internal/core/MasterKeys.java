package io.mocksts.internal.core;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys that seal security tokens and derive temporary secrets (docs/time-and-replicas.md): the
 * current key, which seals every new token, and older keys whose tokens are still accepted during a
 * rotation. Every token names the id of the key that sealed it.
 *
 * <p>The text form, one key a line: {@code keyId:base64key}. The first key line is the current key,
 * later lines are older keys. A key id is 1 to 32 characters of {@code [A-Za-z0-9_-]}; a key is
 * standard or URL-safe Base64 (padding optional) of at least {@value #MIN_KEY_BYTES} bytes. Blank
 * lines and lines starting with {@code #} are ignored. {@link #toString()} prints no key.
 */
public final class MasterKeys {

  /** A key shorter than this (256 bits) is refused. */
  public static final int MIN_KEY_BYTES = 32;

  /** At most this many keys (one current, the rest older). */
  public static final int MAX_KEYS = 16;

  /** The bytes {@link #generateLine} draws. */
  static final int GENERATED_KEY_BYTES = 32;

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  /** One key and its id. */
  public record Key(String id, byte[] bytes) {
    public Key {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public String toString() {
      return "Key[" + id + "]";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.id.equals(id) && java.util.Arrays.equals(k.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }
  }

  /** Where the keys came from, for the start-up banner. */
  public enum Origin {
    /** A random key drawn at start-up: tokens are valid only on this instance. */
    RANDOM,
    /** Keys the operator supplied: every instance with the same keys accepts the same tokens. */
    SUPPLIED
  }

  private final Map<String, Key> byId;
  private final Key current;
  private final Origin origin;

  private MasterKeys(List<Key> keys, Origin origin) {
    Map<String, Key> map = new LinkedHashMap<>();
    for (Key key : keys) {
      map.put(key.id(), key);
    }
    this.byId = map;
    this.current = keys.get(0);
    this.origin = origin;
  }

  /** A random 256-bit key with a random id, as every instance without a key file uses. */
  public static MasterKeys random() {
    byte[] bytes = new byte[GENERATED_KEY_BYTES];
    new SecureRandom().nextBytes(bytes);
    return new MasterKeys(List.of(new Key("r" + Ids.alphanumeric(11), bytes)), Origin.RANDOM);
  }

  /** One key, for tests and for callers that hold the bytes themselves. */
  public static MasterKeys of(String id, byte[] bytes) {
    return parse(id + ":" + Base64.getEncoder().encodeToString(bytes));
  }

  /**
   * Reads the text form.
   *
   * @throws IllegalArgumentException naming the line and what is wrong with it (never the key)
   */
  public static MasterKeys parse(String text) {
    List<Key> keys = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int number = i + 1;
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            "line " + number + ": expected keyId:base64key (e.g. the output of 'master-key')");
      }
      String id = line.substring(0, colon).strip();
      if (!KEY_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "line " + number + ": a key id is 1 to 32 characters of A-Z, a-z, 0-9, '_' and '-'");
      }
      byte[] bytes = decode(line.substring(colon + 1).strip(), number);
      if (bytes.length < MIN_KEY_BYTES) {
        throw new IllegalArgumentException(
            "line "
                + number
                + ": key '"
                + id
                + "' has "
                + bytes.length
                + " bytes; at least "
                + MIN_KEY_BYTES
                + " are required");
      }
      for (Key seen : keys) {
        if (seen.id().equals(id)) {
          throw new IllegalArgumentException("line " + number + ": key id '" + id + "' repeats");
        }
      }
      keys.add(new Key(id, bytes));
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("no key: expected at least one line keyId:base64key");
    }
    if (keys.size() > MAX_KEYS) {
      throw new IllegalArgumentException("at most " + MAX_KEYS + " keys, not " + keys.size());
    }
    return new MasterKeys(keys, Origin.SUPPLIED);
  }

  private static byte[] decode(String value, int line) {
    try {
      return value.contains("-") || value.contains("_")
          ? Base64.getUrlDecoder().decode(value)
          : Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + line + ": the key is not Base64");
    }
  }

  /** A new key line {@code keyId:base64key} of {@value #GENERATED_KEY_BYTES} random bytes. */
  public static String generateLine(String keyId) {
    if (!KEY_ID.matcher(keyId).matches()) {
      throw new IllegalArgumentException(
          "a key id is 1 to 32 characters of A-Z, a-z, 0-9, '_' and '-'");
    }
    byte[] bytes = new byte[GENERATED_KEY_BYTES];
    new SecureRandom().nextBytes(bytes);
    return keyId + ":" + Base64.getEncoder().encodeToString(bytes);
  }

  /** The key that seals new tokens. */
  public Key current() {
    return current;
  }

  /** The key with this id, current or older. */
  public Optional<Key> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every key id, the current first. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  public Origin origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "MasterKeys[" + origin + ", current=" + current.id() + ", ids=" + ids() + "]";
  }
}
