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
 * TC3-HMAC-SHA256 exactly as Tencent TC3-HMAC-SHA256 signature,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md
 * gives it: canonical request, string to sign, derived signing key. Pure functions; {@link
 * TencentAuthenticator} decides what to compare.
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
