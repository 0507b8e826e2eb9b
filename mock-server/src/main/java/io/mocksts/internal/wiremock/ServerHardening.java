package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.common.NetworkAddressRules;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.mocksts.internal.http.AdminAccess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The server settings that keep the mock standing against hostile clients (see {@link
 * GuardedJettyServer}): bounded, asynchronous request bodies, a guarded admin context, masked
 * journal copies, and proxy stubs refused unless enabled.
 */
public final class ServerHardening {

  /** The largest body either vendor documents (Alibaba POST and Tencent TC3 POST: 10 MB). */
  public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

  /**
   * All request bodies being received or answered at once (STS and admin) hold at most this many
   * bytes: 64 MB, or a sixteenth of the heap when that is smaller (an answered body is copied a few
   * times while it is parsed), so that -Xmx512m gives 32 MB.
   */
  public static long maxInFlightBytes() {
    return Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16);
  }

  /** Admin requests (stub imports included) stay below this. */
  public static final long MAX_ADMIN_BODY_BYTES = 10L * 1024 * 1024;

  /** A body must have arrived whole within this time of its first byte being awaited. */
  public static final Duration BODY_DEADLINE = Duration.ofSeconds(30);

  /** After {@link #BODY_GRACE}, a body arriving slower than this is cut off. */
  public static final long MIN_BODY_BYTES_PER_SECOND = 1024;

  /** The time a body may take before the minimum data rate applies. */
  public static final Duration BODY_GRACE = Duration.ofSeconds(5);

  /** Threads that answer requests; bodies are received without holding one. */
  public static final int THREADS = 64;

  /** A connection with nothing to read or write for this long is closed. */
  public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  private ServerHardening() {}

  /**
   * Applies the settings to a WireMock configuration.
   *
   * @param extensions the composition root (its router answers refused requests)
   * @param access who may use the admin routes
   * @param proxyStubs whether stubs may proxy to other hosts ({@code proxyBaseUrl}); off by default
   *     because a stub added through the admin API would make the mock connect anywhere
   * @param root WireMock's (empty) files root
   * @param faultLog where 5xx answers are reported
   */
  public static WireMockConfiguration apply(
      WireMockConfiguration config,
      MockStsExtensions extensions,
      AdminAccess access,
      boolean proxyStubs,
      Path root,
      Consumer<String> faultLog) {
    ReceivingFilter.Limits sts =
        new ReceivingFilter.Limits(
            MAX_BODY_BYTES,
            maxInFlightBytes(),
            BODY_DEADLINE,
            MIN_BODY_BYTES_PER_SECOND,
            BODY_GRACE);
    ReceivingFilter.Limits admin =
        new ReceivingFilter.Limits(
            MAX_ADMIN_BODY_BYTES,
            maxInFlightBytes(),
            BODY_DEADLINE,
            MIN_BODY_BYTES_PER_SECOND,
            BODY_GRACE);
    config
        .httpServerFactory(
            new GuardedJettyServer.Factory(
                extensions::router, access, sts, admin, faultLog, extensions.graceful()))
        .containerThreads(THREADS)
        .threadPoolFactory(new MockStsThreadPool()) // named threads: docs/embedding.md, "Logging"
        // No cleartext HTTP/2 (h2c upgrade): no STS speaks it, and its upgrade of a request with a
        // body does not survive a body received asynchronously. HTTP/2 over TLS stays available.
        .http2PlainDisabled(true)
        .jettyIdleTimeout(IDLE_TIMEOUT.toMillis())
        .withStores(new RedactedJournal(new SingleRootFileSource(root.toFile())));
    if (!proxyStubs) {
      config.limitProxyTargets(
          NetworkAddressRules.builder()
              .deny("*")
              .deny("0.0.0.0-255.255.255.255")
              .deny("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")
              .build());
    }
    return config;
  }
}
