package io.mocksts.internal.alibaba;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies V1 RPC signatures ({@code SignatureMethod=HMAC-SHA1}, {@code SignatureVersion=1.0}),
 * Alibaba V1 signature,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md.
 * This is the mock's verifier; the kit has its own signer (docs/architecture.md, rule 1).
 */
final class V1Signature {

  static final String METHOD = "HMAC-SHA1";
  static final String VERSION = "1.0";

  private V1Signature() {}

  /**
   * The string to sign for a request.
   *
   * @param httpMethod {@code GET} or {@code POST}
   * @param parameters every decoded parameter of the request; {@code Signature} is left out
   * @param skipEmpty whether parameters with an empty value are left out (the Tea SDKs do so)
   */
  static String stringToSign(String httpMethod, Map<String, String> parameters, boolean skipEmpty) {
    TreeMap<String, String> sorted = new TreeMap<>(parameters);
    sorted.remove("Signature");
    String canonical =
        sorted.entrySet().stream()
            .filter(e -> !(skipEmpty && e.getValue().isEmpty()))
            .map(
                e ->
                    PercentEncoding.encode(e.getKey()) + "=" + PercentEncoding.encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return httpMethod + "&" + PercentEncoding.encode("/") + "&" + PercentEncoding.encode(canonical);
  }

  /** Base64(HMAC-SHA1(secret + "&", stringToSign)). */
  static String sign(String stringToSign, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is unavailable", e);
    }
  }

  /** Constant-time comparison of a presented signature with the expected one. */
  static boolean matches(String presented, String expected) {
    return MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
