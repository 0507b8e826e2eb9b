package io.mocksts.internal.tencent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature v1 (Tencent signature v1,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md):
 * {@code METHOD + host + path + "?" + k=v&...} over every parameter but {@code Signature}, sorted
 * by name, raw values, {@code _} replaced by {@code .} in names; HMAC-SHA256 when {@code
 * SignatureMethod=HmacSHA256}, HMAC-SHA1 otherwise; base64.
 */
final class HmacV1Signature {

  private HmacV1Signature() {}

  static String stringToSign(String method, String host, String path, Map<String, String> params) {
    StringBuilder out = new StringBuilder(method).append(host).append(path).append('?');
    boolean first = true;
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (e.getKey().equals("Signature")) {
        continue;
      }
      if (!first) {
        out.append('&');
      }
      first = false;
      out.append(e.getKey().replace('_', '.')).append('=').append(e.getValue());
    }
    return out.toString();
  }

  /** The JCA algorithm a {@code SignatureMethod} value selects. */
  static String algorithm(String signatureMethod) {
    return "HmacSHA256".equals(signatureMethod) ? "HmacSHA256" : "HmacSHA1";
  }

  static String sign(String secretKey, String algorithm, String stringToSign) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), algorithm));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is unavailable", e);
    }
  }
}
