package io.mocksts.internal.wiremock;

import io.mocksts.internal.http.AdminAccess;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The gate in front of every {@code /__admin} route: applies {@link AdminAccess} and, for origins
 * that were explicitly allowed, answers CORS (preflights included) itself. WireMock's own admin
 * CORS filter, which echoes any origin with credentials, is removed ({@link GuardedJettyServer}).
 */
final class AdminGuardFilter implements Filter {

  private final AdminAccess access;

  AdminGuardFilter(AdminAccess access) {
    this.access = access;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String origin = request.getHeader("Origin");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    AdminAccess.Verdict verdict =
        access.judge(
            path,
            host(request),
            origin,
            request.getHeader("Authorization"),
            request.getHeader("X-Mock-Sts-Admin-Token"));
    boolean cors = access.corsAllowed(origin);
    if (cors) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Vary", "Origin");
    }
    if (cors && "OPTIONS".equals(request.getMethod())) {
      response.setStatus(204);
      response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
      response.setHeader(
          "Access-Control-Allow-Headers", "Authorization, Content-Type, X-Mock-Sts-Admin-Token");
      response.setHeader("Access-Control-Max-Age", "600");
      return;
    }
    if (verdict != AdminAccess.Verdict.ALLOWED) {
      refuse(response, verdict.status(), verdict.message());
      return;
    }
    chain.doFilter(request, response);
  }

  /** The Host header, or an HTTP/2 request's authority (HTTP/2 sends no Host header). */
  private static String host(HttpServletRequest request) {
    String host = request.getHeader("Host");
    return host != null ? host : request.getServerName();
  }

  /** A small JSON error, as the mock's other admin routes answer. */
  static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    byte[] body =
        ("{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"mock-sts admin\"");
    }
    response.getOutputStream().write(body);
  }
}
