package io.mocksts.internal.wiremock;

import java.time.Duration;

/**
 * How the server stops: at once (WireMock's way: every open connection is closed, requests in
 * flight are cut off), or gracefully ({@link GuardedJettyServer#stop()}): the listeners close, so
 * new connections are refused, and requests in flight may finish within the grace period before the
 * remaining connections are closed. Set just before stopping; read by the server as it stops.
 */
public final class GracefulStop {

  /** The longest grace period: a stop never waits longer than this. */
  public static final Duration MAX_GRACE = Duration.ofMinutes(5);

  private volatile Duration grace = Duration.ZERO;

  /** The grace period of the next stop; zero stops at once. */
  public void grace(Duration value) {
    if (value.isNegative() || value.compareTo(MAX_GRACE) > 0) {
      throw new IllegalArgumentException(
          "the grace period must be between 0 and " + MAX_GRACE.toSeconds() + " seconds");
    }
    this.grace = value;
  }

  Duration grace() {
    return grace;
  }
}
