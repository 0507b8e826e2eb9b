package io.mocksts.kit.expectations;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The expected scenarios of this run and how each ended, for the conformance report. */
public final class Ledger {

  /** One expected scenario's end. */
  public record Entry(
      String scenarioId,
      Expectations.Expectation expectation,
      Expectations.Verdict verdict,
      List<String> recorded) {}

  private static final List<Entry> ENTRIES = new ArrayList<>();

  private Ledger() {}

  public static synchronized void add(Entry entry) {
    ENTRIES.add(entry);
  }

  public static synchronized List<Entry> entries() {
    return List.copyOf(ENTRIES);
  }

  /**
   * Writes the entries as {@code expectations.json} for the conformance report: {@code
   * {"version":1,"entries":[{"scenario","outcome":"fail"|"observe","reason","link",
   * "verdict":"as-expected"|"stale","recorded":[...]}]}}, in run order.
   */
  public static void export(Path file) throws IOException {
    JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    ObjectNode root = json.createObjectNode();
    root.put("version", 1);
    ArrayNode array = root.putArray("entries");
    for (Entry e : entries()) {
      ObjectNode n = array.addObject();
      n.put("scenario", e.scenarioId());
      n.put("outcome", e.expectation().outcome().name().toLowerCase(Locale.ROOT));
      n.put("reason", e.expectation().reason());
      e.expectation().link().ifPresent(l -> n.put("link", l));
      n.put("verdict", e.verdict() == Expectations.Verdict.STALE ? "stale" : "as-expected");
      ArrayNode recorded = n.putArray("recorded");
      e.recorded().forEach(recorded::add);
    }
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    json.writeValue(file.toFile(), root);
  }
}
