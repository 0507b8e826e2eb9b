package io.mocksts.kit.alibaba;

import io.mocksts.kit.Credentials;
import io.mocksts.kit.Reply;
import io.mocksts.kit.VendorCall;
import io.mocksts.kit.record.Recorder;
import io.mocksts.kit.record.Translation;
import io.mocksts.kit.signing.AlibabaV1Signer;
import io.mocksts.kit.signing.AlibabaV3Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One Alibaba RPC request as a scenario shapes it, then signs and sends it with the kit's own
 * signers (Alibaba common parameters,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md;
 * Alibaba V1 signature,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md;
 * Alibaba V3 signature,
 * https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature). Every knob a
 * scenario needs to provoke a documented error is here: parameters overridden before signing (so
 * the signature covers them), parameters dropped or changed after signing, a wrong secret, a fixed
 * nonce, a shifted clock, a raw body.
 */
public final class RpcCall implements VendorCall {

  /** How the request is authenticated. */
  public enum Signing {
    V1,
    V3,
    NONE
  }

  /** Where business parameters travel. */
  public enum Placement {
    QUERY,
    FORM
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private String httpMethod = "POST";
  private Placement placement = Placement.QUERY;
  private Signing signing = Signing.V1;
  private String action;
  private String version = "2015-04-01";
  private String format = "JSON";
  private final Map<String, String> business = new LinkedHashMap<>();
  private final Map<String, String> beforeSigning = new LinkedHashMap<>();
  private final Map<String, String> afterSigning = new LinkedHashMap<>();
  private final Set<String> dropped = new HashSet<>();
  private String accessKeyId;
  private String secret;
  private String securityToken;
  private String secretOverride;
  private String nonce;
  private boolean spaceAsPlus;
  private String rawBody;
  private String contentType;
  private final java.util.List<Map.Entry<String, String>> repeated = new java.util.ArrayList<>();
  private Instant sentAt;

  /** What was sent, for assertions about the exchange. */
  public record Sent(
      String httpMethod, URI uri, Map<String, String> parameters, String stringToSign) {}

  @Override
  public RpcCall action(String value) {
    this.action = value;
    return this;
  }

  @Override
  public RpcCall version(String value) {
    this.version = value;
    return this;
  }

  /** The Format parameter; {@code null} leaves it out. */
  public RpcCall format(String value) {
    this.format = value;
    return this;
  }

  @Override
  public RpcCall httpMethod(String value) {
    this.httpMethod = value;
    return this;
  }

  public RpcCall placement(Placement value) {
    this.placement = value;
    return this;
  }

  public RpcCall signing(Signing value) {
    this.signing = value;
    return this;
  }

  public Signing signing() {
    return signing;
  }

  @Override
  public RpcCall credentials(String id, String secretValue, String token) {
    this.accessKeyId = id;
    this.secret = secretValue;
    this.securityToken = token;
    return this;
  }

  /** Signs with another secret than the one the caller holds. */
  @Override
  public RpcCall signWithSecret(String value) {
    this.secretOverride = value;
    return this;
  }

  @Override
  public RpcCall parameter(String name, String value) {
    business.put(name, value);
    return this;
  }

  /** Sets a common parameter before signing, e.g. {@code SignatureMethod=HMAC-SHA256}. */
  @Override
  public RpcCall commonParameter(String name, String value) {
    beforeSigning.put(name, value);
    return this;
  }

  /** Leaves a parameter out of the request after signing (e.g. {@code Signature}). */
  @Override
  public RpcCall drop(String name) {
    dropped.add(name);
    return this;
  }

  /** Changes a parameter after signing: the signature no longer covers what is sent. */
  @Override
  public RpcCall tamper(String name, String value) {
    afterSigning.put(name, value);
    return this;
  }

  public RpcCall nonce(String value) {
    this.nonce = value;
    return this;
  }

  /** Encodes spaces as {@code +} on the wire, as java.net.URLEncoder-based SDKs do. */
  public RpcCall spaceAsPlus(boolean value) {
    this.spaceAsPlus = value;
    return this;
  }

  /**
   * Sends the parameter once more, with this value, appended to the query after signing: the
   * request then carries the name twice.
   */
  @Override
  public RpcCall repeat(String name, String value) {
    repeated.add(Map.entry(name, value));
    return this;
  }

  /** Sends this body, with this Content-Type, instead of the form body. */
  @Override
  public RpcCall rawBody(String body, String type) {
    this.rawBody = body;
    this.contentType = type;
    return this;
  }

  /**
   * Signs and sends the request at {@code now} (the target's time). A call keeps its nonce, so
   * sending it again replays it exactly.
   */
  @Override
  public Exchange send(URI endpoint, Instant now) {
    if (nonce == null) {
      nonce = UUID.randomUUID().toString();
    }
    if (secretOverride != null) {
      secret = secretOverride;
    }
    sentAt = now;
    return signing == Signing.V3 ? sendV3(endpoint, now, nonce) : sendV1(endpoint, now, nonce);
  }

  /** A request as sent and the response received. */
  public record Exchange(Sent sent, RpcResponse response) implements VendorCall.Exchange {}

  @Override
  public RpcCall anonymous() {
    return signing == Signing.V1 ? signing(Signing.NONE) : this;
  }

  @Override
  public RpcCall formBody() {
    return placement(Placement.FORM);
  }

