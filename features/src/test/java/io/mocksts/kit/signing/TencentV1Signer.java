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
 * written from the vendor documentation as digested in spec {@code tencent-sts.md} §2.6 ("签名方法").
 * It deliberately shares no code with the mock server.
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class TencentV1Signer {

  /** The only {@code SignatureMethod} value that selects HMAC-SHA256; anything else is SHA-1. */
  public static final String HMAC_SHA256 = "HmacSHA256";

  private TencentV1Signer() {}

  /**
   * The string to sign of §2.6: {@code METHOD + host + path + "?" + k1=v1&k2=v2...}, every
   * parameter except {@code Signature}, sorted by name in ASCII order, values raw (not encoded),
   * with {@code _} in names replaced by {@code .} as the SDKs do.
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
   * §2.6). The result is percent-encoded on the wire like any other value.
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
