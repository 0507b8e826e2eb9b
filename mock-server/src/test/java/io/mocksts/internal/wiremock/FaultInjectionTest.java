package io.mocksts.internal.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault injection through {@code /__admin/mock-sts/faults}, observed from real HTTP clients. The
 * calls are unsigned: faults apply once a request is recognised as a vendor's action, before it is
 * authenticated, so without a fault these calls fail authentication (MissingParameter for Alibaba,
 * MissingParameter for Tencent).
 */
class FaultInjectionTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALIBABA = "/?Action=GetCallerIdentity&Version=2015-04-01";
  private static final String ALIBABA_XML = ALIBABA + "&Format=XML";
  private static final String TENCENT =
      "/?Action=GetCallerIdentity&Version=2018-08-13&Region=ap-guangzhou";

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void clear() throws Exception {
    delete("/__admin/mock-sts/faults");
  }

  @Test
  void whenAnAlibabaErrorIsInjectedThenTheCallGetsItsDocumentedStatusMessageAndEnvelope()
      throws Exception {
    add(
        "{\"vendor\":\"alibaba\",\"action\":\"GetCallerIdentity\",\"error\":\"ServiceUnavailable\"}");

    HttpResponse<String> response = get(ALIBABA);

    assertThat(response.statusCode()).isEqualTo(503);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("Code").asText()).isEqualTo("ServiceUnavailable");
    assertThat(body.get("Message").asText())
        .isEqualTo("The request has failed due to a temporary failure of the server.");
    assertThat(body.get("RequestId").asText()).isNotBlank();
    assertThat(body.get("HostId").asText()).isEqualTo("127.0.0.1");
    assertThat(body.get("Recommend").asText())
        .startsWith("https://api.aliyun.com/troubleshoot?q=ServiceUnavailable");
  }

  @Test
  void whenAnAlibabaErrorIsInjectedForAnXmlCallThenItIsAnsweredInXml() throws Exception {
    add("{\"vendor\":\"alibaba\",\"error\":\"Throttling\"}");

    HttpResponse<String> response = get(ALIBABA_XML);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Error><RequestId>")
        .contains("<Code>Throttling</Code>")
        .contains("<Message>Request was denied due to request throttling.</Message>");
  }

  @Test
  void whenATencentErrorIsInjectedThenTheCallGetsHttp200AndTheResponseErrorEnvelope()
      throws Exception {
    add("{\"vendor\":\"tencent\",\"error\":\"InternalError.DbError\"}");

    HttpResponse<String> response = get(TENCENT);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body()).get("Response");
    assertThat(body.get("Error").get("Code").asText()).isEqualTo("InternalError.DbError");
    assertThat(body.get("Error").get("Message").asText()).isEqualTo("Database error.");
    assertThat(body.get("RequestId").asText()).isNotBlank();
  }

  @Test
  void whenAFaultNamesAnotherActionThenOtherActionsAreUntouched() throws Exception {
    add("{\"vendor\":\"alibaba\",\"action\":\"AssumeRole\",\"error\":\"InternalError\"}");
    add("{\"vendor\":\"tencent\",\"error\":\"InternalError\"}");

    HttpResponse<String> response = get(ALIBABA);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("Code").asText()).isEqualTo("MissingParameter");
  }

  @Test
  void whenAFaultAppliesToTheNextTwoCallsThenTheThirdIsAnsweredNormally() throws Exception {
    String id =
        add("{\"vendor\":\"alibaba\",\"error\":\"InternalError\",\"times\":2}").get("id").asText();

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statuses.add(get(ALIBABA).statusCode());
    }

    assertThat(statuses).containsExactly(500, 500, 400);
    JsonNode listed = JSON.readTree(get("/__admin/mock-sts/faults").body()).get("faults").get(0);
    assertThat(listed.get("id").asText()).isEqualTo(id);
    assertThat(listed.get("applied").asLong()).isEqualTo(2);
    assertThat(listed.get("matched").asLong()).isEqualTo(3);
    assertThat(listed.get("remaining").asInt()).isZero();
  }

  @Test
  void whenAShareIsSeededThenTheSameCallsAreHitEveryTime() throws Exception {
    List<Integer> first = shareRun();
    List<Integer> second = shareRun();

    assertThat(first).isEqualTo(second);
    assertThat(first).contains(503).contains(400);
  }

  private List<Integer> shareRun() throws Exception {
    delete("/__admin/mock-sts/faults");
    add("{\"vendor\":\"alibaba\",\"error\":\"ServiceUnavailable\",\"share\":0.5,\"seed\":1234}");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(get(ALIBABA).statusCode());
    }
    return statuses;
  }

  @Test
  void whenFaultsAreClearedOneByOneOrAllThenTheListingShowsIt() throws Exception {
    String first = add("{\"vendor\":\"alibaba\",\"error\":\"InternalError\"}").get("id").asText();
    String second = add("{\"vendor\":\"tencent\",\"network\":\"reset\"}").get("id").asText();
    assertThat(ids()).containsExactly(first, second);

    HttpResponse<String> removed = delete("/__admin/mock-sts/faults/" + first);
    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(removed.body()).get("error").asText()).isEqualTo("InternalError");
    assertThat(ids()).containsExactly(second);
    assertThat(get(ALIBABA).statusCode()).isEqualTo(400);

    assertThat(delete("/__admin/mock-sts/faults/" + first).statusCode()).isEqualTo(404);
    assertThat(delete("/__admin/mock-sts/faults").statusCode()).isEqualTo(200);
    assertThat(ids()).isEmpty();
  }

  @Test
  void theInjectableCodesAreListedWithTheirStatusAndMessage() throws Exception {
    JsonNode codes = JSON.readTree(get("/__admin/mock-sts/faults/codes").body());

    assertThat(codes.at("/alibaba/errors/ServiceUnavailable/status").asInt()).isEqualTo(503);
    assertThat(codes.at("/alibaba/errors/Throttling/message").asText())
        .isEqualTo("Request was denied due to request throttling.");
    assertThat(codes.at("/tencent/errors/RequestLimitExceeded.IPLimitExceeded/status").asInt())
        .isEqualTo(200);
    assertThat(codes.at("/tencent/actions").toString()).contains("AssumeRoleWithWebIdentity");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"vendor\":\"azure\",\"error\":\"InternalError\"}|unknown vendor \"azure\"",
        "{\"vendor\":\"alibaba\",\"action\":\"AssumeRoles\",\"error\":\"InternalError\"}|unknown alibaba action \"AssumeRoles\"",
        "{\"vendor\":\"tencent\",\"action\":\"GetSessionTokens\",\"network\":\"reset\"}|unknown tencent action \"GetSessionTokens\"",
        "{\"vendor\":\"alibaba\",\"error\":\"Throttling.Api\"}|unknown alibaba error code \"Throttling.Api\"",
        "{\"vendor\":\"tencent\",\"error\":\"Throttling\"}|unknown tencent error code \"Throttling\"",
        "{\"vendor\":\"tencent\",\"error\":\"LimitExceeded\"}|unknown tencent error code \"LimitExceeded\"",
        "{\"error\":\"InternalError\"}|needs a vendor",
        "{\"vendor\":\"alibaba\"}|exactly one of error, latency or network",
        "{\"vendor\":\"alibaba\",\"error\":\"InternalError\",\"latency\":10}|exactly one of",
        "{\"vendor\":\"alibaba\",\"error\":\"InternalError\",\"times\":0}|times must be",
        "{\"vendor\":\"alibaba\",\"error\":\"InternalError\",\"times\":1.5}|times must be",
        "{\"vendor\":\"alibaba\",\"error\":\"InternalError\",\"share\":1.5}|share must be",
        "{\"vendor\":\"alibaba\",\"error\":\"InternalError\",\"share\":0}|share must be",
        "{\"vendor\":\"alibaba\",\"error\":\"InternalError\",\"times\":1,\"share\":0.5}|exclude each other",
        "{\"vendor\":\"alibaba\",\"error\":\"InternalError\",\"tims\":1}|unknown field \"tims\"",
        "{\"vendor\":\"alibaba\",\"latency\":60001}|capped at 60000 ms",
        "{\"vendor\":\"alibaba\",\"latency\":-1}|at least 0",
        "{\"vendor\":\"alibaba\",\"latency\":{\"distribution\":\"poisson\",\"ms\":1}}|fixed, uniform or normal",
        "{\"vendor\":\"alibaba\",\"latency\":{\"distribution\":\"uniform\",\"minMs\":10}}|needs minMs and maxMs",
        "{\"vendor\":\"alibaba\",\"latency\":{\"distribution\":\"uniform\",\"minMs\":10,\"maxMs\":5}}|minMs <= maxMs",
        "{\"vendor\":\"alibaba\",\"network\":\"unplug\"}|unknown network fault \"unplug\"",
        "{\"vendor\":\"alibaba\",\"network\":{\"kind\":\"dribble\",\"chunks\":0,\"durationMs\":10}}|chunks must be",
        "{\"vendor\":\"alibaba\",\"network\":{\"kind\":\"reset\",\"chunks\":3}}|dribble only",
        "[]|a JSON object",
        "not json|not JSON"
      })
  void whenAFaultIsUnusableThenItIsRefusedWith400NamingTheProblem(String body, String problem)
      throws Exception {
    HttpResponse<String> response = post("/__admin/mock-sts/faults", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("error").asText()).contains(problem);
    assertThat(ids()).isEmpty();
  }

  @Test
  void whenLatencyIsInjectedThenAClientWithAShorterTimeoutTimesOut() throws Exception {
    add(
        "{\"vendor\":\"tencent\",\"latency\":{\"distribution\":\"fixed\",\"ms\":3000},\"times\":1}");

    Throwable thrown =
        catchThrowable(
            () ->
                http.send(
                    HttpRequest.newBuilder(uri(TENCENT)).timeout(Duration.ofMillis(300)).build(),
                    HttpResponse.BodyHandlers.ofString()));

    assertThat(thrown).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void whenLatencyIsInjectedThenTheAnswerComesNoSoonerThanTheDelay() throws Exception {
    add(
        "{\"vendor\":\"alibaba\",\"latency\":{\"distribution\":\"uniform\",\"minMs\":400,\"maxMs\":600}}");

    long start = System.nanoTime();
    HttpResponse<String> response = get(ALIBABA);
    long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(elapsed).isGreaterThanOrEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"drop", "reset", "malformed", "garbage", "truncated"})
  void whenTheConnectionIsBrokenThenTheHttpClientFailsWithAnIoError(String kind) throws Exception {
    add("{\"vendor\":\"alibaba\",\"network\":\"" + kind + "\",\"times\":1}");

    // a POST: java.net.http retries a GET once on a connection that closes without an answer
    Throwable thrown = catchThrowable(() -> post(ALIBABA, ""));

    assertThat(thrown).isInstanceOf(IOException.class);
    assertThat(get(ALIBABA).statusCode()).as("the next call is answered").isEqualTo(400);
  }

  @Test
  void whenAGetIsDroppedOnceThenTheJavaHttpClientRetriesItAndGetsTheAnswer() throws Exception {
    String id = add("{\"vendor\":\"alibaba\",\"network\":\"drop\",\"times\":1}").get("id").asText();

    assertThat(get(ALIBABA).statusCode()).isEqualTo(400);
    JsonNode listed = JSON.readTree(get("/__admin/mock-sts/faults").body()).get("faults").get(0);
    assertThat(listed.get("id").asText()).isEqualTo(id);
    assertThat(listed.get("matched").asLong()).as("two attempts reached the mock").isEqualTo(2);
  }

  @Test
  void whenTheConnectionIsDroppedThenNoByteArrives() throws Exception {
    add("{\"vendor\":\"tencent\",\"network\":\"drop\"}");

    assertThat(raw(TENCENT)).isEmpty();
  }

  @Test
  void whenTheBodyIsTruncatedThenTheRealHeadArrivesWithHalfTheDeclaredBody() throws Exception {
    add("{\"vendor\":\"alibaba\",\"network\":\"truncated\"}");

    String answer = raw(ALIBABA);

    assertThat(answer).startsWith("HTTP/1.1 400");
    int headEnd = answer.indexOf("\r\n\r\n");
    String head = answer.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
    int declared = Integer.parseInt(head.replaceAll("(?s).*content-length: *(\\d+).*", "$1"));
    String body = answer.substring(headEnd + 4);
    assertThat(body.length()).isEqualTo(declared / 2);
    assertThat(body).startsWith("{\"RequestId\"");
  }

  @Test
  void whenTheBodyIsMalformedThenA200HeadIsFollowedByABrokenChunk() throws Exception {
    add("{\"vendor\":\"alibaba\",\"network\":\"malformed\"}");

    String answer = raw(ALIBABA);

    assertThat(answer).startsWith("HTTP/1.1 200");
    assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("transfer-encoding: chunked");
  }

  @Test
  void whenTheBodyIsDribbledThenTheWholeAnswerArrivesAfterTheDuration() throws Exception {
    add(
        "{\"vendor\":\"tencent\",\"network\":{\"kind\":\"dribble\",\"chunks\":4,\"durationMs\":800}}");

    long start = System.nanoTime();
    HttpResponse<String> response = get(TENCENT);
    long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).at("/Response/Error/Code").asText())
        .isEqualTo("MissingParameter");
    assertThat(elapsed).isGreaterThanOrEqualTo(600);
  }

  @Test
  void whenAnErrorAndANetworkFaultBothMatchThenTheTruncatedBodyIsTheInjectedError()
      throws Exception {
    add("{\"vendor\":\"alibaba\",\"error\":\"ServiceUnavailable\"}");
    add("{\"vendor\":\"alibaba\",\"network\":\"truncated\"}");

    assertThat(raw(ALIBABA)).startsWith("HTTP/1.1 503");
  }

  @Test
  void whenTheMockRequiresAnAdminTokenThenFaultsCannotBeInjectedWithoutIt() throws Exception {
    try (MockSts guarded =
        MockSts.start(io.mocksts.MockStsOptions.defaults().withAdminToken("s3cret-token"))) {
      URI faults = URI.create(guarded.baseUrl() + "/__admin/mock-sts/faults");
      String body = "{\"vendor\":\"alibaba\",\"error\":\"InternalError\"}";
      HttpResponse<String> refused =
          http.send(
              HttpRequest.newBuilder(faults)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> accepted =
          http.send(
              HttpRequest.newBuilder(faults)
                  .header("Authorization", "Bearer s3cret-token")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(accepted.statusCode()).isEqualTo(201);
      assertThat(guarded.faults().list()).hasSize(1);
    }
  }

  private String raw(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", sts().port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          all.write(buffer, 0, n);
        }
      } catch (java.net.SocketException e) {
        // a reset after the bytes that did arrive
      }
      return all.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private List<String> ids() throws Exception {
    List<String> ids = new ArrayList<>();
    JSON.readTree(get("/__admin/mock-sts/faults").body())
        .get("faults")
        .forEach(f -> ids.add(f.get("id").asText()));
    return ids;
  }

  private JsonNode add(String json) throws Exception {
    HttpResponse<String> response = post("/__admin/mock-sts/faults", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body());
  }

  private static MockSts sts() {
    return STS.sts();
  }

  private URI uri(String path) {
    return URI.create(sts().baseUrl() + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> delete(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }
}
