package io.mocksts.internal.alibaba;

import io.mocksts.internal.http.StsRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds signed Alibaba RPC requests for the protocol tests. Written from Alibaba V1 signature,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md
 * (V1) and Alibaba V3 signature,
 * https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature (V3),
 * deliberately sharing no code with the mock's verifiers (docs/architecture.md, rule 1).
 */
final class RpcCalls {

  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private RpcCalls() {}

  /** The documented reference encoder (Alibaba V1 signature step 2). */
  static String percentEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  /** A V1 call with every common parameter set, signed with {@code secret}. */
  static V1 v1(Clock clock, String action, String accessKeyId, String secret) {
    return new V1(secret)
        .param("Action", action)
        .param("Version", "2015-04-01")
        .param("Format", "JSON")
        .param("AccessKeyId", accessKeyId)
        .param("SignatureMethod", "HMAC-SHA1")
        .param("SignatureVersion", "1.0")
        .param("SignatureNonce", UUID.randomUUID().toString())
        .param("Timestamp", TIMESTAMP.format(clock.instant()));
  }

  /** A V3 ({@code ACS3-HMAC-SHA256}) call: the action only in {@code x-acs-action}. */
  static V3 v3(Clock clock, String action, String accessKeyId, String secret) {
    return new V3(accessKeyId, secret)
        .header("host", "sts.aliyuncs.com")
        .header("x-acs-action", action)
        .header("x-acs-version", "2015-04-01")
        .header("x-acs-date", TIMESTAMP.format(clock.instant()))
        .header("x-acs-signature-nonce", UUID.randomUUID().toString().replace("-", ""));
  }

  /** A V1 request under construction. */
  static final class V1 {
    private String method = "GET";
    private String secret;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> form = new LinkedHashMap<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private String contentType;
    private boolean signed = true;
    private boolean plusForSpace;
    private boolean skipEmpty;

    private V1(String secret) {
      this.secret = secret;
      headers.put("Host", List.of("sts.aliyuncs.com"));
    }

    /** Sets a query parameter; {@code null} removes it. */
    V1 param(String name, String value) {
      if (value == null) {
        query.remove(name);
      } else {
        query.put(name, value);
      }
      return this;
    }

    V1 without(String name) {
      return param(name, null);
    }

    /** Puts a parameter into a form body instead of the query (the request becomes a POST). */
    V1 form(String name, String value) {
      query.remove(name);
      form.put(name, value);
      method = "POST";
      contentType = "application/x-www-form-urlencoded";
      return this;
    }

    V1 method(String method) {
      this.method = method;
      return this;
    }

    V1 secret(String secret) {
      this.secret = secret;
      return this;
    }

    V1 header(String name, String value) {
      headers.put(name, List.of(value));
      return this;
    }

    /** Sends no {@code Signature} parameter. */
    V1 unsigned() {
      signed = false;
      return this;
    }

    /** Encodes the query as {@code java.net.URLEncoder} does (space as {@code +}), as Tea does. */
    V1 plusForSpace() {
      plusForSpace = true;
      return this;
    }

    /** Leaves empty-valued parameters out of the string to sign, as the Tea SDKs do. */
    V1 skipEmptyInSignature() {
      skipEmpty = true;
      return this;
    }

    String parameter(String name) {
      return query.containsKey(name) ? query.get(name) : form.get(name);
    }

    /** The string to sign over every query and body parameter (Alibaba V1 signature steps 1–4). */
    String stringToSign() {
      TreeMap<String, String> all = new TreeMap<>(form);
      all.putAll(query);
      String canonical =
          all.entrySet().stream()
              .filter(e -> !(skipEmpty && e.getValue().isEmpty()))
              .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
              .collect(Collectors.joining("&"));
      return method + "&" + percentEncode("/") + "&" + percentEncode(canonical);
    }

    /** Alibaba V1 signature step 5. */
    String signature() {
      try {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder()
            .encodeToString(mac.doFinal(stringToSign().getBytes(StandardCharsets.UTF_8)));
      } catch (GeneralSecurityException e) {
        throw new AssertionError(e);
      }
    }

    StsRequest build() {
      Map<String, String> sent = new LinkedHashMap<>(query);
      if (signed) {
        sent.put("Signature", signature());
      }
      Map<String, List<String>> allHeaders = new LinkedHashMap<>(headers);
      byte[] body = null;
      if (!form.isEmpty()) {
        body = encode(form).getBytes(StandardCharsets.UTF_8);
      }
      if (contentType != null) {
        allHeaders.put("Content-Type", List.of(contentType));
      }
      return new StsRequest(method, "/", encode(sent), allHeaders, body, "https");
    }

