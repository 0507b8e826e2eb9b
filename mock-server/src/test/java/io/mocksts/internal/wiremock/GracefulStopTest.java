package io.mocksts.internal.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mocksts.MockSts;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * {@link MockSts#stop(Duration)}, which the CLI runs on SIGTERM: a request whose body is still
 * arriving when the stop begins is received whole and answered, while a new connection made after
 * the stop began is refused.
 */
class GracefulStopTest {

  private static final String ALICE = "LTAI5tMockAliceAccessKey";
  private static final String ALICE_SECRET = "MockAliceAccessKeySecret000001";

  @Test
  void whenTheServerStopsGracefullyThenABodyStillArrivingIsAnsweredAndNewConnectionsAreRefused()
      throws Exception {
    MockSts sts = MockSts.start();
    int port = sts.port();
    byte[] body = signedGetCallerIdentity().getBytes(StandardCharsets.US_ASCII);
    CompletableFuture<Void> stopping;
    try (Socket client = new Socket("127.0.0.1", port)) {
      client.setSoTimeout(20_000);
      OutputStream out = client.getOutputStream();
      InputStream in = client.getInputStream();
      beginSlowPost(out, in, port, body);

      stopping = CompletableFuture.runAsync(() -> sts.stop(Duration.ofSeconds(10)));
      awaitRefused(port);
      assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
          .isInstanceOf(ConnectException.class);

      for (int offset = 10; offset < body.length; offset += 40) {
        out.write(body, offset, Math.min(40, body.length - offset));
        out.flush();
        Thread.sleep(20);
      }
      String answer = readAll(in);

      assertThat(answer).startsWith("HTTP/1.1 200");
      assertThat(answer)
          .contains("\"Arn\":\"acs:ram::1234567890123456:user/alice\"")
          .contains("\"IdentityType\":\"RAMUser\"");
    }
    stopping.get(20, TimeUnit.SECONDS);
    assertThat(sts.wireMock().isRunning()).isFalse();
  }

  @Test
  void whenABodyPausesLongerThanASecondDuringTheStopThenItIsStillAnsweredWhileIdleConnectionsClose()
      throws Exception {
    MockSts sts = MockSts.start();
    int port = sts.port();
    byte[] body = signedGetCallerIdentity().getBytes(StandardCharsets.US_ASCII);
    CompletableFuture<Void> stopping;
    try (Socket idle = new Socket("127.0.0.1", port);
        Socket client = new Socket("127.0.0.1", port)) {
      idle.setSoTimeout(20_000);
      client.setSoTimeout(20_000);
      // A keep-alive connection that has finished its one request and now sits idle.
      idle.getOutputStream()
          .write(
              ("GET /__admin/health HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      idle.getOutputStream().flush();
      assertThat(readAll(idle.getInputStream())).startsWith("HTTP/1.1 200");

      OutputStream out = client.getOutputStream();
      InputStream in = client.getInputStream();
      beginSlowPost(out, in, port, body);

      stopping = CompletableFuture.runAsync(() -> sts.stop(Duration.ofSeconds(30)));
      awaitRefused(port);

      // The idle connection is closed by the server while the request in flight stays open.
      assertThat(idle.getInputStream().read()).isEqualTo(-1);
      // A pause longer than Jetty's one-second idle timeout of a stopping connector.
      Thread.sleep(2_500);
      out.write(body, 10, body.length - 10);
      out.flush();
      String answer = readAll(in);

      assertThat(answer)
          .startsWith("HTTP/1.1 200")
          .containsIgnoringCase("Connection: close")
          .contains("\"IdentityType\":\"RAMUser\"");
    }
    stopping.get(20, TimeUnit.SECONDS);
    assertThat(sts.wireMock().isRunning()).isFalse();
  }

  @Test
  void whenTheGracePeriodIsOutOfRangeThenTheStopIsRefusedAndTheServerKeepsRunning() {
    try (MockSts sts = MockSts.start()) {
      assertThatThrownBy(() -> sts.stop(Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("grace period");
      assertThatThrownBy(() -> sts.stop(Duration.ofMinutes(6)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(sts.wireMock().isRunning()).isTrue();
    }
  }

  /**
   * Sends the head of a POST with {@code Expect: 100-continue}, waits for the server's interim
   * answer (it has dispatched the request and is reading its body) and sends the body's first ten
   * bytes.
   */
  private static void beginSlowPost(OutputStream out, InputStream in, int port, byte[] body)
      throws java.io.IOException {
    out.write(
        ("POST / HTTP/1.1\r\nHost: 127.0.0.1:"
                + port
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nExpect: 100-continue"
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    assertThat(readHead(in)).startsWith("HTTP/1.1 100");
    out.write(body, 0, 10);
    out.flush();
  }

  /** Waits until a new connection is refused: the listener is closed once the stop begins. */
  private static void awaitRefused(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      } catch (java.io.IOException refused) {
        return;
      }
      Thread.sleep(20);
    }
  }

  private static String readHead(InputStream in) throws java.io.IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static String readAll(InputStream in) throws java.io.IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (true) {
      String text = all.toString(StandardCharsets.UTF_8);
      int headEnd = text.indexOf("\r\n\r\n");
      if (headEnd >= 0) {
        java.util.regex.Matcher length =
            java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(text);
        if (length.find() && all.size() - headEnd - 4 >= Integer.parseInt(length.group(1))) {
          return text;
        }
        if (text.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")
            && text.endsWith("\r\n0\r\n\r\n")) {
          return text;
        }
      }
      int n = in.read(buffer);
      if (n < 0) {
        return all.toString(StandardCharsets.UTF_8);
      }
      all.write(buffer, 0, n);
    }
  }

  /** A V1-signed GetCallerIdentity of alice as a form body (Alibaba V1 signature). */
  private static String signedGetCallerIdentity() throws Exception {
    Map<String, String> params = new TreeMap<>();
    params.put("Action", "GetCallerIdentity");
    params.put("Version", "2015-04-01");
    params.put("Format", "JSON");
    params.put("AccessKeyId", ALICE);
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureVersion", "1.0");
    params.put("SignatureNonce", UUID.randomUUID().toString());
    params.put(
        "Timestamp",
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now()));
    String canonical =
        params.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec((ALICE_SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    String signature =
        Base64.getEncoder()
            .encodeToString(
                mac.doFinal(("POST&%2F&" + encode(canonical)).getBytes(StandardCharsets.UTF_8)));
    return canonical + "&Signature=" + encode(signature);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
