package io.mocksts.compat.tencent;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A tiny RFC 6238 TOTP (HMAC-SHA1, 30-second steps, T0 = 0) for the MFA soft token of the default
 * world, written here from the RFC so that the mock's own implementation is not reused.
 */
final class Totp {

  static final int STEP_SECONDS = 30;

  private Totp() {}

  /** The {@code digits}-digit code for {@code key} at {@code time}. */
  static String code(byte[] key, Instant time, int digits) {
    long counter = Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    byte[] message = new byte[8];
    for (int i = 7; i >= 0; i--) {
      message[i] = (byte) (counter & 0xff);
      counter >>>= 8;
    }
    byte[] hash;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      hash = mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    int modulus = (int) Math.pow(10, digits);
    return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
  }

  /** The 6-digit code for a base32 secret (RFC 4648, as authenticator apps take it). */
  static String code(String base32Secret, Instant time) {
    return code(base32(base32Secret), time, 6);
  }

  /**
   * The current 6-digit code, after waiting out the last two seconds of a step so that the code is
   * still current when the server checks it.
   */
  static String currentCode(String base32Secret) {
    long intoStep = Instant.now().getEpochSecond() % STEP_SECONDS;
    if (intoStep >= STEP_SECONDS - 2) {
      try {
        Thread.sleep((STEP_SECONDS - intoStep + 1) * 1000L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return code(base32Secret, Instant.now());
  }

  static byte[] base32(String value) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : value.toUpperCase(Locale.ROOT).replace("=", "").toCharArray()) {
      int index = alphabet.indexOf(c);
      if (index < 0) {
        throw new IllegalArgumentException("not base32: " + c);
      }
      buffer = (buffer << 5) | index;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
