package io.mocksts.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.MockSts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations side of {@code mock-sts.jar}: the {@code health} check containers run, the JSON
 * log options, and switching the request journal off.
 */
class OperationsCommandsTest {

  @Test
  void whenAMockIsServingThenHealthExitsZero() {
    try (MockSts sts = MockSts.start()) {
      CliRun health = CliRun.run("health", "--port", String.valueOf(sts.port()));

      assertThat(health.exit()).as(health.err()).isZero();
      assertThat(health.out()).startsWith("healthy: http://127.0.0.1:" + sts.port());
    }
  }

  @Test
  void whenNothingListensThenHealthExitsOneAndSaysWhy() throws Exception {
    CliRun health =
        CliRun.run("health", "--port", String.valueOf(CliRun.freePort()), "--timeout", "2");

    assertThat(health.exit()).isEqualTo(1);
    assertThat(health.err())
        .startsWith("unhealthy: http://127.0.0.1:")
        .contains("ConnectException");
  }

  @Test
  void whenALogFileIsGivenWithoutTheJsonFormatThenTheCommandLineIsRefused(@TempDir Path dir) {
    CliRun serve = CliRun.run("--port", "0", "--log-file", dir.resolve("calls.jsonl").toString());

    assertThat(serve.exit()).isEqualTo(2);
    assertThat(serve.err()).contains("--log-file needs --log-format json");
  }

  @Test
  void whenTheLogFileCannotBeWrittenThenOneClearLineSaysSo(@TempDir Path dir) {
    CliRun serve =
        CliRun.run(
            "--port",
            "0",
            "--log-format",
            "json",
            "--log-file",
            dir.resolve("missing-dir").resolve("calls.jsonl").toString());

    assertThat(serve.exit()).isEqualTo(1);
    assertThat(serve.err().strip())
        .startsWith("mock-sts could not start: cannot write the log file ")
        .doesNotContain("\tat ");
  }

  @Test
  void whenTheJournalSizeIsZeroThenTheServedMockKeepsNoJournal(@TempDir Path dir) throws Exception {
    int port = CliRun.freePort();
    Path log = dir.resolve("calls.jsonl");
    CompletableFuture<CliRun> serving =
        CompletableFuture.supplyAsync(
            () ->
                CliRun.run(
                    "--port",
                    String.valueOf(port),
                    "--journal-size",
                    "0",
                    "--log-format",
                    "json",
                    "--log-file",
                    log.toString()));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI base = URI.create("http://127.0.0.1:" + port);
    CliRun.awaitHealth(http, base, Duration.ofSeconds(20));
    http.send(
        HttpRequest.newBuilder(base.resolve("/?Action=GetCallerIdentity&Version=2015-04-01"))
            .build(),
        HttpResponse.BodyHandlers.discarding());

    HttpResponse<String> journal =
        http.send(
            HttpRequest.newBuilder(base.resolve("/__admin/requests")).build(),
            HttpResponse.BodyHandlers.ofString());
    http.send(
        HttpRequest.newBuilder(base.resolve("/__admin/shutdown"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
    CliRun served = serving.get(20, TimeUnit.SECONDS);

    assertThat(served.exit()).as(served.err()).isZero();
    assertThat(journal.body()).doesNotContain("GetCallerIdentity");
    assertThat(Files.readString(log))
        .contains(
            "\"type\":\"call\"", "\"vendor\":\"alibaba\"", "\"action\":\"GetCallerIdentity\"");
  }
}
