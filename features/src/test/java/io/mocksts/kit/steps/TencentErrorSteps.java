package io.mocksts.kit.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.mocksts.kit.ErrorCatalogue;
import io.mocksts.kit.Shapes;
import io.mocksts.kit.tencent.ApiCall;
import io.mocksts.kit.tencent.ApiResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Tencent error answers (Tencent API 3.0 error envelope,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md,
 * Tencent SDK error handling,
 * https://github.com/TencentCloud/tencentcloud-sdk-java/blob/970d68bd0f0d/src/main/java/com/tencentcloudapi/common/AbstractClient.java,
 * Tencent error codes,
 * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go):
 * HTTP 200 with {@code Response.Error{Code,Message}} and {@code Response.RequestId}. The code and
 * the status are checked strictly; the message is checked here, once, against {@code
 * fixtures/errors/tencent.yaml}: the English wordings, or the catalogue's {@code zh} text when the
 * request asked for {@code zh-CN}. On a live target an undocumented wording of an UNCONFIRMED entry
 * is logged instead of failing.
 */
public final class TencentErrorSteps {

  private final ScenarioState state;
  private Scenario scenario;

  public TencentErrorSteps(ScenarioState state) {
    this.state = state;
  }

  @Before
  public void keep(Scenario current) {
    this.scenario = current;
  }

  @Then("the request fails with code {string}")
  public void fails(String code) {
    state.verify(
        () -> {
          ApiCall.Exchange exchange = state.tencentLast();
          ApiResponse response = exchange.response();
          ErrorCatalogue.Entry entry =
              ErrorCatalogue.of("tencent")
                  .entry(code)
                  .orElseThrow(
                      () -> new AssertionError(code + " is not in fixtures/errors/tencent.yaml"));
          assertThat(response.status())
              .as("HTTP status of %s", response.abbreviated())
              .isEqualTo(entry.status() == null ? 200 : entry.status());
          assertThat(response.errorCode())
              .as("Response.Error.Code of %s", response.abbreviated())
              .contains(code);
          String message = response.errorMessage().orElse("");
          assertThat(message).as("Response.Error.Message").isNotBlank();
          boolean chinese = "zh-CN".equals(exchange.sent().language());
          boolean documented = chinese ? message.equals(entry.zh()) : entry.documents(message);
          if (entry.confirmed() || state.target().isMock()) {
            assertThat(documented)
                .as(
                    "message '%s' is the catalogue's %s",
                    message,
                    chinese ? "zh text '" + entry.zh() + "'" : "wording " + entry.messages())
                .isTrue();
          } else if (!documented) {
            scenario.log("UNCONFIRMED wording observed for " + code + ": " + message);
          }
        });
  }

  @Then("the error body carries only Error.Code, Error.Message and RequestId")
  public void envelope() {
    state.verify(
        () -> {
          ApiResponse response = state.tencentLast().response();
          assertThat(response.contentType()).startsWith("application/json");
          JsonNode body = response.json();
          assertThat(names(body)).as("top-level fields").containsExactly("Response");
          assertThat(names(body.get("Response")))
              .as("fields of Response")
              .containsExactlyInAnyOrder("Error", "RequestId");
          assertThat(names(body.get("Response").get("Error")))
              .as("fields of Response.Error")
              .containsExactlyInAnyOrder("Code", "Message");
          assertThat(response.field("RequestId"))
              .hasValueSatisfying(v -> assertThat(v).matches(Shapes.of("tencent", "request id")));
        });
  }

  @Then("the error message is the catalogue's Chinese text for {string}")
  public void chinese(String code) {
    state.verify(
        () -> {
          String zh = ErrorCatalogue.of("tencent").entry(code).orElseThrow().zh();
          assertThat(zh).as("the catalogue's zh text of " + code).isNotBlank();
          assertThat(state.tencentLast().response().errorMessage()).contains(zh);
        });
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
