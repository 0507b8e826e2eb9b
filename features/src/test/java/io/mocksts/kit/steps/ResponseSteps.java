package io.mocksts.kit.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.mocksts.kit.Reply;
import io.mocksts.kit.Shapes;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.xmlunit.assertj3.XmlAssert;

/**
 * What a successful response must contain (Alibaba responses,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md,
 * Alibaba credential fields,
 * https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json,
 * Alibaba STS API model,
 * https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json;
 * Tencent API 3.0 responses,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md,
 * Tencent credential fields,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json,
 * Tencent STS API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json).
 * Fields are read through the scenario vendor's {@link Reply}: Tencent fields live in {@code
 * Response}.
 */
public final class ResponseSteps {

  private final ScenarioState state;

  public ResponseSteps(ScenarioState state) {
    this.state = state;
  }

  @Then("the request succeeds")
  public void succeeds() {
    state.verify(
        () -> {
          Reply response = state.reply();
          assertThat(response.status())
              .as("HTTP status of %s", response.abbreviated())
              .isEqualTo(200);
          assertThat(response.succeeded()).as("success: %s", response.abbreviated()).isTrue();
        });
  }

  @Then("the response is JSON")
  public void isJson() {
    state.verify(
        () -> {
          Reply response = state.reply();
          assertThat(response.contentType()).startsWith("application/json");
          assertThat(response.json().isObject()).as("a JSON object").isTrue();
        });
  }

  @Then("the response is XML with the root element {string}")
  public void isXml(String root) {
    state.verify(
        () -> {
          Reply response = state.last().response();
          assertThat(response.contentType()).startsWith("text/xml");
          XmlAssert.assertThat(response.body()).hasXPath("/" + root);
          XmlAssert.assertThat(response.body()).nodesByXPath("/*").hasSize(1);
        });
  }

  @Then("the response field {string} is {string}")
  public void fieldIs(String path, String expected) {
    state.verify(
        () -> {
          assertThat(field(path)).isEqualTo(Values.expand(expected, state));
        });
  }

  @Then("the response field {string} has the shape of a {word} {word}")
  public void fieldShape(String path, String first, String second) {
    state.verify(
        () -> {
          assertThat(field(path)).matches(Shapes.of(state.vendor(), first + " " + second));
        });
  }

  @Then("the response field {string} has the shape of an {word}")
  public void fieldShapeSingle(String path, String shape) {
    state.verify(
        () -> {
          assertThat(field(path)).matches(Shapes.of(state.vendor(), shape));
        });
  }

  @Then("the response has no field {string}")
  public void noField(String path) {
    state.verify(
        () -> {
          assertThat(state.reply().field(path)).as("field %s", path).isEmpty();
        });
  }

  @Then("the response carries the fields:")
  public void carries(DataTable table) {
    state.verify(
        () -> {
          for (Map.Entry<String, String> row : table.asMap().entrySet()) {
            String value = field(row.getKey());
            String expected = row.getValue();
            if (expected.startsWith("shape: ")) {
              assertThat(value)
                  .as(row.getKey())
                  .matches(Shapes.of(state.vendor(), expected.substring(7)));
            } else {
              assertThat(value).as(row.getKey()).isEqualTo(Values.expand(expected, state));
            }
          }
        });
  }

  @Then("the assumed role user is session {string} of role {string}")
  public void assumedRoleUser(String session, String role) {
    assumedRoleUserOf(session, role, "main");
  }

  @Then("the assumed role user is session {string} of role {string} of account {string}")
  public void assumedRoleUserOf(String sessionName, String role, String account) {
    state.verify(
        () -> {
          String session = Values.expand(sessionName, state);
          assertRoleSession(field("AssumedRoleUser.AssumedRoleId"), account, role, session);
          assertThat(field("AssumedRoleUser.Arn"))
              .isEqualTo(Values.assumedRoleUserArn(state, account, role, session));
        });
  }

  @Then("the response field {string} is the id of role {string} and session {string}")
  public void principalOfSession(String path, String role, String session) {
    state.verify(() -> assertRoleSession(field(path), "main", role, Values.expand(session, state)));
  }

  /**
   * {@code <roleId>:<session>}: the role id from the target's profile, or any numeric id when the
   * profile does not record it (a live profile may leave it out).
   */
  private void assertRoleSession(String value, String account, String role, String session) {
    state
        .profile()
        .roleId(state.vendor(), account, role)
        .ifPresentOrElse(
            id -> assertThat(value).isEqualTo(id + ":" + session),
            () -> assertThat(value).matches("[0-9]+:" + Pattern.quote(session)));
  }

  /**
   * Alibaba: {@code Credentials.Expiration}. Tencent: {@code ExpiredTime}, and {@code Expiration}
   * when present (the credential fields of the API model say they name the same instant; a separate
   * step checks that).
   */
  @Then("the credentials expire {int} seconds after the request")
  public void expireAfter(int seconds) {
    state.verify(
        () -> {
          Instant expected = state.lastSentAt().plusSeconds(seconds);
          if (state.tencent()) {
            Instant expiredTime = Instant.ofEpochSecond(Long.parseLong(field("ExpiredTime")));
            assertThat(expiredTime)
                .as("ExpiredTime")
                .isBetween(expected.minusSeconds(5), expected.plusSeconds(5));
            return;
          }
          Instant expiration = Instant.parse(field("Credentials.Expiration"));
          assertThat(expiration).isBetween(expected.minusSeconds(5), expected.plusSeconds(5));
        });
  }

  @Then("the temporary credentials have the documented shapes")
  public void credentialShapes() {
    state.verify(
        () -> {
          if (state.tencent()) {
            TencentResponseSteps.assertCredentialShapes(state);
            return;
          }
          assertThat(field("Credentials.AccessKeyId")).matches(Shapes.of("temporary AccessKeyId"));
          assertThat(field("Credentials.AccessKeySecret")).matches(Shapes.of("AccessKeySecret"));
          assertThat(field("Credentials.SecurityToken")).matches(Shapes.of("security token"));
          assertThat(field("Credentials.Expiration")).matches(Shapes.of("UTC timestamp"));
          assertThat(field("RequestId")).matches(Shapes.of("request id"));
        });
  }

  private String field(String path) {
    Reply response = state.reply();
    return response
        .field(path)
        .orElseThrow(
            () -> new AssertionError("no field " + path + " in " + response.abbreviated()));
  }
}
