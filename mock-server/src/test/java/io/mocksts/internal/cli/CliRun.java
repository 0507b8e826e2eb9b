package io.mocksts.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * One run of {@code mock-sts.jar} in this JVM ({@link Main#run}): its exit code and what it wrote
 * to its output and error streams.
 */
record CliRun(int exit, String out, String err) {

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** A port nothing listens on at the moment. */
  static int freePort() throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }

  /**
   * Waits until a mock served by a run answers {@code /__admin/health} at {@code base}, and answers
   * that response; a TLS failure is not a mock still starting, and is thrown at once.
   */
  static HttpResponse<String> awaitHealth(HttpClient client, URI base, Duration within)
      throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      try {
        return client.send(
            HttpRequest.newBuilder(base.resolve("/__admin/health")).build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (SSLException handshake) {
        throw handshake;
      } catch (IOException notYet) {
        assertThat(System.nanoTime()).as("the mock started").isLessThan(deadline);
        Thread.sleep(100);
      }
    }
  }
}
