package io.mocksts;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one mock STS listens ({@link MockSts#endpoints()}). Both vendors share each listener: an
 * Alibaba Cloud and a Tencent Cloud SDK are pointed at the same address.
 *
 * <p>The SDKs take an endpoint as {@code host:port} without a scheme and the scheme as a separate
 * setting: {@link #httpHost()} with protocol HTTP, or {@link #httpsHost()} with HTTPS (trust {@link
 * MockSts#tlsCertificatePem()} then).
 *
 * @param http the plain-HTTP base URI, e.g. {@code http://127.0.0.1:8080}
 * @param https the HTTPS base URI, when HTTPS is enabled ({@link
 *     MockStsOptions#withHttpsPort(int)})
 */
public record Endpoints(URI http, Optional<URI> https) {

  public Endpoints {
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(https, "https");
  }

  /** The HTTP listener as the SDKs take it: {@code 127.0.0.1:PORT}. */
  public String httpHost() {
    return http.getAuthority();
  }

  /** The HTTPS listener as the SDKs take it, when HTTPS is enabled. */
  public Optional<String> httpsHost() {
    return https.map(URI::getAuthority);
  }

  /** The HTTP port. */
  public int httpPort() {
    return http.getPort();
  }

  /** The HTTPS port, when HTTPS is enabled. */
  public Optional<Integer> httpsPort() {
    return https.map(URI::getPort);
  }
}
