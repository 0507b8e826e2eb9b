package io.mocksts.kit.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mocksts.kit.Credentials;
import io.mocksts.kit.Reply;
import io.mocksts.kit.VendorCall;
import io.mocksts.kit.record.Recorder;
import io.mocksts.kit.record.Translation;
import io.mocksts.kit.signing.FormEncoding;
import io.mocksts.kit.signing.TencentTc3Signer;
import io.mocksts.kit.signing.TencentV1Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * One Tencent Cloud API 3.0 request as a scenario shapes it, then signs and sends it with the kit's
 * own signers (Tencent API 3.0 wire protocol,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md):
 * TC3-HMAC-SHA256 over a JSON POST (the default), a form POST or a GET; signature v1 (HmacSHA1 /
 * HmacSHA256) over a GET or a form POST; {@code Authorization: SKIP}; or no Authorization at all.
 * Every knob a scenario needs to provoke a documented error is here: common parameters left out or
 * changed after signing, a wrong SecretKey, another scope date or service, the host signed without
 * its port, an unsigned payload, a raw body.
 *
 * <p>Business parameters are typed as the API model types them (Tencent STS API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json):
 * {@code DurationSeconds} and {@code TargetUin} travel as JSON numbers when their value is an
 * integer, {@code Tags} as a JSON list; {@code json:<literal>} sends any JSON value as written
 * (e.g. {@code json:"1800"}). Query strings and form bodies flatten lists as {@code Tags.0.Key=...}
 * (Tencent TC3-HMAC-SHA256 signature,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md).
 * A {@code Policy} is URL-encoded by the kit, as the documentation asks the caller to do (Tencent
 * parameter encoding,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E8%A7%92%E8%89%B2%20SSO/%E4%BD%BF%E7%94%A8%20OIDC%20%E8%BF%9B%E8%A1%8C%E8%A7%92%E8%89%B2%20SSO_intl_en.md),
 * before any transport encoding.
 */
public final class ApiCall implements VendorCall {

  /** How the request is authenticated. */
  public enum Signing {
    /** TC3-HMAC-SHA256 in the Authorization header (Tencent TC3-HMAC-SHA256 signature). */
    TC3,
    /**
     * Signature v1 in the parameters (Tencent signature v1,
     * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md).
     */
    V1,
    /**
     * {@code Authorization: SKIP}, documented for the federation actions (Tencent unsigned
     * federation calls,
     * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go).
     */
    SKIP,
    /** The X-TC-* headers without any Authorization header. */
    NONE
  }

  /**
   * The version of sts (Tencent STS 2018-08-13,
   * https://www.tencentcloud.website/document/product/1150/49443).
   */
  public static final String VERSION = "2018-08-13";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Set<String> INTEGER_PARAMETERS = Set.of("DurationSeconds", "TargetUin");
  private static final Set<String> LIST_PARAMETERS = Set.of("Tags");
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Map<String, String> TC3_HEADERS =
      Map.of(
          "Action", "X-TC-Action",
          "Version", "X-TC-Version",
          "Region", "X-TC-Region",
          "Timestamp", "X-TC-Timestamp",
          "Token", "X-TC-Token",
          "Language", "X-TC-Language");

  private String httpMethod = "POST";
  private boolean formBody;
  private Signing signing = Signing.TC3;
  private String signatureMethod;
  private String action;
  private String version = VERSION;
  private String region = "ap-guangzhou";
  private String language;
  private final Map<String, JsonNode> business = new LinkedHashMap<>();
  private final Map<String, String> beforeSigning = new LinkedHashMap<>();
  private final Map<String, String> afterSigning = new LinkedHashMap<>();
  private final Set<String> dropped = new HashSet<>();
  private String secretId;
  private String secretKey;
  private String token;
  private String secretOverride;
  private String service = "sts";
  private int scopeDayShift;
  private boolean hostWithoutPort;
  private boolean unsignedPayload;
  private String jsonContentType = "application/json";
  private String rawBody;
  private String rawContentType;
  private final java.util.List<Map.Entry<String, String>> repeated = new java.util.ArrayList<>();
  private Instant sentAt;

