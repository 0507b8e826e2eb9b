package io.mocksts.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kit's expectation ledger of a run, {@code target/conformance/expectations.json}: {@code
 * {"file":..., "entries":[{"scenario":id, "outcome":"fail"|"observe", "reason":..., "link":...,
 * "verdict":"as-expected"|"stale", "recorded":[...]}]}}, one entry per expected scenario that ran,
 * in run order. Absent or unreadable: no entry (the report then reads the scenarios' logs).
 */
final class LedgerFile {

  record Entry(
      String scenario,
      String outcome,
      String reason,
      String link,
      String verdict,
      List<String> recorded) {

    boolean stale() {
      return "stale".equals(verdict);
    }
  }

  private final Map<String, Deque<Entry>> byScenario;

  private LedgerFile(Map<String, Deque<Entry>> byScenario) {
    this.byScenario = byScenario;
  }

  static LedgerFile read(Path file) {
    Map<String, Deque<Entry>> byScenario = new LinkedHashMap<>();
    if (file != null && Files.isRegularFile(file)) {
      try {
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        for (JsonNode n : root.path("entries")) {
          List<String> recorded = new ArrayList<>();
          n.path("recorded").forEach(r -> recorded.add(r.asText()));
          Entry e =
              new Entry(
                  n.path("scenario").asText(""),
                  n.path("outcome").asText("fail"),
                  text(n, "reason"),
                  text(n, "link"),
                  n.path("verdict").asText("as-expected"),
                  recorded);
          byScenario.computeIfAbsent(e.scenario(), k -> new ArrayDeque<>()).add(e);
        }
      } catch (IOException e) {
        return new LedgerFile(Map.of());
      }
    }
    return new LedgerFile(byScenario);
  }

  /** The next entry of a scenario id (outline rows sharing an id come in run order). */
  Entry take(String scenarioId) {
    Deque<Entry> entries = byScenario.get(scenarioId);
    return entries == null ? null : entries.poll();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
