package io.mocksts.internal.tencent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TC3-HMAC-SHA256 exactly as tencent-sts.md §2.4 gives it: canonical request, string to sign,
 * derived signing key. Pure functions; {@link TencentAuthenticator} decides what to compare.
 */
final class Tc3Signature {

  static final String ALGORITHM = "TC3-HMAC-SHA256";

  /** The payload hash clients send when they opt out of hashing the body. */
  static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

  private Tc3Signature() {}

  /**
   * The canonical request.
   *
   * @param signedHeaders lower-case header names in the order the client listed them
   * @param headerValues lower-case header name to the value as received
   */
  static String canonicalRequest(
      String method,
      String canonicalQuery,
      List<String> signedHeaders,
      Map<String, String> headerValues,
      String hashedPayload) {
    StringBuilder headers = new StringBuilder();
    for (String name : signedHeaders) {
      String value = headerValues.getOrDefault(name, "");
      headers.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
    }
    return method
        + "\n/\n"
        + canonicalQuery
        + "\n"
        + headers
        + "\n"
        + String.join(";", signedHeaders)
        + "\n"
        + hashedPayload;
  }

  static String stringToSign(String timestamp, String scope, String canonicalRequest) {
    return ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + sha256Hex(canonicalRequest);
  }

  /** The hex signature of a string to sign, with the key derived from secret, date and service. */
  static String sign(String secretKey, String date, String service, String stringToSign) {
    byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    byte[] secretService = hmac(secretDate, service);
    byte[] secretSigning = hmac(secretService, "tc3_request");
    return HexFormat.of().formatHex(hmac(secretSigning, stringToSign));
  }

  static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  static String sha256Hex(String data) {
    return sha256Hex(data.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
