package io.mocksts.internal.alibaba;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies V3 signatures ({@code ACS3-HMAC-SHA256}), Alibaba V3 signature,
 * https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature: an {@code
 * Authorization} header over a canonical request made of the method, the path, the sorted query,
 * the signed headers and the SHA-256 of the body.
 */
final class V3Signature {

  static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private static final Pattern FIELD = Pattern.compile("\\s*([A-Za-z]+)=([^,\\s]+)\\s*");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  /** The parts of an {@code Authorization} header. */
  record Authorization(String accessKeyId, List<String> signedHeaders, String signature) {}

  private V3Signature() {}

  /**
   * Parses an {@code Authorization} header: {@code ACS3-HMAC-SHA256} and the fields {@code
   * Credential}, {@code SignedHeaders} and {@code Signature}, each exactly once, in any order (the
   * documentation shows one order; the Tea SDKs send it, the pop SDK's V3 mode sends {@code
   * Credential, Signature, SignedHeaders}). Empty when it is not well formed.
   */
  static Optional<Authorization> parse(String header) {
    if (header == null || !header.startsWith(ALGORITHM)) {
      return Optional.empty();
    }
    String rest = header.substring(ALGORITHM.length());
    if (rest.isEmpty() || !Character.isWhitespace(rest.charAt(0))) {
      return Optional.empty();
    }
    Map<String, String> fields = new java.util.HashMap<>();
    for (String part : rest.split(",", -1)) {
      Matcher m = FIELD.matcher(part);
      if (!m.matches() || fields.put(m.group(1), m.group(2)) != null) {
        return Optional.empty();
      }
    }
    String credential = fields.get("Credential");
    String signedHeaders = fields.get("SignedHeaders");
    String signature = fields.get("Signature");
    if (fields.size() != 3
        || credential == null
        || signedHeaders == null
        || signature == null
        || !HEX.matcher(signature).matches()) {
      return Optional.empty();
    }
    List<String> signed = List.of(signedHeaders.split(";"));
    return Optional.of(new Authorization(credential, signed, signature.toLowerCase()));
  }

  /**
   * The canonical request.
   *
   * @param method the HTTP method
   * @param path the request path
   * @param query every decoded query parameter
   * @param headers lower-case header names to values (first value)
   * @param signedHeaders the header names the client signed, lower case
   * @param body the request body
   */
  static String canonicalRequest(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      List<String> signedHeaders,
      byte[] body) {
    String canonicalQuery =
        new TreeMap<>(query)
            .entrySet().stream()
                .map(
                    e ->
                        PercentEncoding.encode(e.getKey())
                            + "="
                            + PercentEncoding.encode(e.getValue()))
                .collect(Collectors.joining("&"));
    StringBuilder canonicalHeaders = new StringBuilder();
    for (String name : signedHeaders.stream().sorted().toList()) {
      String value = headers.get(name);
      canonicalHeaders
          .append(name)
          .append(':')
          .append(value == null ? "" : value.trim())
          .append('\n');
    }
    return method
        + "\n"
        + (path.isEmpty() ? "/" : path)
        + "\n"
        + canonicalQuery
        + "\n"
        + canonicalHeaders
        + "\n"
        + String.join(";", signedHeaders.stream().sorted().toList())
        + "\n"
        + sha256Hex(body);
  }

  static String stringToSign(String canonicalRequest) {
    return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  /** hex(HMAC-SHA256(secret, stringToSign)). */
  static String sign(String stringToSign, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
