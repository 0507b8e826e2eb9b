package io.mocksts.kit.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The fidelity table of a record run: for each exchange with the target, where its answer differed
 * from the reference STS's answer to the same logical request (status, content type, error code,
 * message, the set of fields, and the shape of the fields named in {@code Shapes}). Written as
 * {@code fidelity.json} and {@code fidelity.md} in the record directory after every scenario.
 */
final class Fidelity {

  /** One way the target's answer differed: what the target answered and what the reference did. */
  record Difference(String aspect, String what, String target, String reference) {}

  /** One exchange of a scenario: compared (with its differences) or not, and why not. */
  record Entry(
      ScenarioContext.Current scenario,
      int seq,
      String vendor,
      String action,
      boolean compared,
      String reason,
      List<Difference> differences) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Values that differ from call to call inside a message: ids, times, numbers. */
  private static final Pattern VOLATILE =
      Pattern.compile(
          "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
              + "|[0-9A-Fa-f]{32,}|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z?|\\d+");

  private final String target;
  private final List<Entry> entries = new ArrayList<>();

  Fidelity(String target) {
    this.target = target;
  }

  synchronized void add(Entry entry) {
    entries.add(entry);
  }

  synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /**
   * How the target's answer differs from the reference's; {@code toLogical} translates the target's
   * names in its message back to the logical ones first. Null when the answers cannot be compared:
   * one of them is a rate limit's refusal.
   */
  static List<Difference> compare(
      String vendor, Observed target, Observed reference, UnaryOperator<String> toLogical) {
    ResponseFacts t =
        ResponseFacts.of(
            vendor, target.status(), target.responseHeader("Content-Type"), target.responseBody());
    ResponseFacts r =
        ResponseFacts.of(
            vendor,
            reference.status(),
            reference.responseHeader("Content-Type"),
            reference.responseBody());
    List<Difference> out = new ArrayList<>();
    if (!t.code().equals(r.code()) && (throttled(t.code()) || throttled(r.code()))) {
      return null; // a rate limit: when it strikes depends on timing, not on the request
    }
    if (t.status() != r.status()) {
      out.add(new Difference("status", "HTTP status", "" + t.status(), "" + r.status()));
    }
    if (!t.contentType().equals(r.contentType())) {
      out.add(new Difference("content type", "Content-Type", t.contentType(), r.contentType()));
    }
    if (!t.code().equals(r.code())) {
      out.add(
          new Difference(
              "error code", "code", t.code().orElse("(none)"), r.code().orElse("(none)")));
    } else if (!Objects.equals(
        t.message().map(toLogical).map(Fidelity::masked), r.message().map(Fidelity::masked))) {
      out.add(
          new Difference(
              "message",
              t.code().orElse("message"),
              t.message().map(toLogical).orElse("(none)"),
              r.message().orElse("(none)")));
    }
    TreeSet<String> paths = new TreeSet<>(t.fields().keySet());
    paths.addAll(r.fields().keySet());
    for (String path : paths) {
      boolean inTarget = t.fields().containsKey(path);
      boolean inReference = r.fields().containsKey(path);
      if (inTarget != inReference) {
        out.add(
            new Difference(
                "field",
                path,
                inTarget ? "present" : "absent",
                inReference ? "present" : "absent"));
        continue;
      }
      Optional<Boolean> targetShaped = ResponseFacts.shaped(vendor, path, t.fields().get(path));
      Optional<Boolean> referenceShaped = ResponseFacts.shaped(vendor, path, r.fields().get(path));
      if (!targetShaped.equals(referenceShaped)) {
        out.add(
            new Difference(
                "shape",
                path,
                targetShaped.orElse(false) ? "as documented" : "'" + t.fields().get(path) + "'",
                referenceShaped.orElse(false)
                    ? "as documented"
                    : "'" + r.fields().get(path) + "'"));
      }
    }
    return out;
  }

  private static boolean throttled(Optional<String> code) {
    return code.map(c -> c.startsWith("Throttling") || c.equals("RequestLimitExceeded"))
        .orElse(false);
  }

  static String masked(String message) {
    return VOLATILE.matcher(message).replaceAll("#");
  }

