package io.mocksts.internal.tencent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature v1 (tencent-sts.md §2.6): {@code METHOD + host + path + "?" + k=v&...} over every
 * parameter but {@code Signature}, sorted by name, raw values, {@code _} replaced by {@code .} in
 * names; HMAC-SHA256 when {@code SignatureMethod=HmacSHA256}, HMAC-SHA1 otherwise; base64.
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