  /** Signs again with the same nonce and timestamp: the target sees the same request. */
  @Override
  public Exchange resend(URI endpoint, VendorCall.Exchange previous, Instant sentAt) {
    return send(endpoint, sentAt);
  }

  @Override
  public boolean retriesAfter(Reply reply) {
    return false;
  }

  @Override
  public Optional<Credentials> issuedBy(Reply reply, String action) {
    return Credentials.in(
        reply,
        "temporary credentials of " + reply.field("AssumedRoleUser.Arn").orElse("?"),
        "Credentials.AccessKeyId",
        "Credentials.AccessKeySecret",
        "Credentials.SecurityToken");
  }

  private Exchange sendV1(URI endpoint, Instant now, String usedNonce) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", action);
    params.put("Version", version);
    if (format != null) {
      params.put("Format", format);
    }
    params.putAll(business);
    params.putAll(beforeSigning);
    String stringToSign = null;
    if (signing == Signing.V1) {
      params.putIfAbsent("Timestamp", TIMESTAMP.format(now));
      params =
          new LinkedHashMap<>(
              AlibabaV1Signer.sign(
                  httpMethod, params, accessKeyId, secret, securityToken, now, usedNonce));
      Map<String, String> signed = new LinkedHashMap<>(params);
      signed.remove("Signature");
      stringToSign = AlibabaV1Signer.stringToSign(httpMethod, signed);
    }
    params.keySet().removeAll(dropped);
    params.putAll(afterSigning);

    Map<String, String> query = new LinkedHashMap<>(params);
    Map<String, String> form = new LinkedHashMap<>();
    if (placement == Placement.FORM) {
      for (String name : business.keySet()) {
        if (query.containsKey(name)) {
          form.put(name, query.remove(name));
        }
      }
    }
    String wireQuery = encode(query);
    for (Map.Entry<String, String> again : repeated) {
      wireQuery += "&" + wire(again.getKey()) + "=" + wire(again.getValue());
    }
    URI uri = URI.create(endpoint + "?" + wireQuery);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    String body = rawBody != null ? rawBody : encode(form);
    String type = rawBody != null ? contentType : "application/x-www-form-urlencoded";
    if (!body.isEmpty() && type != null) {
      request.header("Content-Type", type);
    }
    request.method(
        httpMethod,
        body.isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return new Exchange(
        new Sent(httpMethod, uri, params, stringToSign), execute(request.build(), body));
  }

  private Exchange sendV3(URI endpoint, Instant now, String usedNonce) {
    Map<String, String> query = new LinkedHashMap<>(business);
    if (format != null) {
      query.put("Format", format);
    }
    byte[] body = new byte[0];
    String host = endpoint.getHost() + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "");
    Map<String, String> headers =
        AlibabaV3Signer.signedHeaders(
            httpMethod,
            host,
            query,
            body,
            action,
            version,
            accessKeyId,
            secret,
            securityToken,
            now,
            usedNonce);
    Map<String, String> sentHeaders = new LinkedHashMap<>(headers);
    sentHeaders.keySet().removeAll(dropped);
    sentHeaders.putAll(afterSigning);
    sentHeaders.remove("host");
    URI uri = URI.create(endpoint + (query.isEmpty() ? "" : "?" + encode(query)));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    sentHeaders.forEach(request::header);
    request.method(
        httpMethod,
        rawBody == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(rawBody));
    if (rawBody != null && contentType != null) {
      request.header("Content-Type", contentType);
    }
    return new Exchange(
        new Sent(httpMethod, uri, query, null),
        execute(request.build(), rawBody == null ? "" : rawBody));
  }

  private String encode(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> wire(e.getKey()) + "=" + wire(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private String wire(String value) {
    return spaceAsPlus
        ? URLEncoder.encode(value, StandardCharsets.UTF_8)
        : AlibabaV1Signer.percentEncode(value);
  }

  private RpcResponse execute(HttpRequest request, String body) {
    try {
      long started = System.nanoTime();
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      Recorder.exchanged("alibaba", action, request, body, response, started, this::replayTo);
      return new RpcResponse(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("request to " + request.uri().getHost() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Record mode (kit.record): the same logical request, its names and keys translated, signed and
   * sent to {@code endpoint} as this one was (same nonce and timestamp; a wrong secret or a change
   * after signing stays so).
   */
  private void replayTo(URI endpoint, Translation t) {
    RpcCall copy = new RpcCall();
    copy.httpMethod = httpMethod;
    copy.placement = placement;
    copy.signing = signing;
    copy.action = action;
    copy.version = version;
    copy.format = format;
    business.forEach((name, value) -> copy.business.put(name, t.text(value)));
    beforeSigning.forEach((name, value) -> copy.beforeSigning.put(name, t.text(value)));
    afterSigning.forEach((name, value) -> copy.afterSigning.put(name, t.text(value)));
    copy.dropped.addAll(dropped);
    Translation.Key key = t.key(new Translation.Key(accessKeyId, secret, securityToken));
    copy.credentials(key.id(), key.secret(), key.token());
    copy.secretOverride = secretOverride;
    copy.nonce = nonce;
    copy.spaceAsPlus = spaceAsPlus;
    copy.rawBody = t.text(rawBody);
    copy.contentType = contentType;
    repeated.forEach(r -> copy.repeated.add(Map.entry(r.getKey(), t.text(r.getValue()))));
    copy.send(endpoint, sentAt);
  }
}