  /** Writes {@code fidelity.json} and {@code fidelity.md} into {@code dir}. */
  synchronized void write(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("fidelity.json"), JSON.writeValueAsString(json()));
      Files.writeString(dir.resolve("fidelity.md"), markdown());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fidelity table into " + dir, e);
    }
  }

  private ObjectNode json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    root.put("target", target);
    root.put("reference", "the embedded reference STS on the default world");
    root.put("exchanges", entries.size());
    root.put("compared", entries.stream().filter(Entry::compared).count());
    root.put("notCompared", entries.stream().filter(e -> !e.compared()).count());
    root.put("differing", entries.stream().filter(e -> !e.differences().isEmpty()).count());
    ArrayNode scenarios = root.putArray("scenarios");
    for (Map.Entry<ScenarioContext.Current, List<Entry>> group : byScenario().entrySet()) {
      List<Entry> notable =
          group.getValue().stream()
              .filter(e -> !e.compared() || !e.differences().isEmpty())
              .toList();
      if (notable.isEmpty()) {
        continue;
      }
      ObjectNode scenario = scenarios.addObject();
      scenario.put("scenario", group.getKey().id());
      scenario.put("uri", group.getKey().uri());
      scenario.put("line", group.getKey().line());
      ArrayNode exchanges = scenario.putArray("exchanges");
      for (Entry entry : notable) {
        ObjectNode exchange = exchanges.addObject();
        exchange.put("seq", entry.seq());
        exchange.put("vendor", entry.vendor());
        exchange.put("action", entry.action());
        exchange.put("compared", entry.compared());
        if (!entry.compared()) {
          exchange.put("reason", entry.reason());
        }
        ArrayNode differences = exchange.putArray("differences");
        for (Difference d : entry.differences()) {
          ObjectNode difference = differences.addObject();
          difference.put("aspect", d.aspect());
          difference.put("what", d.what());
          difference.put("target", d.target());
          difference.put("reference", d.reference());
        }
      }
    }
    return root;
  }

  private String markdown() {
    long compared = entries.stream().filter(Entry::compared).count();
    List<Entry> differing = entries.stream().filter(e -> !e.differences().isEmpty()).toList();
    StringBuilder out = new StringBuilder("# Fidelity: ").append(cell(target)).append("\n\n");
    out.append(entries.size())
        .append(" exchanges recorded, ")
        .append(compared)
        .append(" compared with the reference STS (default world), ")
        .append(differing.size())
        .append(" answered differently, ")
        .append(entries.size() - compared)
        .append(" not compared.\n\n");
    if (differing.isEmpty()) {
      out.append("No differences.\n");
    } else {
      out.append("| scenario | # | action | aspect | what | target | reference |\n")
          .append("|---|---|---|---|---|---|---|\n");
      for (Entry e : differing) {
        for (Difference d : e.differences()) {
          out.append("| ")
              .append(cell(e.scenario().id()))
              .append(" | ")
              .append(e.seq())
              .append(" | ")
              .append(cell(e.vendor() + " " + e.action()))
              .append(" | ")
              .append(d.aspect())
              .append(" | ")
              .append(cell(d.what()))
              .append(" | ")
              .append(cell(d.target()))
              .append(" | ")
              .append(cell(d.reference()))
              .append(" |\n");
        }
      }
    }
    List<Entry> skipped = entries.stream().filter(e -> !e.compared()).toList();
    if (!skipped.isEmpty()) {
      out.append("\n## Not compared\n\n");
      for (Entry e : skipped) {
        out.append("- ")
            .append(cell(e.scenario().id()))
            .append(" #")
            .append(e.seq())
            .append(" ")
            .append(e.action())
            .append(": ")
            .append(cell(e.reason()))
            .append("\n");
      }
    }
    return out.toString();
  }

  private Map<ScenarioContext.Current, List<Entry>> byScenario() {
    Map<ScenarioContext.Current, List<Entry>> groups = new LinkedHashMap<>();
    for (Entry entry : entries) {
      groups.computeIfAbsent(entry.scenario(), k -> new ArrayList<>()).add(entry);
    }
    return groups;
  }

  private static String cell(String text) {
    String flat = text.replace("|", "\\|").replace("\n", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
  }
}
