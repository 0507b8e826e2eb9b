package io.mocksts.internal.core;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords of a virtual MFA device (RFC 6238 over RFC 4226: HMAC-SHA1, 30 s
 * steps, 6 digits), as an authenticator app computes them from a base32 secret.
 */
public final class Totp {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]+=*");
  private static final Pattern CODE = Pattern.compile("[0-9]{6}");
  private static final long STEP_SECONDS = 30;

  /** Codes of this many steps before or after the current one are accepted (clock drift). */
  static final int TOLERATED_STEPS = 1;

  private Totp() {}

  /** Whether a value is an RFC 4648 base32 string (upper case, optional padding). */
  public static boolean isBase32(String value) {
    return value != null && BASE32.matcher(value).matches();
  }

  /** The code for a given time step. */
  public static String code(String base32Secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(decode(base32Secret), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is unavailable", e);
    }
  }

  /** The code an authenticator shows now. */
  public static String currentCode(String base32Secret, Clock clock) {
    return code(base32Secret, clock.instant().getEpochSecond() / STEP_SECONDS);
  }

  /** Whether a presented code is the device's code now, give or take one step. */
  public static boolean verify(String base32Secret, String presented, Clock clock) {
    if (presented == null || !CODE.matcher(presented).matches()) {
      return false;
    }
    long step = clock.instant().getEpochSecond() / STEP_SECONDS;
    boolean ok = false;
    for (long s = step - TOLERATED_STEPS; s <= step + TOLERATED_STEPS; s++) {
      ok |= MessageDigest.isEqual(code(base32Secret, s).getBytes(), presented.getBytes());
    }
    return ok;
  }

  private static byte[] decode(String base32) {
    String clean = base32.replace("=", "");
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      buffer = (buffer << 5) | ALPHABET.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
