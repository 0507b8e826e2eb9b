package io.mocksts.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code mock-sts.jar} serving: how it stops. */
class ServeCommandTest {

  @Test
  void whenThePortIsOutOfRangeThenOneClearLineSaysSo() {
    StringWriter err = new StringWriter();

    int exit =
        Main.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "--port",
            "99999");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("mock-sts could not start: port must be between 0 and 65535, not 99999");
  }

  @Test
  void whenTheWorldFileIsInvalidThenItsKeyIsNamedAndTheExitCodeIsTwo() throws Exception {
    java.nio.file.Path world = java.nio.file.Files.createTempFile("world", ".yaml");
    java.nio.file.Files.writeString(world, "alibaba:\n  accounts: 7\n");
    StringWriter err = new StringWriter();

    int exit =
        Main.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "--port",
            "0",
            "--world",
            world.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).startsWith("invalid world file: ").contains("alibaba.accounts: ");
    assertThat(err.toString()).doesNotContain("invalid world file: invalid world file");
    java.nio.file.Files.delete(world);
  }

  @Test
  void whenThePortIsBusyThenOneClearLineSaysSoWithoutAJavaException() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      StringWriter err = new StringWriter();

      int exit =
          Main.run(
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true),
              "--port",
              String.valueOf(busy.getLocalPort()));

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString())
          .startsWith("mock-sts could not start: cannot listen on 127.0.0.1 port ")
          .doesNotContain("Exception", "java.");
    }
  }

  @Test
  void whenTheAdminShutdownIsPostedThenTheServeCommandReturns() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> serving =
        CompletableFuture.supplyAsync(
            () ->
                Main.run(
                    new PrintWriter(new StringWriter(), true),
                    new PrintWriter(err, true),
                    "--port",
                    String.valueOf(port)));
    HttpClient http = HttpClient.newHttpClient();
    assertThat(
            CliRun.awaitHealth(http, URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(20))
                .statusCode())
        .isEqualTo(200);

    http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__admin/shutdown"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());

    assertThat(serving.get(10, TimeUnit.SECONDS)).as(err.toString()).isZero();
  }
}
