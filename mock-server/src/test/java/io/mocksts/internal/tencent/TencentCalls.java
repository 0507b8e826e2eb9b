package io.mocksts.internal.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import io.mocksts.internal.http.VendorProtocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds signed API 3.0 requests for the protocol tests, written from Tencent TC3-HMAC-SHA256
 * signature,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md
 * (TC3) and Tencent signature v1,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md
 * (v1), sharing no code with the mock's verifiers (docs/architecture.md, rule 1).
 */
final class TencentCalls {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String HOST = "127.0.0.1:18080";

  private TencentCalls() {}

  /** A TC3-signed JSON POST, signed the way the Java SDK signs it (service from the host). */
  static final class Tc3 {
    final Map<String, String> headers = new LinkedHashMap<>();
    String body = "{}";
    String secretId;
    String secretKey;
    long timestamp;
    String service = "127";
    String signHost = HOST;
    String method = "POST";
    String query = "";

    Tc3(Clock clock, String action, String secretId, String secretKey) {
      this.secretId = secretId;
      this.secretKey = secretKey;
      this.timestamp = clock.instant().getEpochSecond();
      headers.put("Host", HOST);
      headers.put("Content-Type", "application/json; charset=utf-8");
      headers.put("X-TC-Action", action);
      headers.put("X-TC-Version", "2018-08-13");
      headers.put("X-TC-Region", "ap-guangzhou");
    }

    Tc3 body(String json) {
      this.body = json;
      return this;
    }

    Tc3 header(String name, String value) {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, value);
      }
      return this;
    }

    Tc3 timestamp(long seconds) {
      this.timestamp = seconds;
      return this;
    }

    /**
     * A GET with the parameters in the query, form content type (Tencent API 3.0 request structure,
     * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md).
     */
    Tc3 get(String rawQuery) {
      this.method = "GET";
      this.query = rawQuery;
      this.body = "";
      headers.put("Content-Type", "application/x-www-form-urlencoded");
      return this;
    }

    StsRequest request() {
      String date =
          Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate().toString();
      String canonical =
          method
              + "\n/\n"
              + query
              + "\ncontent-type:"
              + headers.get("Content-Type")
              + "\nhost:"
              + signHost
              + "\n\ncontent-type;host\n"
              + sha256Hex(body);
      String scope = date + "/" + service + "/tc3_request";
      String toSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + sha256Hex(canonical);
      byte[] k = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date, "HmacSHA256");
      k = hmac(k, service, "HmacSHA256");
      k = hmac(k, "tc3_request", "HmacSHA256");
      String signature = HexFormat.of().formatHex(hmac(k, toSign, "HmacSHA256"));
      Map<String, List<String>> all = new LinkedHashMap<>();
      headers.forEach((n, v) -> all.put(n, List.of(v)));
      all.putIfAbsent("X-TC-Timestamp", List.of(Long.toString(timestamp)));
      all.putIfAbsent(
          "Authorization",
          List.of(
              "TC3-HMAC-SHA256 Credential="
                  + secretId
                  + "/"
                  + scope
                  + ", SignedHeaders=content-type;host, Signature="
                  + signature));
      return new StsRequest(method, "/", query, all, body.getBytes(StandardCharsets.UTF_8), "http");
    }
  }

  /**
   * A v1-signed call (Tencent signature v1): parameters in a form body (POST) or the query (GET).
   */
  static StsRequest v1(
      String method, Map<String, String> params, String secretKey, String signatureMethod) {
    TreeMap<String, String> sorted = new TreeMap<>(params);
    String toSign =
        method
            + HOST
            + "/?"
            + sorted.entrySet().stream()
                .map(e -> e.getKey().replace('_', '.') + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    String algorithm = "HmacSHA256".equals(signatureMethod) ? "HmacSHA256" : "HmacSHA1";
    String signature =
        Base64.getEncoder()
            .encodeToString(hmac(secretKey.getBytes(StandardCharsets.UTF_8), toSign, algorithm));
    Map<String, String> all = new LinkedHashMap<>(params);
    all.put("Signature", signature);
    String encoded =
        all.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of(HOST));
    headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
    return method.equals("GET")
        ? new StsRequest("GET", "/", encoded, headers, new byte[0], "http")
        : new StsRequest(
            "POST", "/", "", headers, encoded.getBytes(StandardCharsets.UTF_8), "http");
  }

  /** The common v1 parameters for an action. */
  static Map<String, String> v1Params(Clock clock, String action, String secretId) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", action);
    params.put("Version", "2018-08-13");
    params.put("Region", "ap-guangzhou");
    params.put("Timestamp", Long.toString(clock.instant().getEpochSecond()));
    // A fresh nonce per call, as the SDKs send: a signed (SecretId, Timestamp, Nonce) is
    // single-use.
    params.put(
        "Nonce",
        Long.toString(
            java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)));
    params.put("SecretId", secretId);
    return params;
  }

  /** Sends a request and returns the {@code Response} object; the status must be 200. */
  static JsonNode send(VendorProtocol protocol, StsRequest request) {
    StsResponse response = protocol.handle(request);
    if (response.status() != 200) {
      throw new AssertionError("HTTP " + response.status() + ": " + response.bodyText());
    }
    try {
      return JSON.readTree(response.bodyText()).get("Response");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256Hex(String data) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] hmac(byte[] key, String message, String algorithm) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
