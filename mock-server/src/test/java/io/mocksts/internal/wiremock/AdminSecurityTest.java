package io.mocksts.internal.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The control surface against a web page in the developer's browser and against DNS rebinding, over
 * a real socket. Before the fix, {@code /__admin/*} echoed any {@code Origin} with {@code
 * Access-Control-Allow-Credentials: true}, accepted any {@code Host}, took {@code text/plain}
 * POSTs, let stubs proxy anywhere, and needed no token even when bound beyond loopback.
 */
class AdminSecurityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void whenAWebPageReadsTheJournalThenItIsRefusedWithoutCorsHeaders() throws IOException {
    try (MockSts sts = MockSts.start()) {
      RawHttp.Answer answer =
          RawHttp.send(
              sts.port(),
              request(
                  "GET", "/__admin/requests?limit=1", "127.0.0.1", "Origin: http://evil.example"));

      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.head()).doesNotContainIgnoringCase("Access-Control-Allow");
    }
  }

  @Test
  void whenAWebPagePostsTextPlainToMoveTheClockThenNothingMoves() throws IOException {
    try (MockSts sts = MockSts.start()) {
      RawHttp.Answer answer =
          RawHttp.send(
              sts.port(),
              post(
                  "/__admin/mock-sts/clock/advance",
                  "127.0.0.1",
                  "text/plain",
                  "{\"seconds\": 3600}",
                  "Origin: http://evil.example"));

      assertThat(answer.status()).isEqualTo(403);
      assertThat(offset(sts)).isZero();
    }
  }

  @Test
  void whenAWebPageSendsAPreflightThenNoCorsIsGranted() throws IOException {
    try (MockSts sts = MockSts.start()) {
      RawHttp.Answer answer =
          RawHttp.send(
              sts.port(),
              request(
                  "OPTIONS",
                  "/__admin/shutdown",
                  "127.0.0.1",
                  "Origin: http://evil.example\r\nAccess-Control-Request-Method: POST"));

      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.head()).doesNotContainIgnoringCase("Access-Control-Allow");
      assertThat(sts.wireMock().isRunning()).isTrue();
    }
  }

  @Test
  void whenTheHostIsARebindingNameThenAdminRoutesAreRefused() throws IOException {
    try (MockSts sts = MockSts.start()) {
      RawHttp.Answer clock =
          RawHttp.send(
              sts.port(), request("GET", "/__admin/mock-sts/clock", "rebind.attacker.example", ""));
      RawHttp.Answer shutdown =
          RawHttp.send(
              sts.port(),
              post("/__admin/shutdown", "rebind.attacker.example:8080", "text/plain", "", ""));

      assertThat(clock.status()).isEqualTo(403);
      assertThat(shutdown.status()).isEqualTo(403);
      assertThat(sts.wireMock().isRunning()).isTrue();
    }
  }

  @Test
  void whenAHostIsAllowedThenAdminRoutesAnswerIt() throws IOException {
    MockStsOptions options =
        MockStsOptions.defaults()
            .withAdmin(
                new MockStsOptions.Admin(
                    Optional.empty(), List.of("mock-sts.ci"), List.of(), false));
    try (MockSts sts = MockSts.start(options)) {
      assertThat(
              RawHttp.send(
                      sts.port(), request("GET", "/__admin/mock-sts/clock", "mock-sts.ci:80", ""))
                  .status())
          .isEqualTo(200);
    }
  }

  @Test
  void whenAnOriginIsAllowedThenItGetsCorsButNoCredentials() throws IOException {
    MockStsOptions options =
        MockStsOptions.defaults()
            .withAdmin(
                new MockStsOptions.Admin(
                    Optional.empty(), List.of(), List.of("http://console.test"), false));
    try (MockSts sts = MockSts.start(options)) {
      RawHttp.Answer preflight =
          RawHttp.send(
              sts.port(),
              request(
                  "OPTIONS",
                  "/__admin/mock-sts/clock",
                  "127.0.0.1",
                  "Origin: http://console.test\r\nAccess-Control-Request-Method: GET"));
      RawHttp.Answer read =
          RawHttp.send(
              sts.port(),
              request(
                  "GET", "/__admin/mock-sts/clock", "127.0.0.1", "Origin: http://console.test"));

      assertThat(preflight.status()).isEqualTo(204);
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.head())
          .contains("Access-Control-Allow-Origin: http://console.test")
          .doesNotContainIgnoringCase("Allow-Credentials");
    }
  }

  @Test
  void whenATokenIsSetThenAdminRoutesNeedItAndHealthDoesNot() throws IOException {
    try (MockSts sts = MockSts.start(MockStsOptions.defaults().withAdminToken("t0ken"))) {
      int port = sts.port();

      assertThat(RawHttp.send(port, request("GET", "/__admin/requests", "127.0.0.1", "")).status())
          .isEqualTo(401);
      assertThat(
              RawHttp.send(
                      port,
                      request(
                          "GET", "/__admin/requests", "127.0.0.1", "Authorization: Bearer nope"))
                  .status())
          .isEqualTo(401);
      assertThat(
              RawHttp.send(
                      port,
                      request(
                          "GET", "/__admin/requests", "127.0.0.1", "Authorization: Bearer t0ken"))
                  .status())
          .isEqualTo(200);
      assertThat(RawHttp.send(port, request("GET", "/__admin/health", "127.0.0.1", "")).status())
          .isEqualTo(200);
      assertThat(sts.adminToken()).contains("t0ken");
    }
  }

  @Test
  void whenTheMockBindsBeyondLoopbackWithoutATokenThenItGeneratesOne() throws IOException {
    try (MockSts sts = MockSts.start(MockStsOptions.defaults().withBindAddress("0.0.0.0"))) {
      String token = sts.adminToken().orElseThrow();

      assertThat(token).hasSizeGreaterThanOrEqualTo(32);
      assertThat(
              RawHttp.send(sts.port(), request("GET", "/__admin/mock-sts/clock", "127.0.0.1", ""))
                  .status())
          .isEqualTo(401);
      assertThat(
              RawHttp.send(
                      sts.port(),
                      request(
                          "GET",
                          "/__admin/mock-sts/clock",
                          "127.0.0.1",
                          "Authorization: Bearer " + token))
                  .status())
          .isEqualTo(200);
      assertThat(
              RawHttp.send(
                      sts.port(), request("GET", "/__admin/mock-sts/credentials", "127.0.0.1", ""))
                  .status())
          .as("the issued-credentials listing needs the token too")
          .isEqualTo(401);
    }
  }

  @Test
  void whenAStubProxiesElsewhereThenTheMockDoesNotConnectUnlessProxyStubsAreEnabled()
      throws IOException {
    HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger reached = new AtomicInteger();
    target.createContext(
        "/",
        exchange -> {
          reached.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    target.start();
    String stub =
        "{\"request\":{\"url\":\"/relay\"},\"response\":{\"proxyBaseUrl\":\"http://127.0.0.1:"
            + target.getAddress().getPort()
            + "\"}}";
    try {
      try (MockSts sts = MockSts.start()) {
        addStub(sts, stub);

        RawHttp.Answer relayed =
            RawHttp.send(sts.port(), request("GET", "/relay", "127.0.0.1", ""));

        assertThat(relayed.status()).isEqualTo(500);
        assertThat(relayed.body()).contains("denied");
        assertThat(reached).hasValue(0);
      }
      MockStsOptions enabled =
          MockStsOptions.defaults()
              .withAdmin(new MockStsOptions.Admin(Optional.empty(), List.of(), List.of(), true));
      try (MockSts sts = MockSts.start(enabled)) {
        addStub(sts, stub);

        RawHttp.Answer relayed =
            RawHttp.send(sts.port(), request("GET", "/relay", "127.0.0.1", ""));

        assertThat(relayed.status()).as(relayed.body()).isEqualTo(200);
        assertThat(reached).hasValue(1);
      }
    } finally {
      target.stop(0);
    }
  }

  private static void addStub(MockSts sts, String stub) throws IOException {
    assertThat(
            RawHttp.send(
                    sts.port(),
                    post("/__admin/mappings", "127.0.0.1", "application/json", stub, ""))
                .status())
        .isEqualTo(201);
  }

  private static long offset(MockSts sts) throws IOException {
    return JSON.readTree(
            RawHttp.send(sts.port(), request("GET", "/__admin/mock-sts/clock", "127.0.0.1", ""))
                .body())
        .get("offsetSeconds")
        .asLong();
  }

  static String request(String method, String target, String host, String extraHeaders) {
    return method
        + " "
        + target
        + " HTTP/1.1\r\nHost: "
        + host
        + "\r\nConnection: close\r\n"
        + (extraHeaders.isEmpty() ? "" : extraHeaders + "\r\n")
        + "\r\n";
  }

  static String post(String target, String host, String type, String body, String extraHeaders) {
    return "POST "
        + target
        + " HTTP/1.1\r\nHost: "
        + host
        + "\r\nConnection: close\r\nContent-Type: "
        + type
        + "\r\nContent-Length: "
        + body.length()
        + "\r\n"
        + (extraHeaders.isEmpty() ? "" : extraHeaders + "\r\n")
        + "\r\n"
        + body;
  }
}
