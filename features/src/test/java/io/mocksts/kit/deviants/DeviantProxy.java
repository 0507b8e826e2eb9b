package io.mocksts.kit.deviants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.util.BytesRequestContent;
import org.eclipse.jetty.http.HttpField;

/**
 * An HTTP proxy in front of the honest reference STS that lets one {@link Deviant} change one
 * behaviour. Every request is forwarded as received (the Host header included, so that signatures
 * over it still verify); the deviant may repair a request and send it again, or edit the answer.
 * The proxy remembers the secrets of the temporary credentials the STS issues through it, so that a
 * deviant can re-sign a request made with them.
 */
final class DeviantProxy implements AutoCloseable {

  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "content-length",
          "transfer-encoding",
          "keep-alive",
          "expect",
          "upgrade",
          "te",
          "trailer",
          "date");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI upstream;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final HttpClient client = new HttpClient();
  private final Map<String, String> issuedSecrets = new ConcurrentHashMap<>();
  private final Map<String, Exchange.Request> issuingRequests = new ConcurrentHashMap<>();
  private final Keys keys;
  private volatile Deviant deviant;

  DeviantProxy(URI upstream, Keys keys) throws Exception {
    this.upstream = upstream;
    this.keys = keys;
    client.setFollowRedirects(false);
    client.getContentDecoderFactories().clear();
    // the kit sends SAML Responses and OIDC tokens in the query string (docs/architecture.md, rule
    // 8)
    client.setRequestBufferSize(1024 * 1024);
    client.setResponseBufferSize(1024 * 1024);
    client.start();
    // the STS's 401s carry no WWW-Authenticate challenge: pass them on, do not interpret them
    // (the default handlers are installed by start())
    client.getProtocolHandlers().clear();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** The base URI clients call. */
  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** The behaviour to change from now on. */
  void deviant(Deviant value) {
    this.deviant = value;
  }

  /** The secret of an access key: a key of the world, or temporary credentials seen issued. */
  String secretOf(String accessKeyId) {
    String issued = issuedSecrets.get(accessKeyId);
    return issued != null ? issued : keys.secret(accessKeyId);
  }

  private void handle(HttpExchange http) throws IOException {
    try (http) {
      Exchange.Request request = read(http);
      Exchange.Response response;
      boolean admin = request.rawPath().startsWith("/__admin");
      if (admin) {
        response = forward(request);
      } else {
        response = deviant.handle(request, new Upstream());
      }
      write(http, response);
    } catch (RuntimeException e) {
      byte[] body = ("deviant proxy: " + e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      http.sendResponseHeaders(502, body.length);
      http.getResponseBody().write(body);
    }
  }

  /** The honest STS behind the proxy, as a deviant sees it. */
  final class Upstream {

    Exchange.Response send(Exchange.Request request) {
      return forward(request);
    }

    String secretOf(String accessKeyId) {
      return DeviantProxy.this.secretOf(accessKeyId);
    }

    /** The request whose answer issued these temporary credentials, if it went through here. */
    java.util.Optional<Exchange.Request> issuing(String accessKeyId) {
      return java.util.Optional.ofNullable(issuingRequests.get(accessKeyId));
    }
  }

  private static Exchange.Request read(HttpExchange http) throws IOException {
    List<Exchange.Header> headers = new ArrayList<>();
    http.getRequestHeaders()
        .forEach((name, values) -> values.forEach(v -> headers.add(new Exchange.Header(name, v))));
    byte[] body;
    try (InputStream in = http.getRequestBody()) {
      body = in.readAllBytes();
    }
    URI uri = http.getRequestURI();
    return new Exchange.Request(
        http.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body);
  }

  private Exchange.Response forward(Exchange.Request request) {
    String target =
        upstream.getScheme()
            + "://"
            + upstream.getRawAuthority()
            + request.rawPath()
            + (request.rawQuery() == null ? "" : "?" + request.rawQuery());
    Request out =
        client
            .newRequest(URI.create(target))
            .method(request.method())
            .timeout(60, TimeUnit.SECONDS)
            .followRedirects(false);
    String contentType = request.header("Content-Type").orElse(null);
    out.headers(
        h -> {
          h.remove(org.eclipse.jetty.http.HttpHeader.USER_AGENT);
          h.remove(org.eclipse.jetty.http.HttpHeader.ACCEPT_ENCODING);
          for (Exchange.Header header : request.headers()) {
            String lower = header.name().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !lower.equals("content-type")) {
              h.add(header.name(), header.value());
            }
          }
        });
    if (request.body().length > 0 || contentType != null) {
      out.body(new BytesRequestContent(contentType, request.body()));
    }
    ContentResponse answer;
    try {
      answer = out.send();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException("the reference STS did not answer", e);
    }
    List<Exchange.Header> headers = new ArrayList<>();
    for (HttpField field : answer.getHeaders()) {
      if (!HOP_BY_HOP.contains(field.getName().toLowerCase(Locale.ROOT))) {
        headers.add(new Exchange.Header(field.getName(), field.getValue()));
      }
    }
    Exchange.Response response =
        new Exchange.Response(answer.getStatus(), headers, answer.getContent());
    remember(request, response);
    return response;
  }

  /** Records the secrets of temporary credentials in an answer (Alibaba's or Tencent's). */
  private void remember(Exchange.Request request, Exchange.Response response) {
    if (!response.json() || response.status() != 200) {
      return;
    }
    try {
      JsonNode root = JSON.readTree(response.body());
      JsonNode alibaba = root.path("Credentials");
      if (alibaba.has("AccessKeyId") && alibaba.has("AccessKeySecret")) {
        issuedSecrets.put(
            alibaba.get("AccessKeyId").asText(), alibaba.get("AccessKeySecret").asText());
        issuingRequests.put(alibaba.get("AccessKeyId").asText(), request);
      }
      JsonNode tencent = root.path("Response").path("Credentials");
      if (tencent.has("TmpSecretId") && tencent.has("TmpSecretKey")) {
        issuedSecrets.put(
            tencent.get("TmpSecretId").asText(), tencent.get("TmpSecretKey").asText());
        issuingRequests.put(tencent.get("TmpSecretId").asText(), request);
      }
    } catch (IOException e) {
      // not JSON after all: nothing to remember
    }
  }

  private static void write(HttpExchange http, Exchange.Response response) throws IOException {
    for (Exchange.Header header : response.headers()) {
      http.getResponseHeaders().add(header.name(), header.value());
    }
    boolean empty = response.body().length == 0 || http.getRequestMethod().equalsIgnoreCase("HEAD");
    http.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
    if (!empty) {
      try (OutputStream out = http.getResponseBody()) {
        out.write(response.body());
      }
    }
  }

  @Override
  public void close() throws Exception {
    server.stop(0);
    threads.shutdownNow();
    client.stop();
  }
}