    private String encode(Map<String, String> parameters) {
      return parameters.entrySet().stream()
          .map(e -> encodeOne(e.getKey()) + "=" + encodeOne(e.getValue()))
          .collect(Collectors.joining("&"));
    }

    private String encodeOne(String value) {
      return plusForSpace ? URLEncoder.encode(value, StandardCharsets.UTF_8) : percentEncode(value);
    }
  }

  /** A V3 request under construction. */
  static final class V3 {
    private final String accessKeyId;
    private final String secret;
    private final Map<String, String> signedHeaders = new TreeMap<>();
    private final Map<String, String> unsignedHeaders = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private byte[] sentBody;
    private String authorization;
    private java.util.function.UnaryOperator<String> rewrite =
        java.util.function.UnaryOperator.identity();

    private V3(String accessKeyId, String secret) {
      this.accessKeyId = accessKeyId;
      this.secret = secret;
    }

    /** A header that is signed (names are lower-cased, Alibaba V3 signature). */
    V3 header(String name, String value) {
      signedHeaders.put(name.toLowerCase(Locale.ROOT), value);
      return this;
    }

    V3 withoutHeader(String name) {
      signedHeaders.remove(name.toLowerCase(Locale.ROOT));
      return this;
    }

    /** A header that is sent but left out of SignedHeaders. */
    V3 unsignedHeader(String name, String value) {
      unsignedHeaders.put(name.toLowerCase(Locale.ROOT), value);
      return this;
    }

    V3 param(String name, String value) {
      query.put(name, value);
      return this;
    }

    V3 formBody(String body) {
      this.body = body.getBytes(StandardCharsets.UTF_8);
      return header("content-type", "application/x-www-form-urlencoded");
    }

    /** Sends a different body from the one that was signed. */
    V3 tamperedBody(String body) {
      this.sentBody = body.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /** Rewrites the computed {@code Authorization} header (field order, extra fields). */
    V3 rewriteAuthorization(java.util.function.UnaryOperator<String> rewrite) {
      this.rewrite = rewrite;
      return this;
    }

    V3 authorization(String raw) {
      this.authorization = raw;
      return this;
    }

    String canonicalRequest() {
      String canonicalQuery =
          new TreeMap<>(query)
              .entrySet().stream()
                  .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                  .collect(Collectors.joining("&"));
      StringBuilder canonicalHeaders = new StringBuilder();
      signedHeaders.forEach(
          (name, value) ->
              canonicalHeaders.append(name).append(':').append(value.trim()).append('\n'));
      return "POST\n/\n"
          + canonicalQuery
          + "\n"
          + canonicalHeaders
          + "\n"
          + String.join(";", signedHeaders.keySet())
          + "\n"
          + hex(sha256(body));
    }

    String stringToSign() {
      return "ACS3-HMAC-SHA256\n"
          + hex(sha256(canonicalRequest().getBytes(StandardCharsets.UTF_8)));
    }

    StsRequest build() {
      header("x-acs-content-sha256", hex(sha256(body)));
      String auth = authorization;
      if (auth == null) {
        String signature;
        try {
          Mac mac = Mac.getInstance("HmacSHA256");
          mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
          signature = hex(mac.doFinal(stringToSign().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
          throw new AssertionError(e);
        }
        auth =
            "ACS3-HMAC-SHA256 Credential="
                + accessKeyId
                + ",SignedHeaders="
                + String.join(";", signedHeaders.keySet())
                + ",Signature="
                + signature;
        auth = rewrite.apply(auth);
      }
      Map<String, List<String>> headers = new LinkedHashMap<>();
      signedHeaders.forEach((k, v) -> headers.put(k, List.of(v)));
      unsignedHeaders.forEach((k, v) -> headers.put(k, List.of(v)));
      headers.put("authorization", List.of(auth));
      List<String> pairs = new ArrayList<>();
      query.forEach((k, v) -> pairs.add(percentEncode(k) + "=" + percentEncode(v)));
      return new StsRequest(
          "POST",
          "/",
          String.join("&", pairs),
          headers,
          sentBody != null ? sentBody : body,
          "https");
    }

    private static byte[] sha256(byte[] data) {
      try {
        return MessageDigest.getInstance("SHA-256").digest(data);
      } catch (GeneralSecurityException e) {
        throw new AssertionError(e);
      }
    }

    private static String hex(byte[] data) {
      return HexFormat.of().formatHex(data);
    }
  }
}
