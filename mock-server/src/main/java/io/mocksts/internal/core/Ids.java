package io.mocksts.internal.core;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;

/** Random identifiers in the shapes the vendors use. */
public final class Ids {

  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /** An upper-case UUID, as in {@code 6894B13B-6D71-4EF5-88FA-F32781734A7F}. */
  public static String requestId() {
    return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
  }

  /** A random string of letters and digits. */
  public static String alphanumeric(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
    }
    return out.toString();
  }

  /** Maps bytes onto letters and digits (used to derive secrets deterministically). */
  static String alphanumeric(byte[] bytes, int length) {
    if (bytes.length < length) {
      throw new IllegalArgumentException("need at least " + length + " bytes");
    }
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALNUM.charAt((bytes[i] & 0xff) % ALNUM.length()));
    }
    return out.toString();
  }
}
