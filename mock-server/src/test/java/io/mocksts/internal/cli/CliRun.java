package io.mocksts.internal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;

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
}
