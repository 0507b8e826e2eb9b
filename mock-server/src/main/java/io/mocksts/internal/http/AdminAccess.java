package io.mocksts.internal.http;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use the mock's control surface ({@code /__admin/*}): the defence against web pages in the
 * developer's browser and against DNS rebinding.
 *
 * <ul>
 *   <li>The {@code Host} must name the mock itself: {@code localhost}, a loopback address, the bind
 *       address (every local address when bound to all of them), or a name the operator allowed. A
 *       rebinding page reaches the mock under the attacker's host name and is refused.
 *   <li>A request from a web page (it carries {@code Origin}) is refused unless that origin was
 *       allowed; no CORS headers are sent otherwise, so pages can neither read nor change anything.
 *   <li>When an admin token is set, every admin route but {@code /__admin/health} needs it, as
 *       {@code Authorization: Bearer <token>} (or WireMock's {@code Token <token>}) or {@code
 *       X-Mock-Sts-Admin-Token}.
 * </ul>
 */
public final class AdminAccess {

  /** What is wrong with an admin request, or nothing. */
  public enum Verdict {
    ALLOWED(200, null),
    FOREIGN_HOST(403, "the Host header does not name this mock; allow it with --allowed-host"),
    FOREIGN_ORIGIN(
        403, "admin routes do not answer web pages; allow an origin with --admin-cors-origin"),
    TOKEN_REQUIRED(401, "this mock needs its admin token: Authorization: Bearer <token>");

    private final int status;
    private final String message;

    Verdict(int status, String message) {
      this.status = status;
      this.message = message;
    }

    public int status() {
      return status;
    }

    public String message() {
      return message;
    }
  }

  private final Set<String> hosts;
  private final Set<String> origins;
  private final Optional<String> token;

  /**
   * @param bindAddress the address the mock listens on
   * @param allowedHosts further host names the operator allowed (e.g. a service name)
   * @param allowedOrigins web origins allowed to call admin routes with CORS
   * @param token the admin token, if one is required
   */
  public AdminAccess(
      String bindAddress,
      Collection<String> allowedHosts,
      Collection<String> allowedOrigins,
      Optional<String> token) {
    Set<String> names = new LinkedHashSet<>();
    names.add("localhost");
    names.add("127.0.0.1");
    names.add("::1");
    names.add(normalise(bindAddress));
    if (isWildcard(bindAddress)) {
      names.addAll(localAddresses());
    }
    allowedHosts.forEach(h -> names.add(normalise(h)));
    this.hosts = Collections.unmodifiableSet(names);
    Set<String> o = new LinkedHashSet<>();
    allowedOrigins.forEach(x -> o.add(x.toLowerCase(Locale.ROOT)));
    this.origins = Collections.unmodifiableSet(o);
    this.token = token.filter(t -> !t.isEmpty());
  }

  /** Whether an address listens beyond this machine (anything but loopback). */
  public static boolean beyondLoopback(String bindAddress) {
    try {
      return !InetAddress.getByName(bindAddress).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return true;
    }
  }

  /**
   * Judges one admin request.
   *
   * @param path the path inside the admin context, e.g. {@code /requests} or {@code /health}
   * @param host the {@code Host} header, or {@code null}
   * @param origin the {@code Origin} header, or {@code null}
   * @param authorization the {@code Authorization} header, or {@code null}
   * @param tokenHeader the {@code X-Mock-Sts-Admin-Token} header, or {@code null}
   */
  public Verdict judge(
      String path, String host, String origin, String authorization, String tokenHeader) {
    if (host == null || !hosts.contains(hostName(host))) {
      return Verdict.FOREIGN_HOST;
    }
    if (origin != null && !origins.contains(origin.toLowerCase(Locale.ROOT))) {
      return Verdict.FOREIGN_ORIGIN;
    }
    if (token.isPresent() && !"/health".equals(path)) {
      String presented = presentedToken(authorization, tokenHeader);
      if (presented == null || !constantTimeEquals(presented, token.get())) {
        return Verdict.TOKEN_REQUIRED;
      }
    }
    return Verdict.ALLOWED;
  }

  /** Whether an origin may receive CORS headers (it was allowed explicitly). */
  public boolean corsAllowed(String origin) {
    return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
  }

  public Optional<String> token() {
    return token;
  }

  private static String presentedToken(String authorization, String tokenHeader) {
    if (tokenHeader != null && !tokenHeader.isBlank()) {
      return tokenHeader.trim();
    }
    if (authorization == null) {
      return null;
    }
    String value = authorization.trim();
    for (String scheme : new String[] {"Bearer ", "Token "}) {
      if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return value.substring(scheme.length()).trim();
      }
    }
    return null;
  }

  /** The host of a Host header: without its port, brackets removed, lower case. */
  static String hostName(String header) {
    String h = header.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(1, close);
    }
    int colon = h.indexOf(':');
    if (colon >= 0 && h.indexOf(':', colon + 1) < 0) {
      h = h.substring(0, colon);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  private static String normalise(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }

  private static boolean isWildcard(String bindAddress) {
    try {
      return InetAddress.getByName(bindAddress).isAnyLocalAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static Set<String> localAddresses() {
    Set<String> out = new LinkedHashSet<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          String text = address.getHostAddress();
          int zone = text.indexOf('%');
          out.add((zone < 0 ? text : text.substring(0, zone)).toLowerCase(Locale.ROOT));
        }
      }
      out.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
    } catch (SocketException | java.net.UnknownHostException e) {
      // only the names above
    }
    return out;
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
