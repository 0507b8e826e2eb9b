package io.mocksts.internal.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.MockSts;
import io.mocksts.internal.wiremock.RawHttp.Answer;
import io.mocksts.junit.MockStsExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many clients that send their bodies a byte at a time ("slow POST"). Before the fix, 18 of them
 * held every server thread and {@code /__admin/health} stopped answering until they disconnected.
 * Now bodies are received without holding a thread: normal calls keep answering while the slow ones
 * are held, and the slow ones are cut off below the minimum data rate with the vendor's error.
 */
class SlowBodyTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static final int SLOW_CLIENTS = 100;
  private static final int CALLS = 40;

  @Test
  void whenManyBodiesDribbleInThenNormalCallsKeepAnsweringAndTheSlowOnesAreCutOff()
      throws Exception {
    MockSts sts = STS.sts();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    List<Long> before = latencies(http, sts);

    List<Socket> slow = new ArrayList<>();
    ExecutorService readers = Executors.newFixedThreadPool(SLOW_CLIENTS);
    List<CompletableFuture<Answer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        Socket socket = new Socket("127.0.0.1", sts.port());
        socket.setSoTimeout(20_000);
        socket
            .getOutputStream()
            .write(
                ("POST /?Action=GetCallerIdentity&Version=2015-04-01 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        slow.add(socket);
        answers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return RawHttp.read(socket.getInputStream());
                  } catch (IOException e) {
                    return new Answer(-1, e.toString(), "");
                  }
                },
                readers));
      }
      Thread dribbler =
          new Thread(
              () -> {
                for (int round = 0;
                    round < 60 && !Thread.currentThread().isInterrupted();
                    round++) {
                  for (Socket socket : slow) {
                    try {
                      OutputStream out = socket.getOutputStream();
                      out.write('a');
                      out.flush();
                    } catch (IOException e) {
                      // cut off by the server
                    }
                  }
                  try {
                    Thread.sleep(200);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      dribbler.start();
      Thread.sleep(500);

      List<Long> during = latencies(http, sts);

      System.out.printf(
          "normal-call latency in ms, median/max: alone %d/%d, beside %d slow bodies %d/%d%n",
          median(before),
          Collections.max(before),
          SLOW_CLIENTS,
          median(during),
          Collections.max(during));
      assertThat(during).hasSize(CALLS);

      for (CompletableFuture<Answer> answer : answers) {
        Answer a = answer.get(20, TimeUnit.SECONDS);
        assertThat(a.status()).as(a.head()).isEqualTo(400);
        assertThat(a.body()).contains("\"Code\":\"InvalidParameter\"");
      }
      dribbler.interrupt();
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
      readers.shutdownNow();
    }
  }

  /** Alternating STS and health calls; each must answer within its 3-second timeout. */
  private static List<Long> latencies(HttpClient http, MockSts sts) throws Exception {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      String path =
          i % 2 == 0 ? "/__admin/health" : "/?Action=GetCallerIdentity&Version=2015-04-01";
      long start = System.nanoTime();
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(sts.baseUrl() + path))
                  .timeout(Duration.ofSeconds(3))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      out.add((System.nanoTime() - start) / 1_000_000);
      assertThat(response.statusCode()).isEqualTo(i % 2 == 0 ? 200 : 400);
    }
    return out;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
