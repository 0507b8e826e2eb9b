package io.mocksts.kit.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The conformance kit's own Alibaba Cloud RPC signer, V1 ({@code SignatureMethod=HMAC-SHA1}, {@code
 * SignatureVersion=1.0}), written from the vendor documentation: Alibaba common parameters,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md;
 * Alibaba V1 signature,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md.
 * It deliberately shares no code with the mock server.
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class AlibabaV1Signer {

  /** The only {@code SignatureMethod} the service accepts (Alibaba common parameters). */
  public static final String SIGNATURE_METHOD = "HMAC-SHA1";

  /** The {@code SignatureVersion} of this algorithm (Alibaba common parameters). */
  public static final String SIGNATURE_VERSION = "1.0";

  /** {@code Timestamp} format, ISO 8601 UTC to the second (Alibaba common parameters). */
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private AlibabaV1Signer() {}

  /**
   * RFC 3986 percent-encoding of Alibaba V1 signature step 2 (UTF-8; {@code A–Z a–z 0–9 - _ . ~}
   * kept, all else {@code %XY} upper-case, space {@code %20}).
   *
   * @param value text to encode
   * @return the encoded text
   */
  public static String percentEncode(String value) {
    return FormEncoding.percentEncode(value);
  }

  /**
   * StringToSign of Alibaba V1 signature steps 1–4: every parameter except {@code Signature},
   * sorted by name (UTF-8 byte order), {@code percentEncode(name)=percentEncode(value)} joined by
   * {@code &}, then {@code httpMethod + "&%2F&" + percentEncode(canonicalized)}. Parameters with
   * empty values are kept (the core SDK behaviour, Alibaba V1 signature step 3); a {@code null}
   * value counts as empty.
   *
   * @param httpMethod the HTTP method exactly as sent, e.g. {@code GET} or {@code POST}
   * @param params all request parameters, query and form body merged
   * @return the string to sign
   */
  public static String stringToSign(String httpMethod, Map<String, String> params) {
    Objects.requireNonNull(httpMethod, "httpMethod");
    Map<String, String> signed = new TreeMap<>(FormEncoding.UTF8_BYTE_ORDER);
    signed.putAll(params);
    signed.remove("Signature");
    String canonicalized = FormEncoding.encodeSorted(signed);
    return httpMethod + "&" + percentEncode("/") + "&" + percentEncode(canonicalized);
  }

  /**
   * Signature of Alibaba V1 signature step 5: {@code Base64(HMAC-SHA1(key = secret + "&",
   * UTF-8(stringToSign)))}. The result still has to be percent-encoded when sent.
   *
   * @param stringToSign output of {@link #stringToSign(String, Map)}
   * @param secret the AccessKey secret (without the trailing {@code &})
   * @return the Base64 signature
   */
  public static String signature(String stringToSign, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  }

  /**
   * Returns a new map holding {@code params} plus the common signature parameters of Alibaba common
   * parameters: {@code AccessKeyId}, {@code SignatureMethod=HMAC-SHA1}, {@code
   * SignatureVersion=1.0}, {@code SignatureNonce}, {@code Timestamp} ({@code now} truncated to the
   * second), {@code SecurityToken} when given, and finally {@code Signature} computed per Alibaba
   * V1 signature over everything else in the map.
   *
   * <p>A parameter the caller already put in {@code params} is left untouched (including {@code
   * Signature}), so that a scenario can send a deliberately wrong value, e.g. {@code
   * SignatureMethod=HMAC-MD5}, and still get a signature computed over exactly what is sent. The
   * input map is not modified. {@code Action}, {@code Version}, {@code Format} and business
   * parameters are the caller's.
   *
   * @param httpMethod the HTTP method as sent
   * @param params the caller's parameters (query and form body merged)
   * @param accessKeyId AccessKey ID
   * @param secret AccessKey secret
   * @param securityTokenOrNull STS security token, or {@code null} for a long-term AccessKey
   * @param now the request time
   * @param nonce the {@code SignatureNonce}
   * @return a new unmodifiable map in insertion order: caller's parameters, then the added ones
   */
  public static Map<String, String> sign(
      String httpMethod,
      Map<String, String> params,
      String accessKeyId,
      String secret,
      String securityTokenOrNull,
      Instant now,
      String nonce) {
    Map<String, String> out = new LinkedHashMap<>(params);
    out.putIfAbsent("AccessKeyId", accessKeyId);
    out.putIfAbsent("SignatureMethod", SIGNATURE_METHOD);
    out.putIfAbsent("SignatureVersion", SIGNATURE_VERSION);
    out.putIfAbsent("SignatureNonce", nonce);
    out.putIfAbsent("Timestamp", TIMESTAMP.format(now));
    if (securityTokenOrNull != null) {
      out.putIfAbsent("SecurityToken", securityTokenOrNull);
    }
    if (!out.containsKey("Signature")) {
      out.put("Signature", signature(stringToSign(httpMethod, out), secret));
    }
    return Collections.unmodifiableMap(out);
  }
}
