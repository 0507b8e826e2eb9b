package io.mocksts.kit.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.mocksts.kit.Shapes;
import io.mocksts.kit.target.Profile;
import io.mocksts.kit.tencent.ApiResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a successful Tencent answer must contain (Tencent API 3.0 responses,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md,
 * Tencent credential fields,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json,
 * Tencent STS API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json):
 * the {@code Response} envelope, credential fields and their types, caller identities, API keys.
 * Plain field checks use the shared {@link ResponseSteps}, which read inside {@code Response}.
 */
public final class TencentResponseSteps {

  private static final DateTimeFormatter EXPIRATION =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final ScenarioState state;

  public TencentResponseSteps(ScenarioState state) {
    this.state = state;
  }

  @Then("the response is a Response envelope with a RequestId")
  public void envelope() {
    state.verify(
        () -> {
          ApiResponse response = state.tencentLast().response();
          assertThat(response.status()).as("HTTP status").isEqualTo(200);
          assertThat(response.contentType()).startsWith("application/json");
          JsonNode body = response.json();
          List<String> names = new ArrayList<>();
          body.fieldNames().forEachRemaining(names::add);
          assertThat(names).as("top-level fields").containsExactly("Response");
          assertThat(response.node("RequestId"))
              .hasValueSatisfying(
                  v -> {
                    assertThat(v.isTextual()).as("RequestId is a string").isTrue();
                    assertThat(v.asText()).matches(Shapes.of("tencent", "request id"));
                  });
        });
  }

  @Then("the response field {string} is a JSON number")
  public void isNumber(String path) {
    state.verify(
        () -> assertThat(node(path).isIntegralNumber()).as(path + " is a number").isTrue());
  }

  @Then("the response field {string} is a JSON string")
  public void isString(String path) {
    state.verify(() -> assertThat(node(path).isTextual()).as(path + " is a string").isTrue());
  }

  /**
   * Tencent credential fields: ExpiredTime (integer seconds) and Expiration (yyyy-MM-ddTHH:mm:ssZ)
   * agree.
   */
  @Then("ExpiredTime is a JSON number and Expiration names the same instant in UTC")
  public void expirationAgrees() {
    state.verify(
        () -> {
          JsonNode expiredTime = node("ExpiredTime");
          assertThat(expiredTime.isIntegralNumber()).as("ExpiredTime is a number").isTrue();
          assertThat(node("Expiration").asText())
              .isEqualTo(EXPIRATION.format(Instant.ofEpochSecond(expiredTime.asLong())));
        });
  }

  /** GetCallerIdentity of a role session: {@code qcs::sts:<owner>:assumed-role/<roleId>}. */
  @Then("the response field {string} is the ARN of a session of role {string}")
  public void assumedRoleArn(String path, String role) {
    state.verify(
        () -> {
          String prefix = "qcs::sts:" + state.profile().accountId("tencent", "main") + ":";
          Optional<String> id = state.profile().roleId("tencent", "main", role);
          String value = field(path);
          if (id.isPresent()) {
            assertThat(value).isEqualTo(prefix + "assumed-role/" + id.get());
          } else {
            assertThat(value).matches(Pattern.quote(prefix + "assumed-role/") + "[0-9]+");
          }
        });
  }

  @Then("the response lists the key of user {string} of account {string} as {word}")
  public void listsUserKey(String user, String account, String status) {
    listsKey(state.profile().userKeyRecord("tencent", account, user), status);
  }

  @Then("the response lists the root key of account {string} as {word}")
  public void listsRootKey(String account, String status) {
    listsKey(state.profile().rootKeyRecord("tencent", account), status);
  }

  /**
   * QueryApiKey (Tencent QueryApiKey API model,
   * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json):
   * an {@code IdKeys} entry with the key's SecretId, its creation time as a JSON number (the
   * profile's, when it records one) and Status 2 (active) or 3 (disabled).
   */
  private void listsKey(Profile.KeyRecord key, String status) {
    state.verify(
        () -> {
          JsonNode keys = node("IdKeys");
          assertThat(keys.isArray()).as("IdKeys is a list").isTrue();
          JsonNode entry = null;
          for (JsonNode k : keys) {
            if (key.id().equals(k.path("SecretId").asText())) {
              entry = k;
            }
          }
          assertThat(entry).as("an IdKeys entry for %s in %s", key.id(), keys).isNotNull();
          int expected =
              switch (status) {
                case "active" -> 2;
                case "disabled" -> 3;
                default -> throw new IllegalArgumentException("active or disabled: " + status);
              };
          assertThat(entry.path("Status").isIntegralNumber()).as("Status is a number").isTrue();
          assertThat(entry.path("Status").asInt()).as("Status").isEqualTo(expected);
          JsonNode created = entry.path("CreateTime");
          assertThat(created.isIntegralNumber()).as("CreateTime is a number").isTrue();
          key.created()
              .ifPresent(
                  at ->
                      assertThat(created.asLong()).as("CreateTime").isEqualTo(at.getEpochSecond()));
        });
  }

  @Then("the response lists {int} key(s)")
  public void keyCount(int count) {
    state.verify(() -> assertThat(node("IdKeys").size()).as("IdKeys").isEqualTo(count));
  }

  /**
   * Credentials{Token, TmpSecretId, TmpSecretKey}, ExpiredTime, Expiration, RequestId (Tencent
   * credential fields).
   */
  static void assertCredentialShapes(ScenarioState state) {
    ApiResponse response = state.tencentLast().response();
    assertThat(response.field("Credentials.TmpSecretId"))
        .hasValueSatisfying(v -> assertThat(v).matches(Shapes.of("tencent", "temporary SecretId")));
    assertThat(response.field("Credentials.TmpSecretKey"))
        .hasValueSatisfying(
            v -> assertThat(v).matches(Shapes.of("tencent", "temporary SecretKey")));
    assertThat(response.field("Credentials.Token"))
        .hasValueSatisfying(v -> assertThat(v).matches(Shapes.of("tencent", "session token")));
    assertThat(response.node("ExpiredTime"))
        .hasValueSatisfying(v -> assertThat(v.isIntegralNumber()).as("ExpiredTime").isTrue());
    assertThat(response.field("Expiration"))
        .hasValueSatisfying(v -> assertThat(v).matches(Shapes.of("tencent", "UTC timestamp")));
    assertThat(response.field("RequestId"))
        .hasValueSatisfying(v -> assertThat(v).matches(Shapes.of("tencent", "request id")));
  }

  private JsonNode node(String path) {
    ApiResponse response = state.tencentLast().response();
    return response
        .node(path)
        .orElseThrow(
            () -> new AssertionError("no field " + path + " in " + response.abbreviated()));
  }

  private String field(String path) {
    return node(path).asText();
  }
}
