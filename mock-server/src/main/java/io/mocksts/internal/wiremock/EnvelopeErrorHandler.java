package io.mocksts.internal.wiremock;

import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import io.mocksts.internal.http.StsRouter;
import io.mocksts.internal.http.TransportError;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages replaced by the vendors' envelopes: a request the server cannot parse (a
 * request line or headers too long, a bad header, an unsupported HTTP version) or a fault while
 * answering gets the documented error body of the vendor it was meant for, never an HTML page, a
 * class name or a stack trace. Every 5xx is logged (without request content). WireMock's own 404
 * page for unmatched requests is kept ({@code notFound}).
 */
final class EnvelopeErrorHandler extends ErrorHandler {

  private final StsRouter router;
  private final ErrorHandler notFound;
  private final boolean admin;
  private final Consumer<String> faultLog;

  /**
   * @param router renders the vendor envelope
   * @param notFound the handler for 404s, or {@code null}
   * @param admin whether this handles admin routes (answered in the admin API's JSON)
   * @param faultLog where 5xx answers are reported
   */
  EnvelopeErrorHandler(
      StsRouter router, ErrorHandler notFound, boolean admin, Consumer<String> faultLog) {
    this.router = router;
    this.notFound = notFound;
    this.admin = admin;
    this.faultLog = faultLog;
    setShowStacks(false);
    setShowServlet(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = response.getStatus();
    if (status == 404 && notFound != null) {
      try {
        notFound.handle(target, baseRequest, request, response);
      } catch (jakarta.servlet.ServletException e) {
        throw new IOException(e);
      }
      return;
    }
    baseRequest.setHandled(true);
    if (status >= 500) {
      Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      faultLog.accept(
          "HTTP "
              + status
              + " for "
              + request.getMethod()
              + " "
              + request.getRequestURI()
              + (cause instanceof Throwable t ? ": " + t.getClass().getName() + where(t) : ""));
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    if (admin) {
      AdminGuardFilter.refuse(
          response, status, status >= 500 ? "the mock failed; see its log" : "bad request");
      return;
    }
    write(response, router.reject(toStsRequest(request, null), errorFor(status)));
  }

  /** Sends a protocol's answer through the servlet response. */
  static void write(HttpServletResponse response, StsResponse answer) throws IOException {
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    response.setContentLength(answer.body().length);
    response.getOutputStream().write(answer.body());
  }

  /**
   * The body Jetty sends when it cannot parse a request (the status stays Jetty's). Nothing of the
   * request is known here, so the envelope is the fallback vendor's (Alibaba).
   */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    if (status >= 500 && status != 505) {
      faultLog.accept("HTTP " + status + " for an unparseable request");
    }
    StsResponse answer =
        admin
            ? StsResponse.of(status, "application/json", "{\"error\":\"bad request\"}")
            : router.reject(
                new StsRequest("GET", "/", "", Map.of(), null, "http"), errorFor(status));
    fields.clear();
    answer.headers().forEach((name, value) -> fields.put(name, value));
    fields.put(HttpHeader.CONNECTION, "close");
    return ByteBuffer.wrap(answer.body());
  }

  private static TransportError errorFor(int status) {
    return switch (status) {
      case 413, 414, 431 -> TransportError.TOO_LARGE;
      case 408 -> TransportError.BODY_TIMEOUT;
      case 505 -> TransportError.MALFORMED_REQUEST;
      default -> status >= 500 ? TransportError.SERVER_FAULT : TransportError.MALFORMED_REQUEST;
    };
  }

  /** What the router needs to pick the vendor: the request's head and the body read so far. */
  static StsRequest toStsRequest(HttpServletRequest request, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    StsTransformer.withAuthority(headers, request.getServerName(), request.getServerPort());
    String query = request.getQueryString();
    return new StsRequest(
        request.getMethod(), request.getRequestURI(), query, headers, body, request.getScheme());
  }

  private static String where(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    return trace.length == 0 ? "" : " at " + trace[0];
  }
}
