package io.mocksts.internal.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.junit.MockStsExtension;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that break HTTP or URL encoding, sent over a raw socket: each is answered in the
 * envelope of the vendor it was meant for, with its documented code, and never with an HTML page, a
 * Java class name or a stack trace (before this was fixed, every one of them answered Jetty's 500
 * page with the stack trace of WireMock's URL decoder, or Jetty's HTML).
 */
class MalformedRequestTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALIBABA = "Action=GetCallerIdentity&Version=2015-04-01";
  private static final String TENCENT = "Action=GetCallerIdentity&Version=2018-08-13";

  static Stream<Arguments> badEscapes() {
    return Stream.of(
        Arguments.of("a bad escape in an Alibaba value", get("/?" + ALIBABA + "&X=%zz")),
        Arguments.of("a lone percent sign", get("/?" + ALIBABA + "&X=%")),
        Arguments.of("a one-digit escape", get("/?" + ALIBABA + "&X=%4")),
        Arguments.of("a %u escape", get("/?" + ALIBABA + "&X=%u0041")),
        Arguments.of("a bad escape in a name", get("/?" + ALIBABA + "&%zz=1")),
        Arguments.of("a bad escape in a form body", form("/", ALIBABA + "&X=%4")),
        Arguments.of("a bad escape in a query with a form body", form("/?X=%", ALIBABA)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badEscapes")
  void whenAnAlibabaRequestHasABrokenEscapeThenItIsInvalidParameter(String what, String request)
      throws IOException {
    RawHttp.Answer answer = RawHttp.send(STS.sts().port(), request);

    assertAlibabaError(answer, 400, "InvalidParameter");
  }

  static Stream<Arguments> tencentBadEscapes() {
    return Stream.of(
        Arguments.of("in the query", get("/?" + TENCENT + "&X=%zz")),
        Arguments.of("a %u escape", get("/?" + TENCENT + "&X=%u0041")),
        Arguments.of("in a v1 form body", form("/", TENCENT + "&X=%4")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tencentBadEscapes")
  void whenATencentRequestHasABrokenEscapeThenItIsInvalidParameterInTheResponseEnvelope(
      String what, String request) throws IOException {
    RawHttp.Answer answer = RawHttp.send(STS.sts().port(), request);

    assertTencentError(answer, "InvalidParameter");
  }

  @Test
  void whenAnAdminRequestHasABrokenEscapeThenItIsABadRequestInJson() throws IOException {
    RawHttp.Answer answer = RawHttp.send(STS.sts().port(), get("/__admin/requests?limit=%zz"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(JSON.readTree(answer.body()).has("error")).isTrue();
    assertNoInternals(answer);
  }

  static Stream<Arguments> brokenFraming() {
    String chunked =
        "POST /?"
            + ALIBABA
            + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n";
    return Stream.of(
        Arguments.of("a chunk size that is not hex", chunked + "zz\r\nabc\r\n0\r\n\r\n", 400),
        Arguments.of("a chunk longer than it said", chunked + "2\r\nabzz\r\n0\r\n\r\n", 400),
        Arguments.of(
            "a request line beyond 512 KB",
            "GET /?" + ALIBABA + "&a=" + "a".repeat(600_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
            414),
        Arguments.of(
            "headers beyond 512 KB",
            "GET /?"
                + ALIBABA
                + " HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "a".repeat(600_000)
                + "\r\n\r\n",
            431),
        Arguments.of(
            "an unknown HTTP version", "GET /?" + ALIBABA + " HTTP/7.1\r\nHost: x\r\n\r\n", 505),
        Arguments.of(
            "a header line without a colon",
            "GET /?" + ALIBABA + " HTTP/1.1\r\nHost: x\r\nNo Colon Here\r\n\r\n",
            400));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFraming")
  void whenTheFramingIsBrokenThenTheAnswerIsTheVendorEnvelopeNotJettysPage(
      String what, String request, int status) throws IOException {
    RawHttp.Answer answer = RawHttp.send(STS.sts().port(), request);

    assertThat(answer.status()).as(answer.head()).isEqualTo(status);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("Code").asText()).isEqualTo("InvalidParameter");
    assertThat(body.path("RequestId").asText()).isNotEmpty();
    assertNoInternals(answer);
  }

  @Test
  void whenAnAlibabaBodyIsAnnouncedBeyondTenMegabytesThenItIsRefusedBeforeItIsRead()
      throws IOException {
    RawHttp.Answer answer =
        RawHttp.send(
            STS.sts().port(),
            "POST /?"
                + ALIBABA
                + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 31457280\r\n\r\n");

    assertAlibabaError(answer, 400, "InvalidParameter");
    assertThat(answer.closed()).isTrue();
  }

  @Test
  void whenATencentChunkedBodyPassesTenMegabytesThenItIsRequestSizeLimitExceeded()
      throws IOException {
    String head =
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "X-TC-Action: GetCallerIdentity\r\nX-TC-Version: 2018-08-13\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n";
    StringBuilder request = new StringBuilder(head);
    String chunk = "a".repeat(1 << 20);
    for (int i = 0; i < 11; i++) {
      request
          .append(Integer.toHexString(chunk.length()))
          .append("\r\n")
          .append(chunk)
          .append("\r\n");
    }
    request.append("0\r\n\r\n");

    RawHttp.Answer answer = RawHttp.send(STS.sts().port(), request.toString());

    assertTencentError(answer, "RequestSizeLimitExceeded");
  }

  @Test
  void whenAnAnswerComesFromTheStsThenItCarriesNoWireMockStubHeader() throws IOException {
    RawHttp.Answer sts = RawHttp.send(STS.sts().port(), get("/?" + ALIBABA));
    RawHttp.Answer issuer = RawHttp.send(STS.sts().port(), get("/.well-known/jwks.json"));

    assertThat(sts.status()).isEqualTo(400);
    assertThat(issuer.status()).isEqualTo(200);
    assertThat(sts.head() + issuer.head()).doesNotContainIgnoringCase("Matched-Stub");
  }

  private static void assertAlibabaError(RawHttp.Answer answer, int status, String code)
      throws IOException {
    assertThat(answer.status()).as(answer.head() + answer.body()).isEqualTo(status);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("Code").asText()).isEqualTo(code);
    assertThat(body.path("HostId").asText()).isNotEmpty();
    assertNoInternals(answer);
  }

  private static void assertTencentError(RawHttp.Answer answer, String code) throws IOException {
    assertThat(answer.status()).as(answer.head() + answer.body()).isEqualTo(200);
    JsonNode response = JSON.readTree(answer.body()).path("Response");
    assertThat(response.path("Error").path("Code").asText()).isEqualTo(code);
    assertThat(response.path("RequestId").asText()).isNotEmpty();
    assertNoInternals(answer);
  }

  private static void assertNoInternals(RawHttp.Answer answer) {
    assertThat(answer.head() + answer.body())
        .doesNotContainIgnoringCase("<html")
        .doesNotContain("java.", "Exception", "jetty", "wiremock", "\tat ");
  }

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  }

  private static String form(String target, String body) {
    return "POST "
        + target
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + body.length()
        + "\r\n\r\n"
        + body;
  }
}