  /** What was sent, for assertions and diagnostics. */
  public record Sent(
      String httpMethod,
      URI uri,
      Map<String, String> headers,
      String body,
      String stringToSign,
      String language) {}

  /** A request as sent and the response received. */
  public record Exchange(Sent sent, ApiResponse response) implements VendorCall.Exchange {}

  @Override
  public ApiCall anonymous() {
    return signing == Signing.TC3 ? signing(Signing.SKIP) : this;
  }

  @Override
  public ApiCall formBody() {
    return formBody(true);
  }

  @Override
  public Exchange resend(URI endpoint, VendorCall.Exchange previous, Instant sentAt) {
    return resend((Exchange) previous);
  }

  @Override
  public boolean retriesAfter(Reply reply) {
    return reply.errorCode().filter("RequestLimitExceeded"::equals).isPresent();
  }

  @Override
  public Optional<Credentials> issuedBy(Reply reply, String action) {
    return Credentials.in(
        reply,
        "temporary credentials from " + action,
        "Credentials.TmpSecretId",
        "Credentials.TmpSecretKey",
        "Credentials.Token");
  }

  @Override
  public ApiCall action(String value) {
    this.action = value;
    return this;
  }

  public String action() {
    return action;
  }

  @Override
  public ApiCall version(String value) {
    this.version = value;
    return this;
  }

  public ApiCall region(String value) {
    this.region = value;
    return this;
  }

  /** {@code X-TC-Language} (TC3) or {@code Language} (v1); {@code null} leaves it out. */
  public ApiCall language(String value) {
    this.language = value;
    return this;
  }

  /** GET (business parameters in the query), POST or any other method (sent like a POST). */
  @Override
  public ApiCall httpMethod(String value) {
    this.httpMethod = value;
    return this;
  }

  /** A POST carries its business parameters in an {@code x-www-form-urlencoded} body. */
  public ApiCall formBody(boolean value) {
    this.formBody = value;
    return this;
  }

  public ApiCall signing(Signing value) {
    this.signing = value;
    return this;
  }

  public Signing signing() {
    return signing;
  }

  /** The v1 {@code SignatureMethod} parameter; {@code null} leaves it out (HmacSHA1). */
  public ApiCall signatureMethod(String value) {
    this.signatureMethod = value;
    return this;
  }

  @Override
  public ApiCall credentials(String id, String key, String sessionToken) {
    this.secretId = id;
    this.secretKey = key;
    this.token = sessionToken;
    return this;
  }

  /** Signs with another SecretKey than the one the caller holds. */
  @Override
  public ApiCall signWithSecret(String value) {
    this.secretOverride = value;
    return this;
  }

  /** The service the TC3 credential scope names ({@code sts} by default). */
  public ApiCall scopeService(String value) {
    this.service = value;
    return this;
  }

  /** Moves the TC3 scope date away from the UTC date of the timestamp by this many days. */
  public ApiCall scopeDayShift(int days) {
    this.scopeDayShift = days;
    return this;
  }

  /** Signs the {@code host} header without its port while sending it with the port (§2a). */
  public ApiCall hostWithoutPort(boolean value) {
    this.hostWithoutPort = value;
    return this;
  }

  /** Sends {@code X-TC-Content-SHA256: UNSIGNED-PAYLOAD} and signs the marker, not the body. */
  public ApiCall unsignedPayload(boolean value) {
    this.unsignedPayload = value;
    return this;
  }

  /** The Content-Type of a JSON POST ({@code application/json} by default). */
  public ApiCall jsonContentType(String value) {
    this.jsonContentType = value;
    return this;
  }

  /** A business parameter, typed as described in the class comment. */
  @Override
  public ApiCall parameter(String name, String value) {
    business.put(name, typed(name, value));
    return this;
  }

  /** A business parameter as a JSON value. */
  public ApiCall parameter(String name, JsonNode value) {
    business.put(name, value);
    return this;
  }

