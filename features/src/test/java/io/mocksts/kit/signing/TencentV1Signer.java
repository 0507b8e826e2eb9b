package io.mocksts.kit.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The conformance kit's own Tencent Cloud signature v1 ({@code HmacSHA1} / {@code HmacSHA256}),
 * written from the vendor documentation, Tencent signature v1,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md
 * ("签名方法"). It deliberately shares no code with the mock server.
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class TencentV1Signer {

  /** The only {@code SignatureMethod} value that selects HMAC-SHA256; anything else is SHA-1. */
  public static final String HMAC_SHA256 = "HmacSHA256";

  private TencentV1Signer() {}

  /**
   * The string to sign of Tencent signature v1: {@code METHOD + host + path + "?" +
   * k1=v1&k2=v2...}, every parameter except {@code Signature}, sorted by name in ASCII order,
   * values raw (not encoded), with {@code _} in names replaced by {@code .} as the SDKs do.
   *
   * @param method {@code GET} or {@code POST}
   * @param host the host the request goes to, with a port when it has one
   * @param path the request path, {@code /}
   * @param params every parameter of the request, query and form body alike
   */
  public static String stringToSign(
      String method, String host, String path, Map<String, String> params) {
    Objects.requireNonNull(method, "method");
    Map<String, String> sorted = new TreeMap<>();
    params.forEach(
        (k, v) -> {
          if (!k.equals("Signature")) {
            sorted.put(k.replace('_', '.'), v == null ? "" : v);
          }
        });
    StringJoiner query = new StringJoiner("&");
    sorted.forEach((k, v) -> query.add(k + "=" + v));
    return method + host + path + "?" + query;
  }

  /**
   * {@code Base64(HMAC(secretKey, stringToSign))} with SHA-256 when {@code signatureMethod} is
   * {@code HmacSHA256}, else SHA-1 ("只有指定此参数为 HmacSHA256 时，才使用 HmacSHA256 算法验证签名，其他情况均使用 HmacSHA1",
   * Tencent signature v1). The result is percent-encoded on the wire like any other value.
   */
  public static String signature(String stringToSign, String secretKey, String signatureMethod) {
    String algorithm = HMAC_SHA256.equals(signatureMethod) ? "HmacSHA256" : "HmacSHA1";
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), algorithm));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " unavailable", e);
    }
  }
}
