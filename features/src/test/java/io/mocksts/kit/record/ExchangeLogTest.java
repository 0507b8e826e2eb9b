package io.mocksts.kit.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeLogTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final ScenarioContext.Current SCENARIO =
      new ScenarioContext.Current(
          "alibaba/assume-role.feature: a role that does not exist is reported as such",
          "classpath:alibaba/assume-role.feature",
          78,
          Set.of("@alibaba"));

  private static Observed exchange(String body) {
    return new Observed(
        "alibaba",
        "AssumeRole",
        "POST",
        URI.create("http://127.0.0.1:8080/?Action=AssumeRole&Signature=c2ln&AccessKeyId=LTAI5tX"),
        Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
        "RoleArn=acs%3Aram%3A%3A1%3Arole%2Fnone",
        400,
        Map.of("Content-Type", List.of("application/json;charset=utf-8")),
        body,
        12);
  }

  @Test
  void aLineIsOneJsonObjectWithTheContractsFieldsInOrder() throws Exception {
    String line =
        ExchangeLog.line(
            exchange("{\"Code\":\"EntityNotExist.Role\",\"RequestId\":\"R\"}"),
            SCENARIO,
            1,
            "embedded");

    assertThat(line).doesNotContain("\n");
    JsonNode json = JSON.readTree(line);
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "scenario",
            "uri",
            "line",
            "seq",
            "vendor",
            "action",
            "target",
            "request",
            "response",
            "millis");
    assertThat(json.get("scenario").asText()).isEqualTo(SCENARIO.id());
    assertThat(json.get("uri").asText()).isEqualTo("classpath:alibaba/assume-role.feature");
    assertThat(json.get("line").asInt()).isEqualTo(78);
    assertThat(json.get("seq").asInt()).isEqualTo(1);
    assertThat(json.get("target").asText()).isEqualTo("embedded");
    assertThat(json.get("request").fieldNames())
        .toIterable()
        .containsExactly("method", "url", "headers", "body");
    assertThat(json.at("/request/url").asText())
        .isEqualTo("http://127.0.0.1:8080/?Action=AssumeRole&Signature=***&AccessKeyId=LTAI5tX");
    assertThat(json.at("/request/headers/Content-Type").asText())
        .isEqualTo("application/x-www-form-urlencoded");
    assertThat(json.get("response").fieldNames())
        .toIterable()
        .containsExactly("status", "headers", "body");
    assertThat(json.at("/response/status").asInt()).isEqualTo(400);
    assertThat(json.at("/response/body").asText()).contains("EntityNotExist.Role");
    assertThat(json.get("millis").asLong()).isEqualTo(12);
  }

  @Test
  void aHostileSizedBodyIsCappedInTheLog() throws Exception {
    String huge = "{\"Message\":\"" + "a".repeat(1_000_000) + "\"}";

    JsonNode json = JSON.readTree(ExchangeLog.line(exchange(huge), SCENARIO, 2, "embedded"));

    assertThat(json.at("/response/body").asText().length()).isLessThan(Redactor.MAX_TEXT + 64);
  }

  @Test
  void theFileIsEmptiedOnTheFirstExchangeOfARunThenAppended(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("conformance").resolve("exchanges.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"from\":\"an earlier run\"}\n");
    ExchangeLog log = new ExchangeLog(file);

    log.append("{\"seq\":1}");
    log.append("{\"seq\":2}");
    log.close();

    assertThat(Files.readAllLines(file)).containsExactly("{\"seq\":1}", "{\"seq\":2}");
  }
}
