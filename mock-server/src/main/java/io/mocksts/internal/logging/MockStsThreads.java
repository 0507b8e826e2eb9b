package io.mocksts.internal.logging;

import java.util.function.Supplier;

/**
 * Which threads do the mock's own work, so that the libraries it runs there (Jetty, WireMock,
 * Santuario, OpenSAML, Jackson) do not write what they see to the user's log below WARN: their
 * DEBUG lines carry request lines, headers, buffers and pre-digested XML, and so signatures,
 * security tokens, SAML assertions and OIDC tokens (docs/embedding.md, "Logging").
 *
 * <p>The mock's server threads are named with {@link #PREFIX}; work the mock does on a user's
 * thread (the test IdP signing a Response) runs {@link #quietly}.
 */
public final class MockStsThreads {

  /** The name prefix of every thread of the mock's HTTP server. */
  public static final String PREFIX = "mock-sts-";

  private static final ThreadLocal<int[]> QUIET = ThreadLocal.withInitial(() -> new int[1]);

  private MockStsThreads() {}

  /** Whether the current thread is doing the mock's work. */
  public static boolean quiet() {
    return QUIET.get()[0] > 0 || Thread.currentThread().getName().startsWith(PREFIX);
  }

  /** Runs {@code work} on this thread as the mock's work (see {@link #quiet()}). */
  public static <T> T quietly(Supplier<T> work) {
    int[] depth = QUIET.get();
    depth[0]++;
    try {
      return work.get();
    } finally {
      depth[0]--;
    }
  }
}
