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

/** {@code mock-sts.jar --metadata-*}: the instance metadata flags. */
class MetadataFlagsTest {

  @Test
  void whenTheMetadataPortIsOutOfRangeThenOneClearLineSaysSo() {
    StringWriter err = new StringWriter();

    int exit = run(err, "--port", "0", "--metadata-port", "99999");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo(
            "mock-sts could not start: metadata port must be between 0 and 65535, not 99999");
  }

  @Test
  void whenTheMetadataRoleIsNotInTheWorldThenOneClearLineNamesIt() {
    StringWriter err = new StringWriter();

    int exit = run(err, "--port", "0", "--metadata-tencent-role", "no-such-role");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo(
            "mock-sts could not start: the metadata role \"no-such-role\" is not a role of any"
                + " tencent account of the world");
  }

  @Test
  void whenTheMetadataPortIsBusyThenOneClearLineSaysSo() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      StringWriter err = new StringWriter();

      int exit = run(err, "--port", "0", "--metadata-port", String.valueOf(busy.getLocalPort()));

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString())
          .startsWith("mock-sts could not start: cannot listen on 127.0.0.1 metadata port ")
          .doesNotContain("Exception", "java.");
    }
  }

  @Test
  void whenServingWithAMetadataPortThenItAnswersTheChosenRoleAndEnforcesTheToken()
      throws Exception {
    int port = freePort();
    int metadataPort = freePort();
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> serving =
        CompletableFuture.supplyAsync(
            () ->
                run(
                    err,
                    "--port",
                    String.valueOf(port),
                    "--metadata-port",
                    String.valueOf(metadataPort),
                    "--metadata-alibaba-role",
                    "mock-long-role",
                    "--metadata-token-required"));
    HttpClient http = HttpClient.newHttpClient();
    String listing =
        "http://127.0.0.1:" + metadataPort + "/latest/meta-data/ram/security-credentials/";
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    HttpResponse<String> unauthorised;
    while (true) {
      try {
        unauthorised =
            http.send(
                HttpRequest.newBuilder(URI.create(listing)).build(),
                HttpResponse.BodyHandlers.ofString());
        break;
      } catch (java.io.IOException notYet) {
        assertThat(System.nanoTime()).as("the mock started: " + err).isLessThan(deadline);
        Thread.sleep(100);
      }
    }
    assertThat(unauthorised.statusCode()).as("IMDSv2 enforced").isEqualTo(401);
    String token =
        http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + metadataPort + "/latest/api/token"))
                    .header("X-aliyun-ecs-metadata-token-ttl-seconds", "300")
                    .PUT(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    HttpResponse<String> role =
        http.send(
            HttpRequest.newBuilder(URI.create(listing))
                .header("X-aliyun-ecs-metadata-token", token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(role.statusCode()).isEqualTo(200);
    assertThat(role.body()).isEqualTo("mock-long-role");

    http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__admin/shutdown"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(serving.get(10, TimeUnit.SECONDS)).as(err.toString()).isZero();
  }

  private static int run(StringWriter err, String... args) {
    return Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
  }

  private static int freePort() throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }
}
