package io.mocksts.internal.wiremock;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mocksts.internal.http.MetadataRoutes;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An extra plain-HTTP listener serving only the metadata paths ({@link MetadataRoutes}), for the
 * fixed addresses the default credential chains call ({@code http://100.100.100.200}, {@code
 * http://metadata.tencentyun.com}, both on port 80): every other path, {@code /__admin} included,
 * is answered 404, so the control surface and the STS are never reachable through it. Requests in
 * absolute form (a client using this listener as its HTTP proxy) are answered by their path. Bodies
 * are not read beyond {@link #MAX_BODY_BYTES}.
 */
public final class MetadataListener implements AutoCloseable {

  static final int MAX_BODY_BYTES = 1024;

  static final int THREADS = 16;

  private final HttpServer server;
  private final ExecutorService executor;

  private MetadataListener(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Opens the listener.
   *
   * @param port the port, 0 for any free one
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static MetadataListener start(String bindAddress, int port, MetadataRoutes routes) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(bindAddress, port), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the metadata listener on " + bindAddress + ":" + port, e);
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
              Thread t = new Thread(r, "mock-sts-metadata");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", exchange -> answer(exchange, routes));
    server.start();
    return new MetadataListener(server, executor);
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void answer(HttpExchange exchange, MetadataRoutes routes) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
      StsResponse response;
      byte[] body = readBounded(exchange.getRequestBody());
      if (body == null) {
        response = StsResponse.of(413, "text/plain; charset=utf-8", "Payload Too Large");
      } else {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach(headers::put);
        StsRequest request =
            new StsRequest(
                exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT),
                path,
                uri.getRawQuery(),
                headers,
                body,
                "http");
        response =
            routes.recognises(request)
                ? routes.handle(request)
                : StsResponse.of(404, "text/plain; charset=utf-8", "Not Found");
      }
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      byte[] out = response.body();
      boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
      exchange.sendResponseHeaders(response.status(), head || out.length == 0 ? -1 : out.length);
      if (!head && out.length > 0) {
        try (OutputStream stream = exchange.getResponseBody()) {
          stream.write(out);
        }
      }
    } catch (RuntimeException e) {
      byte[] out = "Internal Server Error".getBytes(StandardCharsets.UTF_8);
      try {
        exchange.sendResponseHeaders(500, out.length);
        exchange.getResponseBody().write(out);
      } catch (IOException ignored) {
        // the client is gone
      }
    }
  }

  /** The body, or {@code null} when it is longer than {@link #MAX_BODY_BYTES}. */
  private static byte[] readBounded(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    return bytes.length > MAX_BODY_BYTES ? null : bytes;
  }
}