  /**
   * Leaves a common parameter ({@code Action}, {@code Version}, {@code Region}, {@code Timestamp},
   * {@code Token}, {@code Language}; v1 also {@code Nonce}, {@code SecretId}, {@code Signature}), a
   * header ({@code Authorization}, {@code Content-Type}, {@code X-TC-...}) or a business parameter
   * out of the request after signing.
   */
  @Override
  public ApiCall drop(String name) {
    dropped.add(name);
    return this;
  }

  /**
   * Gives a common parameter (named as for {@link #drop}) this value before signing, so that the
   * signature covers it (v1), e.g. a {@code Nonce} that is not an integer.
   */
  @Override
  public ApiCall commonParameter(String name, String value) {
    beforeSigning.put(name, value);
    return this;
  }

  /** Changes a parameter or header (named as for {@link #drop}) after signing. */
  @Override
  public ApiCall tamper(String name, String value) {
    afterSigning.put(name, value);
    return this;
  }

  /**
   * Sends the parameter once more, with this value, after signing: appended to the query (GET) or
   * the form body (POST), or as a second member of the JSON body. The request then carries the name
   * twice.
   */
  @Override
  public ApiCall repeat(String name, String value) {
    repeated.add(Map.entry(name, value));
    return this;
  }

  /**
   * Sends a previous exchange of this call again, byte for byte: the same query, headers and body
   * (so the same v1 Timestamp, Nonce and Signature).
   */
  public Exchange resend(Exchange previous) {
    Sent sent = previous.sent();
    return new Exchange(sent, execute(sent.uri(), sent.headers(), sent.body()));
  }

  private String withRepeats(String encoded) {
    StringBuilder out = new StringBuilder(encoded);
    for (Map.Entry<String, String> again : repeated) {
      out.append(out.length() == 0 ? "" : "&")
          .append(FormEncoding.encode(Map.of(again.getKey(), again.getValue())));
    }
    return out.toString();
  }

