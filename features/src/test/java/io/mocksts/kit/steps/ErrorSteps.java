package io.mocksts.kit.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.mocksts.kit.ErrorCatalogue;
import io.mocksts.kit.Shapes;
import io.mocksts.kit.alibaba.RpcResponse;

/**
 * Error answers (Alibaba error body,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md,
 * Alibaba error codes,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E9%99%84%E5%BD%95/%E9%94%99%E8%AF%AF%E4%BB%A3%E7%A0%81%E8%A1%A8.md):
 * the code and HTTP status are checked strictly; the message is checked here, once, against the
 * documented wordings of the catalogue. On a live target an undocumented wording of an UNCONFIRMED
 * entry is recorded in the report instead of failing.
 */
public final class ErrorSteps {

  private final ScenarioState state;
  private Scenario scenario;

  public ErrorSteps(ScenarioState state) {
    this.state = state;
  }

  @Before
  public void keep(Scenario current) {
    this.scenario = current;
  }

  @Then("the request fails with HTTP {int} and code {string}")
  public void fails(int status, String code) {
    state.verify(
        () -> {
          RpcResponse response = state.last().response();
          assertThat(response.status())
              .as("HTTP status of %s", response.abbreviated())
              .isEqualTo(status);
          String actualCode = response.field("Code").orElse(null);
          assertThat(actualCode).as("Code of %s", response.abbreviated()).isEqualTo(code);
          String message = response.field("Message").orElse("");
          ErrorCatalogue.Entry entry =
              ErrorCatalogue.of("alibaba")
                  .entry(code)
                  .orElseThrow(
                      () -> new AssertionError(code + " is not in fixtures/errors/alibaba.yaml"));
          if (entry.confirmed() || state.target().isMock()) {
            assertThat(entry.documents(message))
                .as("message '%s' is one of the documented wordings %s", message, entry.messages())
                .isTrue();
          } else if (!entry.documents(message)) {
            scenario.log("UNCONFIRMED wording observed for " + code + ": " + message);
          }
        });
  }

  @Then("the error body carries RequestId, HostId, Code, Message and Recommend")
  public void envelope() {
    state.verify(
        () -> {
          RpcResponse response = state.last().response();
          assertThat(response.field("RequestId"))
              .hasValueSatisfying(v -> assertThat(v).matches(Shapes.of("request id")));
          assertThat(response.field("HostId")).hasValueSatisfying(v -> assertThat(v).isNotBlank());
          assertThat(response.field("Code")).hasValueSatisfying(v -> assertThat(v).isNotBlank());
          assertThat(response.field("Message")).hasValueSatisfying(v -> assertThat(v).isNotBlank());
          assertThat(response.field("Recommend"))
              .hasValueSatisfying(v -> assertThat(v).startsWith("https://"));
        });
  }

  @Then("the error message ends with the string to sign the kit computed")
  public void stringToSign() {
    state.verify(
        () -> {
          String message = state.last().response().field("Message").orElse("");
          String kitStringToSign = state.last().sent().stringToSign();
          assertThat(kitStringToSign).as("the kit signed the request with V1").isNotNull();
          assertThat(message).endsWith("string to sign is:" + kitStringToSign);
        });
  }
}
