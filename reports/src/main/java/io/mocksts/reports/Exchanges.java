package io.mocksts.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded exchanges of a run, {@code target/conformance/exchanges.jsonl}: one JSON object per
 * line, {@code {"scenario":"alibaba/assume-role.feature: <name>","uri":...,"line":12,"seq":1,
 * "vendor":...,"action":...,"target":...,"request":{"method","url","headers","body"},
 * "response":{"status","headers","body"},"millis":12}}. Read tolerantly: a line that is not such an
 * object is counted and skipped, a missing field is left empty; an absent file means no exchange.
 * Every value is redacted again on reading ({@link Redaction}).
 */
final class Exchanges {

  /** One request and its answer, redacted. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Exchange(
      String scenario,
      int line,
      int seq,
      String vendor,
      String action,
      String target,
      Request request,
      Response response,
      Long millis) {}

  record Request(String method, String url, Map<String, String> headers, String body) {}

  record Response(Integer status, Map<String, String> headers, String body) {}

  private final Map<String, List<Exchange>> byScenario;
  private final int unreadable;

  private Exchanges(Map<String, List<Exchange>> byScenario, int unreadable) {
    this.byScenario = byScenario;
    this.unreadable = unreadable;
  }

  static Exchanges none() {
    return new Exchanges(Map.of(), 0);
  }

  static Exchanges read(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return none();
    }
    ObjectMapper json = JsonMapper.builder().build();
    Map<String, List<Exchange>> byScenario = new LinkedHashMap<>();
    int unreadable = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (IOException e) {
          unreadable++;
          continue;
        }
        if (node == null || !node.isObject() || !node.path("scenario").isTextual()) {
          unreadable++;
          continue;
        }
        Exchange exchange = exchange(node);
        byScenario.computeIfAbsent(exchange.scenario(), k -> new ArrayList<>()).add(exchange);
      }
    } catch (IOException e) {
      unreadable++;
    }
    byScenario.values().forEach(list -> list.sort(Comparator.comparingInt(Exchange::seq)));
    return new Exchanges(byScenario, unreadable);
  }

  private static Exchange exchange(JsonNode n) {
    JsonNode rq = n.path("request");
    JsonNode rs = n.path("response");
    return new Exchange(
        n.path("scenario").asText(),
        n.path("line").asInt(0),
        n.path("seq").asInt(0),
        text(n, "vendor"),
        text(n, "action"),
        text(n, "target"),
        rq.isObject()
            ? new Request(
                text(rq, "method"),
                Redaction.text(text(rq, "url")),
                Redaction.headers(headers(rq.path("headers"))),
                Redaction.text(text(rq, "body")))
            : null,
        rs.isObject()
            ? new Response(
                rs.path("status").isNumber() ? rs.path("status").asInt() : null,
                Redaction.headers(headers(rs.path("headers"))),
                Redaction.text(text(rs, "body")))
            : null,
        n.path("millis").isNumber() ? n.path("millis").asLong() : null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  private static Map<String, String> headers(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  out.put(
                      e.getKey(),
                      e.getValue().isArray() ? join(e.getValue()) : e.getValue().asText()));
    }
    return out;
  }

  private static String join(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return String.join(", ", values);
  }

  /** The exchanges of a scenario (by its id), preferring those recorded at its line. */
  List<Exchange> of(String scenarioId, int line) {
    List<Exchange> all = byScenario.getOrDefault(scenarioId, List.of());
    List<Exchange> atLine = all.stream().filter(e -> e.line() == line).toList();
    return atLine.isEmpty() ? all : atLine;
  }

  boolean isEmpty() {
    return byScenario.isEmpty();
  }

  /** Every exchange, in file order by scenario, for the evidence bundle. */
  List<Exchange> all() {
    return byScenario.values().stream().flatMap(List::stream).toList();
  }

  int unreadable() {
    return unreadable;
  }
}
