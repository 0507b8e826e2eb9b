package io.mocksts.internal.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.MockSts;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WireMock's resets clear the stubs users added and leave the STS and the test issuer's documents
 * answering (before the fix, every reset deleted the STS: every call then answered 404).
 */
class WireMockResetTest {

  static Stream<Arguments> resets() {
    return Stream.<Arguments>of(
        Arguments.of("POST /__admin/reset", admin("POST", "/__admin/reset")),
        Arguments.of("POST /__admin/mappings/reset", admin("POST", "/__admin/mappings/reset")),
        Arguments.of("DELETE /__admin/mappings", admin("DELETE", "/__admin/mappings")),
        Arguments.of("resetAll()", (Consumer<MockSts>) sts -> sts.wireMock().resetAll()),
        Arguments.of("resetMappings()", (Consumer<MockSts>) sts -> sts.wireMock().resetMappings()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resets")
  void whenWireMockIsResetThenUserStubsGoAndTheStsStays(String how, Consumer<MockSts> reset)
      throws IOException {
    try (MockSts sts = MockSts.start()) {
      sts.wireMock().stubFor(get(urlEqualTo("/user-stub")).willReturn(ok("mine")));
      assertThat(RawHttp.send(sts.port(), request("/user-stub")).body()).isEqualTo("mine");

      reset.accept(sts);

      assertThat(RawHttp.send(sts.port(), request("/user-stub")).body()).doesNotContain("mine");
      RawHttp.Answer call =
          RawHttp.send(sts.port(), request("/?Action=GetCallerIdentity&Version=2015-04-01"));
      assertThat(call.status()).isEqualTo(400);
      assertThat(call.body()).contains("\"Code\":\"MissingParameter\"");
      assertThat(RawHttp.send(sts.port(), request("/.well-known/jwks.json")).status())
          .isEqualTo(200);
      assertThat(sts.wireMock().listAllStubMappings().getMappings()).hasSize(3);
    }
  }

  private static Consumer<MockSts> admin(String method, String path) {
    return sts -> {
      try {
        RawHttp.Answer answer =
            RawHttp.send(
                sts.port(),
                method
                    + " "
                    + path
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close"
                    + "\r\n\r\n");
        assertThat(answer.status()).isEqualTo(200);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  private static String request(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  }
}