  private String jsonWithRepeats(String json) {
    StringBuilder out = new StringBuilder(json.substring(0, json.length() - 1));
    for (Map.Entry<String, String> again : repeated) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(JSON.getNodeFactory().textNode(again.getKey()))
          .append(':')
          .append(JSON.getNodeFactory().textNode(again.getValue()));
    }
    return out.append('}').toString();
  }

  /** Sends (and signs) this body with this Content-Type instead of the parameters. */
  @Override
  public ApiCall rawBody(String body, String contentType) {
    this.rawBody = body;
    this.rawContentType = contentType;
    return this;
  }

  /** Signs and sends the request at {@code now} (the target's time). */
  @Override
  public Exchange send(URI endpoint, Instant now) {
    sentAt = now;
    String host = endpoint.getHost() + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "");
    String signedHost = hostWithoutPort ? endpoint.getHost() : host;
    return signing == Signing.V1
        ? sendV1(endpoint, host, signedHost, now)
        : sendTc3(endpoint, signedHost, now);
  }

  private Exchange sendTc3(URI endpoint, String signedHost, Instant now) {
    long timestamp = now.getEpochSecond();
    boolean get = httpMethod.equalsIgnoreCase("GET");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-TC-Action", action);
    headers.put("X-TC-Version", version);
    if (region != null) {
      headers.put("X-TC-Region", region);
    }
    headers.put("X-TC-Timestamp", Long.toString(timestamp));
    if (token != null) {
      headers.put("X-TC-Token", token);
    }
    if (language != null) {
      headers.put("X-TC-Language", language);
    }
    headers.put("X-TC-RequestClient", "mock-sts-kit");
    if (unsignedPayload) {
      headers.put("X-TC-Content-SHA256", TencentTc3Signer.UNSIGNED_PAYLOAD);
    }
    beforeSigning.forEach((name, value) -> headers.put(headerName(name), value));

    Map<String, JsonNode> sentParams = new LinkedHashMap<>(business);
    afterSigning.forEach(
        (name, value) -> {
          if (!isHeader(name)) {
            sentParams.put(name, typed(name, value));
          }
        });
    sentParams.keySet().removeIf(dropped::contains);

    String contentType;
    String signedQuery = "";
    String sentQuery = "";
    String signedBody;
    String sentBody;
    if (rawBody != null) {
      contentType = rawContentType;
      signedBody = rawBody;
      sentBody = rawBody;
    } else if (get) {
      contentType = FORM;
      signedQuery = FormEncoding.encode(flatten(business));
      sentQuery = withRepeats(FormEncoding.encode(flatten(sentParams)));
      signedBody = "";
      sentBody = "";
    } else if (formBody) {
      contentType = FORM;
      signedBody = FormEncoding.encode(flatten(business));
      sentBody = withRepeats(FormEncoding.encode(flatten(sentParams)));
    } else {
      contentType = jsonContentType;
      signedBody = jsonObject(business);
      sentBody = jsonWithRepeats(jsonObject(sentParams));
    }
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }

    String stringToSign = null;
    if (signing == Signing.TC3) {
      Map<String, String> signedHeaders = new LinkedHashMap<>();
      signedHeaders.put("content-type", contentType == null ? "" : contentType);
      signedHeaders.put("host", signedHost);
      String payloadHash =
          TencentTc3Signer.hashedPayload(
              (unsignedPayload ? TencentTc3Signer.UNSIGNED_PAYLOAD : signedBody)
                  .getBytes(StandardCharsets.UTF_8));
      String date =
          LocalDate.parse(TencentTc3Signer.date(timestamp)).plusDays(scopeDayShift).toString();
      TencentTc3Signer.Signed signed =
          TencentTc3Signer.sign(
              get ? "GET" : httpMethod.toUpperCase(Locale.ROOT),
              signedQuery,
              signedHeaders,
              payloadHash,
              timestamp,
              date,
              service,
              secretId == null ? "" : secretId,
              secretOverride != null ? secretOverride : secretKey == null ? "" : secretKey);
      headers.put("Authorization", signed.authorization());
      stringToSign = signed.stringToSign();
    } else if (signing == Signing.SKIP) {
      headers.put("Authorization", "SKIP");
    }

    for (String name : dropped) {
      headers.remove(headerName(name));
    }
    afterSigning.forEach(
        (name, value) -> {
          if (isHeader(name)) {
            headers.put(headerName(name), value);
          }
        });

    URI uri = URI.create(endpoint + (sentQuery.isEmpty() ? "" : "?" + sentQuery));
    return new Exchange(
        new Sent(httpMethod, uri, headers, sentBody, stringToSign, language),
        execute(uri, headers, sentBody));
  }

  private Exchange sendV1(URI endpoint, String host, String signedHost, Instant now) {
    boolean get = httpMethod.equalsIgnoreCase("GET");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", action);
    params.put("Version", version);
    if (region != null) {
      params.put("Region", region);
    }
    params.put("Timestamp", Long.toString(now.getEpochSecond()));
    params.put(
        "Nonce", Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE)));
    params.put("SecretId", secretId == null ? "" : secretId);
    if (signatureMethod != null) {
      params.put("SignatureMethod", signatureMethod);
    }
    if (token != null) {
      params.put("Token", token);
    }
    if (language != null) {
      params.put("Language", language);
    }
    params.put("RequestClient", "mock-sts-kit");
    params.putAll(flatten(business));
    params.putAll(beforeSigning);
    String stringToSign =
        TencentV1Signer.stringToSign(
            get ? "GET" : httpMethod.toUpperCase(Locale.ROOT), signedHost, "/", params);
    params.put(
        "Signature",
        TencentV1Signer.signature(
            stringToSign, secretOverride != null ? secretOverride : secretKey, signatureMethod));
    params.keySet().removeAll(dropped);
    afterSigning.forEach(
        (name, value) -> {
          if (!isHeader(name)) {
            params.put(name, value);
          }
        });

    Map<String, String> headers = new LinkedHashMap<>();
    String query = get ? withRepeats(FormEncoding.encode(params)) : "";
    String body = rawBody != null ? rawBody : get ? "" : withRepeats(FormEncoding.encode(params));
    String contentType = rawBody != null ? rawContentType : FORM;
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    for (String name : dropped) {
      headers.remove(name);
    }
    afterSigning.forEach(
        (name, value) -> {
          if (isHeader(name)) {
            headers.put(name, value);
          }
        });
    URI uri = URI.create(endpoint + (query.isEmpty() ? "" : "?" + query));
    return new Exchange(
        new Sent(httpMethod, uri, headers, body, stringToSign, language),
        execute(uri, headers, body));
  }

  private boolean isHeader(String name) {
    return name.equals("Authorization")
        || name.equals("Content-Type")
        || name.regionMatches(true, 0, "X-TC-", 0, 5)
        || (signing != Signing.V1 && TC3_HEADERS.containsKey(name));
  }

  private static String headerName(String name) {
    return TC3_HEADERS.getOrDefault(name, name);
  }

  private static JsonNode typed(String name, String value) {
    if (value == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    if (value.startsWith("json:")) {
      return parse(value.substring("json:".length()));
    }
    if (INTEGER_PARAMETERS.contains(name) && INTEGER.matcher(value).matches()) {
      return JSON.getNodeFactory().numberNode(new java.math.BigInteger(value));
    }
    if (LIST_PARAMETERS.contains(name) && value.startsWith("[")) {
      return parse(value);
    }
    if (name.equals("Policy")) {
      return JSON.getNodeFactory().textNode(FormEncoding.percentEncode(value));
    }
    return JSON.getNodeFactory().textNode(value);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  private static String jsonObject(Map<String, JsonNode> params) {
    ObjectNode object = JSON.createObjectNode();
    params.forEach(object::set);
    return object.toString();
  }

  /**
   * Flattens JSON values into query parameters: {@code Tags.0.Key=k} (Tencent TC3-HMAC-SHA256
   * signature).
   */
  static Map<String, String> flatten(Map<String, JsonNode> params) {
    Map<String, String> flat = new LinkedHashMap<>();
    params.forEach((name, value) -> flatten(name, value, flat));
    return flat;
  }

  private static void flatten(String prefix, JsonNode value, Map<String, String> flat) {
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        flatten(prefix + "." + i, value.get(i), flat);
      }
    } else if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        flatten(prefix + "." + field.getKey(), field.getValue(), flat);
      }
    } else if (!value.isNull()) {
      flat.put(prefix, value.asText());
    }
  }

  private ApiResponse execute(URI uri, Map<String, String> headers, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    headers.forEach(request::header);
    request.method(
        httpMethod,
        body.isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      long started = System.nanoTime();
      HttpRequest built = request.build();
      HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
      Recorder.exchanged("tencent", action, built, body, response, started, this::replayTo);
      return new ApiResponse(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("request to " + uri.getHost() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Record mode (kit.record): the same logical request, its names and keys translated, signed and
   * sent to {@code endpoint} as this one was (same timestamp; a wrong secret or a change after
   * signing stays so).
   */
  private void replayTo(URI endpoint, Translation t) {
    ApiCall copy = new ApiCall();
    copy.httpMethod = httpMethod;
    copy.formBody = formBody;
    copy.signing = signing;
    copy.signatureMethod = signatureMethod;
    copy.action = action;
    copy.version = version;
    copy.region = region;
    copy.language = language;
    business.forEach((name, value) -> copy.business.put(name, parse(t.text(value.toString()))));
    beforeSigning.forEach((name, value) -> copy.beforeSigning.put(name, t.text(value)));
    afterSigning.forEach((name, value) -> copy.afterSigning.put(name, t.text(value)));
    copy.dropped.addAll(dropped);
    Translation.Key key = t.key(new Translation.Key(secretId, secretKey, token));
    copy.credentials(key.id(), key.secret(), key.token());
    copy.secretOverride = secretOverride;
    copy.service = service;
    copy.scopeDayShift = scopeDayShift;
    copy.hostWithoutPort = hostWithoutPort;
    copy.unsignedPayload = unsignedPayload;
    copy.jsonContentType = jsonContentType;
    copy.rawBody = t.text(rawBody);
    copy.rawContentType = rawContentType;
    repeated.forEach(r -> copy.repeated.add(Map.entry(r.getKey(), t.text(r.getValue()))));
    copy.send(endpoint, sentAt);
  }
}
