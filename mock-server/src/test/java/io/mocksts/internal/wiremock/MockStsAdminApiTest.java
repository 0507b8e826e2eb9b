package io.mocksts.internal.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The control surface under {@code /__admin/mock-sts/}, over HTTP. */
class MockStsAdminApiTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static final String LIMIT = "alibabaAssumeRolePerMinute";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void putBack() throws Exception {
    post("/__admin/mock-sts/clock/reset", "");
    post("/__admin/mock-sts/limits/reset", "");
  }

  @Test
  void whenTheMockStartsThenItIsHealthyAndItsClockHasNoOffset() throws Exception {
    assertThat(get("/__admin/health").statusCode()).isEqualTo(200);
    assertThat(number(get("/__admin/mock-sts/clock"), "offsetSeconds")).isZero();
  }

  @Test
  void whenTheClockIsAdvancedThenItsOffsetGrowsAndResetPutsItBack() throws Exception {
    assertThat(
            number(post("/__admin/mock-sts/clock/advance", "{\"seconds\":3601}"), "offsetSeconds"))
        .isEqualTo(3601);
    assertThat(number(post("/__admin/mock-sts/clock/advance", "{\"seconds\":-1}"), "offsetSeconds"))
        .isEqualTo(3600);
    assertThat(number(post("/__admin/mock-sts/clock/reset", ""), "offsetSeconds")).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "{}",
        "{\"seconds\":\"ten\"}",
        "{\"seconds\":1.5}",
        "{\"seconds\":31556889864403199}",
        "{\"seconds\":9223372036854775807}",
        "{\"seconds\":-9223372036854775808}",
        "{\"seconds\":3155760001}",
        "{\"seconds\":-3155760001}",
        "{\"seconds\":1e30}"
      })
  void whenTheClockAdvanceIsUnusableThenItIsRefusedAndTheClockStays(String body) throws Exception {
    HttpResponse<String> response = post("/__admin/mock-sts/clock/advance", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("seconds");
    assertThat(number(get("/__admin/mock-sts/clock"), "offsetSeconds")).isZero();
    assertThat(get("/?Action=GetCallerIdentity&Version=2015-04-01").body())
        .contains("MissingParameter");
  }

  @Test
  void whenTheClockMovesToTheEdgeOfItsRangeThenItStaysUsable() throws Exception {
    assertThat(
            number(
                post("/__admin/mock-sts/clock/advance", "{\"seconds\":3155760000}"),
                "offsetSeconds"))
        .isEqualTo(3155760000L);
    assertThat(get("/?Action=GetCallerIdentity&Version=2015-04-01").body())
        .contains("MissingParameter");
    assertThat(post("/__admin/mock-sts/clock/advance", "{\"seconds\":1}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void whenTheLimitIsChangedThenItIsReportedAndResetRestoresTheDocumentedOne() throws Exception {
    assertThat(number(get("/__admin/mock-sts/limits"), LIMIT)).isEqualTo(6000);
    assertThat(
            number(post("/__admin/mock-sts/limits", "{\"alibabaAssumeRolePerMinute\":2}"), LIMIT))
        .isEqualTo(2);
    assertThat(number(post("/__admin/mock-sts/limits/reset", ""), LIMIT)).isEqualTo(6000);
  }

  @Test
  void whenATencentLimitIsChangedThenItIsReportedAndResetRestoresTheDocumentedOne()
      throws Exception {
    String field = "/tencentPerSecond/GetCallerIdentity";
    assertThat(JSON.readTree(get("/__admin/mock-sts/limits").body()).at(field).asInt())
        .isEqualTo(20);
    var changed =
        post("/__admin/mock-sts/limits", "{\"tencentPerSecond\":{\"GetCallerIdentity\":2}}");
    assertThat(JSON.readTree(changed.body()).at(field).asInt()).isEqualTo(2);
    var reset = post("/__admin/mock-sts/limits/reset", "");
    assertThat(JSON.readTree(reset.body()).at(field).asInt()).isEqualTo(20);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"alibabaAssumeRolePerMinute\":-1}",
        "[]",
        "{\"tencentPerSecond\":{\"QueryApiKey\":1}}",
        "{\"tencentPerSecond\":{\"AssumeRole\":-1}}",
        "{\"tencentPerSecond\":5}",
        "{\"alibabaAssumeRolePerMinute\":3,\"tencentPerSecond\":{\"AssumeRole\":\"x\"}}"
      })
  void whenTheLimitIsUnusableThenItIsRefused(String body) throws Exception {
    assertThat(post("/__admin/mock-sts/limits", body).statusCode()).isEqualTo(400);
    assertThat(number(get("/__admin/mock-sts/limits"), LIMIT)).isEqualTo(6000);
  }

  @Test
  void whenTheClockIsReadThenItAnswersTheMockTimeRealTimeTheOffsetAndTheSignatureClock()
      throws Exception {
    var state = JSON.readTree(get("/__admin/mock-sts/clock").body());

    assertThat(state.get("moved").asBoolean()).isFalse();
    assertThat(state.get("offset").asText()).isEqualTo("PT0S");
    assertThat(state.get("signatureClock").asText()).isEqualTo("real");
    java.time.Instant now = java.time.Instant.parse(state.get("now").asText());
    java.time.Instant real = java.time.Instant.parse(state.get("realTime").asText());
    assertThat(java.time.Duration.between(real, now).abs())
        .isLessThan(java.time.Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2030-01-01T00:00:00Z", "2030-01-01T08:00:00+08:00"})
  void whenTheClockIsSetThenItReadsThatInstantAndResetPutsItBack(String instant) throws Exception {
    var set = post("/__admin/mock-sts/clock/set", "{\"instant\": \"" + instant + "\"}");

    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    var state = JSON.readTree(set.body());
    assertThat(java.time.Instant.parse(state.get("now").asText()))
        .isBetween(
            java.time.Instant.parse("2030-01-01T00:00:00Z"),
            java.time.Instant.parse("2030-01-01T00:00:05Z"));
    assertThat(state.get("moved").asBoolean()).isTrue();
    assertThat(state.get("offsetSeconds").asLong()).isPositive();
    assertThat(
            JSON.readTree(post("/__admin/mock-sts/clock/reset", "").body())
                .get("moved")
                .asBoolean())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"instant\": 1893456000}",
        "{\"instant\": \"2030-01-01\"}",
        "{\"instant\": \"tomorrow\"}",
        "{\"instant\": \"1969-12-31T23:59:59Z\"}",
        "{\"instant\": \"2999-01-01T00:00:00Z\"}",
        "[]"
      })
  void whenTheClockSetIsUnusableThenItIsRefusedAndTheClockStays(String body) throws Exception {
    HttpResponse<String> response = post("/__admin/mock-sts/clock/set", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("instant");
    assertThat(number(get("/__admin/mock-sts/clock"), "offsetSeconds")).isZero();
  }

  @Test
  void whenNothingWasIssuedThenTheCredentialsListingIsEmpty() throws Exception {
    try (MockSts fresh = MockSts.start()) {
      HttpResponse<String> response = get(fresh, "/__admin/mock-sts/credentials");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(response.body()).get("credentials").size()).isZero();
      assertThat(JSON.readTree(response.body()).get("issuedSinceStart").asLong()).isZero();
    }
  }

  @Test
  void whenHttpsIsOffThenThereIsNoCertificateToFetch() throws Exception {
    assertThat(get("/__admin/mock-sts/tls-certificate").statusCode()).isEqualTo(404);
    assertThat(get("/__admin/mock-sts/ca-certificate").statusCode()).isEqualTo(404);
  }

  @Test
  void whenHttpsIsOnThenTheChainAndTheCaAloneCanBeFetched() throws Exception {
    try (MockSts tls = MockSts.start(io.mocksts.MockStsOptions.defaults().withHttpsPort(0))) {
      HttpResponse<String> chain = get(tls, "/__admin/mock-sts/tls-certificate");
      HttpResponse<String> ca = get(tls, "/__admin/mock-sts/ca-certificate");

      assertThat(chain.body().split("-----BEGIN CERTIFICATE-----", -1)).hasSize(3);
      assertThat(ca.statusCode()).isEqualTo(200);
      java.security.cert.Certificate served =
          java.security.cert.CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new java.io.ByteArrayInputStream(
                      ca.body().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      assertThat(served).isEqualTo(tls.caCertificate().orElseThrow());
      assertThat(ca.body().split("-----BEGIN CERTIFICATE-----", -1)).hasSize(2);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(STS.sts(), path);
  }

  private HttpResponse<String> get(MockSts target, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(target.baseUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long number(HttpResponse<String> response, String field) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get(field).asLong();
  }

  private static URI uri(String path) {
    MockSts sts = STS.sts();
    return URI.create(sts.baseUrl() + path);
  }
}
