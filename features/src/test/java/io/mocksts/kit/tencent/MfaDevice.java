package io.mocksts.kit.tencent;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A virtual MFA device ({@code softToken}, Tencent AssumeRole reference,
 * https://cloud.tencent.com/document/product/598/33164, Tencent GetSessionToken API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json)
 * as an authenticator app computes its codes: RFC 6238 TOTP over RFC 4226 (HMAC-SHA1, 30-second
 * steps, 6 digits) from a base32 secret. The kit's own code, never the mock's.
 */
public final class MfaDevice {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final long STEP_SECONDS = 30;

  private final byte[] key;

  private MfaDevice(byte[] key) {
    this.key = key.clone();
  }

  /** A device whose secret is given in base32 (RFC 4648, padding and case ignored). */
  public static MfaDevice ofBase32(String secret) {
    return new MfaDevice(decodeBase32(secret));
  }

  /** A device whose secret is given as raw bytes. */
  static MfaDevice ofBytes(byte[] secret) {
    return new MfaDevice(secret);
  }

  /** The code the device shows at {@code at}. */
  public String codeAt(Instant at) {
    return code(Math.floorDiv(at.getEpochSecond(), STEP_SECONDS));
  }

  /**
   * A well-formed code that is not the device's code at {@code at}, nor one step before or after it
   * (the drift a verifier may tolerate).
   */
  public String wrongCodeAt(Instant at) {
    long step = Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    for (int candidate = 0; ; candidate++) {
      String code = String.format(Locale.ROOT, "%06d", (candidate * 111_111) % 1_000_000);
      if (!code.equals(code(step - 1))
          && !code.equals(code(step))
          && !code.equals(code(step + 1))) {
        return code;
      }
    }
  }

  /** The 6-digit code of a time step. */
  String code(long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  }

  static byte[] decodeBase32(String text) {
    String clean = text.replace("=", "").toUpperCase(Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base32: " + text);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
