package io.mocksts.kit.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The conformance kit's own Alibaba Cloud V3 signer ({@code ACS3-HMAC-SHA256}), written from the
 * vendor documentation, Alibaba V3 signature,
 * https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature (and the
 * vendor page "V3 request structure and signature"). It deliberately shares no code with the mock
 * server.
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class AlibabaV3Signer {

  /** The signature algorithm name, first line of the StringToSign (Alibaba V3 signature). */
  public static final String ALGORITHM = "ACS3-HMAC-SHA256";

  /** Hex SHA-256 of the empty body (Alibaba V3 signature). */
  public static final String EMPTY_BODY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  /** Content type of an RPC form body, signed when a body is sent (Alibaba V3 signature). */
  public static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

  /** {@code x-acs-date} format, {@code yyyy-MM-dd'T'HH:mm:ss'Z'} UTC (Alibaba V3 signature). */
  static final DateTimeFormatter ACS_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private static final HexFormat HEX = HexFormat.of();

  private AlibabaV3Signer() {}

  /**
   * CanonicalRequest of Alibaba V3 signature: {@code method \n CanonicalURI \n CanonicalQuery \n
   * CanonicalHeaders \n SignedHeaders \n HashedPayload}, where
   *
   * <ul>
   *   <li>CanonicalURI is {@code path} with each {@code /}-separated segment percent-encoded
   *       ({@code /} for RPC);
   *   <li>CanonicalQuery is the query sorted by name, {@code percentEncode(k)=percentEncode(v)}
   *       joined by {@code &} (a {@code null} value counts as empty);
   *   <li>CanonicalHeaders are the headers whose lower-cased name starts with {@code x-acs-} or is
   *       {@code host} or {@code content-type}, sorted, each {@code name:trimmed-value\n};
   *   <li>SignedHeaders are those names joined by {@code ;};
   *   <li>HashedPayload is the hex SHA-256 of {@code body} (always computed from the body, never
   *       taken from the {@code x-acs-content-sha256} header).
   * </ul>
   *
   * @param method HTTP method as sent
   * @param path request path, {@code /} for RPC
   * @param query query parameters
   * @param headersLowerCase request headers (names are lower-cased again here; others ignored)
   * @param body request body, {@code null} for none
   * @return the canonical request
   */
  public static String canonicalRequest(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headersLowerCase,
      byte[] body) {
    Objects.requireNonNull(method, "method");
    Map<String, String> signable = signableHeaders(headersLowerCase);
    StringBuilder canonicalHeaders = new StringBuilder();
    signable.forEach(
        (name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
    return method
        + "\n"
        + canonicalUri(path)
        + "\n"
        + FormEncoding.encodeSorted(query)
        + "\n"
        + canonicalHeaders
        + "\n"
        + String.join(";", signable.keySet())
        + "\n"
        + hashedPayload(body);
  }

  /**
   * StringToSign of Alibaba V3 signature: {@code "ACS3-HMAC-SHA256\n" +
   * hex(SHA256(UTF-8(canonicalRequest)))}.
   *
   * @param canonicalRequest output of {@link #canonicalRequest}
   * @return the string to sign
   */
  public static String stringToSign(String canonicalRequest) {
    return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Signature of Alibaba V3 signature: lower-case {@code hex(HMAC-SHA256(key = secret,
   * UTF-8(stringToSign)))} (no {@code &} appended to the key, unlike V1).
   *
   * @param stringToSign output of {@link #stringToSign}
   * @param secret the AccessKey secret
   * @return the hex signature
   */
  public static String signature(String stringToSign, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HEX.formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /**
   * HashedPayload / {@code x-acs-content-sha256} of Alibaba V3 signature: lower-case hex SHA-256 of
   * {@code body}; {@link #EMPTY_BODY_SHA256} for {@code null} or empty.
   *
   * @param body request body or {@code null}
   * @return hex digest
   */
  public static String hashedPayload(byte[] body) {
    return sha256Hex(body == null ? new byte[0] : body);
  }

  /**
   * All headers to send for a V3-signed RPC request (Alibaba V3 signature): {@code host}, {@code
   * x-acs-action}, {@code x-acs-version}, {@code x-acs-date}, {@code x-acs-signature-nonce}, {@code
   * x-acs-content-sha256}, {@code x-acs-security-token} when a token is given, {@code content-type:
   * application/x-www-form-urlencoded} when {@code body} is non-empty, and {@code Authorization:
   * ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<names>,Signature=<hex>}. CanonicalURI is {@code
   * /}.
   *
   * @param method HTTP method as sent
   * @param host value of the {@code host} header, e.g. {@code sts.aliyuncs.com} or {@code
   *     127.0.0.1:8080}
   * @param query query parameters as sent
   * @param body request body as sent, {@code null} for none
   * @param action {@code x-acs-action}
   * @param version {@code x-acs-version}
   * @param accessKeyId AccessKey ID (the {@code Credential})
   * @param secret AccessKey secret
   * @param securityTokenOrNull STS security token, or {@code null}
   * @param now request time, truncated to the second
   * @param nonce {@code x-acs-signature-nonce}
   * @return a new unmodifiable map, signed headers sorted by name, then {@code Authorization}
   */
  public static Map<String, String> signedHeaders(
      String method,
      String host,
      Map<String, String> query,
      byte[] body,
      String action,
      String version,
      String accessKeyId,
      String secret,
      String securityTokenOrNull,
      Instant now,
      String nonce) {
    return signedHeaders(
        method,
        host,
        query,
        body,
        action,
        version,
        accessKeyId,
        secret,
        securityTokenOrNull,
        now,
        nonce,
        Map.of());
  }

  /**
   * As {@link #signedHeaders(String, String, Map, byte[], String, String, String, String, String,
   * Instant, String)} (Alibaba V3 signature), plus {@code extraHeaders} which are added after the
   * defaults and replace any default of the same (lower-cased) name, so a scenario can send a
   * deliberately wrong value (e.g. a false {@code x-acs-content-sha256}) and still get a signature
   * computed over what is sent. Extra headers that are not signable ({@code x-acs-*}, {@code host},
   * {@code content-type}) are returned but not signed.
   *
   * @param extraHeaders additional or overriding headers
   * @return a new unmodifiable map of all headers to send, including {@code Authorization}
   */
  public static Map<String, String> signedHeaders(
      String method,
      String host,
      Map<String, String> query,
      byte[] body,
      String action,
      String version,
      String accessKeyId,
      String secret,
      String securityTokenOrNull,
      Instant now,
      String nonce,
      Map<String, String> extraHeaders) {
    Map<String, String> headers = new TreeMap<>();
    headers.put("host", host);
    headers.put("x-acs-action", action);
    headers.put("x-acs-version", version);
    headers.put("x-acs-date", ACS_DATE.format(now));
    headers.put("x-acs-signature-nonce", nonce);
    headers.put("x-acs-content-sha256", hashedPayload(body));
    if (securityTokenOrNull != null) {
      headers.put("x-acs-security-token", securityTokenOrNull);
    }
    if (body != null && body.length > 0) {
      headers.put("content-type", FORM_CONTENT_TYPE);
    }
    extraHeaders.forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));

    String signedNames = String.join(";", signableHeaders(headers).keySet());
    String sig =
        signature(stringToSign(canonicalRequest(method, "/", query, headers, body)), secret);

    Map<String, String> out = new LinkedHashMap<>(headers);
    out.put(
        "Authorization",
        ALGORITHM
            + " Credential="
            + accessKeyId
            + ",SignedHeaders="
            + signedNames
            + ",Signature="
            + sig);
    return Collections.unmodifiableMap(out);
  }

  /** Signable headers (Alibaba V3 signature), lower-cased names, sorted, values trimmed. */
  private static Map<String, String> signableHeaders(Map<String, String> headers) {
    Map<String, String> signable = new TreeMap<>(FormEncoding.UTF8_BYTE_ORDER);
    headers.forEach(
        (name, value) -> {
          String lower = name.toLowerCase(Locale.ROOT);
          if (lower.startsWith("x-acs-") || lower.equals("host") || lower.equals("content-type")) {
            signable.put(lower, value == null ? "" : value.trim());
          }
        });
    return signable;
  }

  private static String canonicalUri(String path) {
    if (path == null || path.isEmpty()) {
      return "/";
    }
    StringJoiner joined = new StringJoiner("/");
    for (String segment : path.split("/", -1)) {
      joined.add(FormEncoding.percentEncode(segment));
    }
    return joined.toString();
  }

  private static String sha256Hex(byte[] data) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
