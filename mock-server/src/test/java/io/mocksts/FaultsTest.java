package io.mocksts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.junit.MockStsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Java API of fault injection ({@link MockSts#faults()}, {@link Fault}) and its JUnit 5 use:
 * {@link Faults} injectable as a test parameter, faults cleared after each test.
 */
@ExtendWith(MockStsExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALIBABA = "/?Action=GetCallerIdentity&Version=2015-04-01";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @Order(1)
  void whenAFaultIsInjectedThroughTheJavaApiThenTheNextCallsGetTheDocumentedError(
      MockSts sts, Faults faults) throws Exception {
    assertThat(faults).isSameAs(sts.faults());
    Faults.Injected injected =
        faults.inject(Fault.alibaba().action("GetCallerIdentity").error("Throttling").times(1));

    HttpResponse<String> first = get(sts, ALIBABA);
    HttpResponse<String> second = get(sts, ALIBABA);

    assertThat(first.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(first.body()).get("Code").asText()).isEqualTo("Throttling");
    assertThat(JSON.readTree(second.body()).get("Code").asText()).isEqualTo("MissingParameter");
    Faults.Injected now = faults.get(injected.id()).orElseThrow();
    assertThat(now.applied()).isEqualTo(1);
    assertThat(now.matched()).isEqualTo(2);
    assertThat(now.remaining()).hasValue(0);
    assertThat(now.action()).contains("GetCallerIdentity");
  }

  @Test
  @Order(2)
  void afterATestItsFaultsAreCleared(MockSts sts, Faults faults) throws Exception {
    assertThat(faults.list()).isEmpty();
    faults.inject(Fault.alibaba().error("InternalError"));
    assertThat(get(sts, ALIBABA).statusCode()).isEqualTo(500);
  }

  @Test
  @Order(3)
  void theFaultOfThePreviousTestNoLongerApplies(MockSts sts, Faults faults) throws Exception {
    assertThat(faults.list()).isEmpty();
    assertThat(get(sts, ALIBABA).statusCode()).isEqualTo(400);
  }

  @Test
  void javaApiFaultsAreListedAndClearedThroughTheAdminApiToo(MockSts sts, Faults faults)
      throws Exception {
    Faults.Injected injected =
        faults.inject(
            Fault.tencent()
                .normalLatency(Duration.ofMillis(10), Duration.ofMillis(30))
                .share(0.5)
                .seed(9));

    JsonNode listed = JSON.readTree(get(sts, "/__admin/mock-sts/faults").body()).get("faults");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("id").asText()).isEqualTo(injected.id());
    assertThat(listed.get(0).at("/latency/distribution").asText()).isEqualTo("normal");
    assertThat(listed.get(0).get("share").asDouble()).isEqualTo(0.5);
    assertThat(JSON.readTree(injected.json()).get("seed").asLong()).isEqualTo(9);

    http.send(
        HttpRequest.newBuilder(
                URI.create(sts.baseUrl() + "/__admin/mock-sts/faults/" + injected.id()))
            .DELETE()
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(faults.list()).isEmpty();
    assertThat(faults.clear(injected.id())).isFalse();
  }

  @Test
  void unusableFaultsAreRefusedWithAMessageNamingTheProblem(Faults faults) {
    assertThatThrownBy(() -> faults.inject(Fault.alibaba().error("NoSuchCode")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown alibaba error code \"NoSuchCode\"");
    assertThatThrownBy(() -> faults.inject(Fault.vendor("aws").error("InternalError")))
        .hasMessageContaining("unknown vendor \"aws\"");
    assertThatThrownBy(() -> faults.inject(Fault.tencent().action("Nope").resetConnection()))
        .hasMessageContaining("unknown tencent action \"Nope\"");
    assertThatThrownBy(() -> faults.inject(Fault.tencent().times(2)))
        .hasMessageContaining("no effect");
    assertThatThrownBy(() -> Fault.tencent().latency(Duration.ofSeconds(61)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capped at 60 s");
    assertThatThrownBy(() -> Fault.tencent().share(0)).hasMessageContaining("share must be");
    assertThatThrownBy(() -> Fault.tencent().dribbleBody(0, Duration.ofSeconds(1)))
        .hasMessageContaining("chunks");
    assertThat(faults.list()).isEmpty();
  }

  @Test
  void theInjectableCodesIncludeTheServerSideCodesOfBothVendors(Faults faults) {
    assertThat(faults.codes("alibaba"))
        .contains("Throttling", "Throttling.User", "ServiceUnavailable", "InternalError")
        .doesNotContain("Throttling.Api", "Missing%s");
    assertThat(faults.codes("tencent"))
        .contains(
            "ServiceUnavailable",
            "InternalError.DbError",
            "RequestLimitExceeded.UinLimitExceeded",
            "ResourceUnavailable")
        .doesNotContain("InvalidParameter.ParamError");
  }

  private HttpResponse<String> get(MockSts sts, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(sts.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
