package io.mocksts.internal.wiremock;

import io.mocksts.internal.http.MetadataRoutes;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An extra plain-HTTP listener serving only the metadata paths ({@link MetadataRoutes}), for the
 * fixed addresses the default credential chains call ({@code http://100.100.100.200}, {@code
 * http://metadata.tencentyun.com}, both on port 80): every other path, {@code /__admin} included,
 * is answered 404, so the control surface and the STS are never reachable through it. Requests in
 * absolute form (a client using this listener as its HTTP proxy) are answered by their path.
 *
 * <p>It is a small Jetty server of its own, so a slow client holds no thread while its request line
 * and headers trickle in: a connection silent for {@link #IDLE_TIMEOUT_MILLIS} ms is closed,
 * request heads are limited to {@link #MAX_HEAD_BYTES} bytes (431 beyond) and bodies to {@link
 * #MAX_BODY_BYTES} (413 beyond), and no error page carries a stack trace.
 */
public final class MetadataListener implements AutoCloseable {

  static final int MAX_BODY_BYTES = 1024;

  static final int MAX_HEAD_BYTES = 8 * 1024;

  static final long IDLE_TIMEOUT_MILLIS = 5_000;

  static final int THREADS = 16;

  private final Server server;
  private final ServerConnector connector;

  private MetadataListener(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Opens the listener.
   *
   * @param port the port, 0 for any free one
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static MetadataListener start(String bindAddress, int port, MetadataRoutes routes) {
    QueuedThreadPool threads = new QueuedThreadPool(THREADS, 2);
    threads.setName("mock-sts-metadata");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(MAX_HEAD_BYTES);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(bindAddress);
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
    server.addConnector(connector);
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowServlet(false);
    server.setErrorHandler(errors);
    server.setHandler(new Answer(routes));
    server.setStopTimeout(0);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      throw new UncheckedIOException(
          "cannot open the metadata listener on " + bindAddress + ":" + port,
          e instanceof IOException io ? io : new IOException(e.getMessage(), e));
    }
    return new MetadataListener(server, connector);
  }

  /** The bound port. */
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception ignored) {
      // stopping: nothing left to do
    }
  }

  /** Answers a metadata path through the routes, anything else 404. */
  private static final class Answer extends AbstractHandler {

    private final MetadataRoutes routes;

    Answer(MetadataRoutes routes) {
      this.routes = routes;
    }

    @Override
    public void handle(
        String target, Request base, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      base.setHandled(true);
      byte[] body = readBounded(request.getInputStream());
      StsResponse answer;
      if (body == null) {
        answer = StsResponse.of(413, "text/plain; charset=utf-8", "Payload Too Large");
      } else {
        String path = base.getHttpURI().getPath();
        StsRequest sts =
            new StsRequest(
                request.getMethod().toUpperCase(Locale.ROOT),
                path == null || path.isEmpty() ? "/" : path,
                base.getHttpURI().getQuery(),
                headers(request),
                body,
                "http");
        answer =
            routes.recognises(sts)
                ? routes.handle(sts)
                : StsResponse.of(404, "text/plain; charset=utf-8", "Not Found");
      }
      response.setStatus(answer.status());
      answer.headers().forEach(response::setHeader);
      byte[] out = answer.body();
      if (!"HEAD".equalsIgnoreCase(request.getMethod()) && out.length > 0) {
        response.setContentLength(out.length);
        response.getOutputStream().write(out);
      }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String name : Collections.list(request.getHeaderNames())) {
        headers.put(name, Collections.list(request.getHeaders(name)));
      }
      return headers;
    }

    /** The body, or {@code null} when it is longer than {@link #MAX_BODY_BYTES}. */
    private static byte[] readBounded(InputStream in) throws IOException {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }
  }
}
