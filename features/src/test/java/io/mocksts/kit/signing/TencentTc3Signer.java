package io.mocksts.kit.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The conformance kit's own Tencent Cloud API 3.0 signer, {@code TC3-HMAC-SHA256}, written from the
 * vendor documentation, Tencent TC3-HMAC-SHA256 signature,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md
 * ("签名方法 v3"). It deliberately shares no code with the mock server (docs/architecture.md, rule 1).
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class TencentTc3Signer {

  /** The algorithm name: first line of the StringToSign and first word of Authorization. */
  public static final String ALGORITHM = "TC3-HMAC-SHA256";

  /**
   * The value of {@code X-TC-Content-SHA256} that opts out of payload hashing (Tencent API 3.0
   * common parameters,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md,
   * Tencent TC3-HMAC-SHA256 signature).
   */
  public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

  /** The last element of every credential scope. */
  public static final String TERMINATOR = "tc3_request";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private TencentTc3Signer() {}

  /** What one signing produced, every intermediate value kept for diagnostics. */
  public record Signed(
      String canonicalRequest,
      String credentialScope,
      String stringToSign,
      String signedHeaders,
      String signature,
      String authorization) {}

  /**
   * Signs a request (Tencent TC3-HMAC-SHA256 signature).
   *
   * @param method {@code POST} or {@code GET}
   * @param canonicalQuery the query string exactly as sent ({@code ""} for a POST)
   * @param headers the headers to sign (at least {@code content-type} and {@code host}), by name
   * @param hashedPayload {@link #hashedPayload(byte[])} of the body, or of {@link
   *     #UNSIGNED_PAYLOAD}
   * @param timestamp the {@code X-TC-Timestamp} value, UNIX seconds
   * @param date the scope date; {@link #date(long)} of the timestamp for a correct signature
   * @param service the scope's service, {@code sts}
   * @param secretId the SecretId named in the credential
   * @param secretKey the SecretKey the signature is made with
   */
  public static Signed sign(
      String method,
      String canonicalQuery,
      Map<String, String> headers,
      String hashedPayload,
      long timestamp,
      String date,
      String service,
      String secretId,
      String secretKey) {
    String canonicalRequest = canonicalRequest(method, canonicalQuery, headers, hashedPayload);
    String scope = credentialScope(date, service);
    String stringToSign = stringToSign(timestamp, scope, canonicalRequest);
    String signature = signature(secretKey, date, service, stringToSign);
    String signedHeaders = signedHeaders(headers);
    return new Signed(
        canonicalRequest,
        scope,
        stringToSign,
        signedHeaders,
        signature,
        authorization(secretId, scope, signedHeaders, signature));
  }

  /**
   * CanonicalRequest of Tencent TC3-HMAC-SHA256 signature: {@code method \n / \n query \n
   * CanonicalHeaders \n SignedHeaders \n HashedRequestPayload}, where each canonical header is
   * {@code name:value\n} with name and value lower-cased and trimmed, sorted by name.
   */
  public static String canonicalRequest(
      String method, String canonicalQuery, Map<String, String> headers, String hashedPayload) {
    Objects.requireNonNull(method, "method");
    StringBuilder canonicalHeaders = new StringBuilder();
    canonical(headers)
        .forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v).append('\n'));
    return method
        + "\n/\n"
        + (canonicalQuery == null ? "" : canonicalQuery)
        + "\n"
        + canonicalHeaders
        + "\n"
        + signedHeaders(headers)
        + "\n"
        + hashedPayload;
  }

  /** The lower-cased header names, sorted, joined by {@code ;}. */
  public static String signedHeaders(Map<String, String> headers) {
    return String.join(";", canonical(headers).keySet());
  }

  private static Map<String, String> canonical(Map<String, String> headers) {
    Map<String, String> sorted = new TreeMap<>();
    headers.forEach(
        (k, v) ->
            sorted.put(
                k.trim().toLowerCase(Locale.ROOT),
                v == null ? "" : v.trim().toLowerCase(Locale.ROOT)));
    return sorted;
  }

  /** Lower-case hex SHA-256 of a body ({@code null} counts as empty). */
  public static String hashedPayload(byte[] body) {
    return sha256Hex(body == null ? new byte[0] : body);
  }

  /** {@code Date/service/tc3_request}. */
  public static String credentialScope(String date, String service) {
    return date + "/" + service + "/" + TERMINATOR;
  }

  /** The UTC date ({@code yyyy-MM-dd}) of a UNIX timestamp, as the scope must name it. */
  public static String date(long timestamp) {
    return DATE.format(Instant.ofEpochSecond(timestamp));
  }

  /** {@code TC3-HMAC-SHA256 \n timestamp \n scope \n hex(SHA-256(canonicalRequest))}. */
  public static String stringToSign(long timestamp, String credentialScope, String canonical) {
    return ALGORITHM
        + "\n"
        + timestamp
        + "\n"
        + credentialScope
        + "\n"
        + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The signature: {@code SecretDate = HMAC("TC3" + key, date)}, {@code SecretService =
   * HMAC(SecretDate, service)}, {@code SecretSigning = HMAC(SecretService, "tc3_request")}, then
   * lower-case hex of {@code HMAC(SecretSigning, stringToSign)}.
   */
  public static String signature(
      String secretKey, String date, String service, String stringToSign) {
    byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    byte[] secretService = hmac(secretDate, service);
    byte[] secretSigning = hmac(secretService, TERMINATOR);
    return HEX.formatHex(hmac(secretSigning, stringToSign));
  }

  /** {@code TC3-HMAC-SHA256 Credential=id/scope, SignedHeaders=..., Signature=...}. */
  public static String authorization(
      String secretId, String credentialScope, String signedHeaders, String signature) {
    StringJoiner parts = new StringJoiner(", ", ALGORITHM + " ", "");
    parts.add("Credential=" + secretId + "/" + credentialScope);
    parts.add("SignedHeaders=" + signedHeaders);
    parts.add("Signature=" + signature);
    return parts.toString();
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static String sha256Hex(byte[] data) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
