package io.mocksts.reports;

import static io.mocksts.reports.HtmlRenderer.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two runs' {@code summary.json} (mock against live, yesterday against today): new
 * failures, fixed scenarios, other changed results and observations, scenarios only in one run.
 * Writes {@code comparison.html} and {@code comparison.md}.
 *
 * <p>{@code java -cp ... io.mocksts.reports.Comparison --before A/summary.json --after
 * B/summary.json --out DIR}. Exits with 2 on bad arguments, 1 when a summary cannot be read or the
 * output cannot be written, and 0 otherwise.
 */
public final class Comparison {

  static final String HTML_FILE = "comparison.html";
  static final String MARKDOWN_FILE = "comparison.md";

  private static final String USAGE =
      "Usage: Comparison --before SUMMARY.json --after SUMMARY.json --out DIR";

  /** What one run says of a scenario. */
  record Side(String result, String reason, List<String> observations) {}

  /**
   * One scenario that differs between the runs ({@code before} or {@code after} null if absent).
   */
  record Change(String key, String vendor, String action, Side before, Side after) {}

  /**
   * The comparison.
   *
   * @param before the first run's metadata line
   * @param after the second run's metadata line
   * @param unchanged scenarios with the same result and observations in both
   */
  record Result(
      String before,
      String after,
      List<Change> newFailures,
      List<Change> fixed,
      List<Change> changed,
      List<Change> onlyBefore,
      List<Change> onlyAfter,
      int unchanged) {}

  private Comparison() {}

  static Result compare(Path before, Path after) throws IOException {
    JsonNode a = read(before);
    JsonNode b = read(after);
    Map<String, JsonNode> left = byKey(a);
    Map<String, JsonNode> right = byKey(b);
    List<Change> newFailures = new ArrayList<>();
    List<Change> fixed = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    List<Change> onlyBefore = new ArrayList<>();
    List<Change> onlyAfter = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, JsonNode> e : left.entrySet()) {
      JsonNode r = right.get(e.getKey());
      Side sa = side(e.getValue());
      if (r == null) {
        onlyBefore.add(change(e.getKey(), e.getValue(), sa, null));
        continue;
      }
      Side sb = side(r);
      boolean failedBefore = fails(sa.result());
      boolean failedAfter = fails(sb.result());
      Change c = change(e.getKey(), r, sa, sb);
      if (!failedBefore && failedAfter) {
        newFailures.add(c);
      } else if (failedBefore && !failedAfter) {
        fixed.add(c);
      } else if (!sa.result().equals(sb.result()) || !sa.observations().equals(sb.observations())) {
        changed.add(c);
      } else {
        unchanged++;
      }
    }
    for (Map.Entry<String, JsonNode> e : right.entrySet()) {
      if (!left.containsKey(e.getKey())) {
        onlyAfter.add(change(e.getKey(), e.getValue(), null, side(e.getValue())));
      }
    }
    return new Result(
        describe(before, a),
        describe(after, b),
        newFailures,
        fixed,
        changed,
        onlyBefore,
        onlyAfter,
        unchanged);
  }

  /** Writes both files and returns them (HTML, then Markdown). */
  static List<Path> write(Result result, Path out) throws IOException {
    Files.createDirectories(out);
    Path html = out.resolve(HTML_FILE);
    Path md = out.resolve(MARKDOWN_FILE);
    Files.writeString(html, html(result), StandardCharsets.UTF_8);
    Files.writeString(md, markdown(result), StandardCharsets.UTF_8);
    return List.of(html, md);
  }

  public static void main(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        System.out.println(USAGE);
        return;
      }
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(0, eq) : arg;
      String value = eq > 0 ? arg.substring(eq + 1) : (i + 1 < args.length ? args[++i] : null);
      if (!List.of("--before", "--after", "--out").contains(name) || value == null) {
        System.err.println(
            value == null ? "Missing value after " + name : "Unknown option " + name);
        System.err.println(USAGE);
        System.exit(2);
        return;
      }
      options.put(name, value);
    }
    for (String required : List.of("--before", "--after", "--out")) {
      if (!options.containsKey(required)) {
        System.err.println("Missing " + required);
        System.err.println(USAGE);
        System.exit(2);
        return;
      }
    }
    try {
      Result r = compare(Path.of(options.get("--before")), Path.of(options.get("--after")));
      List<Path> written = write(r, Path.of(options.get("--out")));
      System.out.println(
          r.newFailures().size()
              + " new failure(s), "
              + r.fixed().size()
              + " fixed, "
              + r.changed().size()
              + " changed, "
              + r.onlyBefore().size()
              + " only before, "
              + r.onlyAfter().size()
              + " only after; "
              + written.get(0)
              + " (also "
              + MARKDOWN_FILE
              + ")");
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("Cannot compare: " + e.getMessage());
      System.exit(1);
    }
  }

  private static JsonNode read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such summary file");
    }
    JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
    if (root == null || !root.path("scenarios").isArray()) {
      throw new IOException(file + ": not a summary.json (no 'scenarios' array)");
    }
    int version = root.path("schemaVersion").asInt(0);
    if (version != Summary.SCHEMA_VERSION) {
      throw new IOException(
          file + ": 'schemaVersion' is " + version + ", this tool reads " + Summary.SCHEMA_VERSION);
    }
    return root;
  }

  private static Map<String, JsonNode> byKey(JsonNode root) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    root.path("scenarios").forEach(s -> out.put(s.path("key").asText(s.path("id").asText()), s));
    return out;
  }

  private static Side side(JsonNode s) {
    List<String> observations = new ArrayList<>();
    s.path("observations").forEach(o -> observations.add(o.asText()));
    JsonNode reason = s.get("reason");
    return new Side(
        s.path("result").asText("unknown"),
        reason == null || reason.isNull() ? null : reason.asText(),
        observations);
  }

  private static Change change(String key, JsonNode s, Side before, Side after) {
    return new Change(key, s.path("vendor").asText(""), s.path("action").asText(""), before, after);
  }

  private static boolean fails(String result) {
    return result.equals(Outcome.FAILED.label())
        || result.equals(Outcome.STALE_EXPECTATION.label());
  }

  private static String describe(Path file, JsonNode root) {
    JsonNode run = root.path("run");
    StringBuilder d =
        new StringBuilder(file.toString())
            .append(": target ")
            .append(run.path("target").asText("?"));
    if (run.hasNonNull("profile")) {
      d.append(", profile ").append(run.path("profile").asText());
    }
    d.append(", commit ").append(run.path("gitCommit").asText("unknown"));
    d.append(", started ").append(run.path("startedAt").asText("?"));
    return d.toString();
  }

  private static List<Map.Entry<String, List<Change>>> sections(Result r) {
    return List.of(
        Map.entry("New failures", r.newFailures()),
        Map.entry("Fixed", r.fixed()),
        Map.entry("Changed results or observations", r.changed()),
        Map.entry("Only in the first run", r.onlyBefore()),
        Map.entry("Only in the second run", r.onlyAfter()));
  }

  static String markdown(Result r) {
    StringBuilder m = new StringBuilder("# Comparison of two conformance runs\n\n");
    m.append("- Before: ").append(r.before()).append('\n');
    m.append("- After: ").append(r.after()).append("\n\n");
    m.append("| New failures | Fixed | Changed | Only before | Only after | Unchanged |\n")
        .append("|---|---|---|---|---|---|\n| ")
        .append(r.newFailures().size())
        .append(" | ")
        .append(r.fixed().size())
        .append(" | ")
        .append(r.changed().size())
        .append(" | ")
        .append(r.onlyBefore().size())
        .append(" | ")
        .append(r.onlyAfter().size())
        .append(" | ")
        .append(r.unchanged())
        .append(" |\n");
    for (Map.Entry<String, List<Change>> section : sections(r)) {
      if (section.getValue().isEmpty()) {
        continue;
      }
      m.append("\n## ")
          .append(section.getKey())
          .append(" (")
          .append(section.getValue().size())
          .append(")\n\n| Scenario | Before | After |\n|---|---|---|\n");
      for (Change c : section.getValue()) {
        m.append("| ")
            .append(cell(c.key()))
            .append(" | ")
            .append(cell(side(c.before())))
            .append(" | ")
            .append(cell(side(c.after())))
            .append(" |\n");
      }
    }
    return m.toString();
  }

  static String html(Result r) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Comparison of two conformance runs</title>\n<style>\n")
        .append(
            "body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em 2em}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;"
                + "padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f6f8fa}\n")
        .append("</style>\n</head>\n<body>\n<h1>Comparison of two conformance runs</h1>\n<ul>\n")
        .append("<li>Before: ")
        .append(escape(r.before()))
        .append("</li>\n<li>After: ")
        .append(escape(r.after()))
        .append("</li>\n</ul>\n<p>")
        .append(r.newFailures().size())
        .append(" new failure(s), ")
        .append(r.fixed().size())
        .append(" fixed, ")
        .append(r.changed().size())
        .append(" changed, ")
        .append(r.onlyBefore().size())
        .append(" only before, ")
        .append(r.onlyAfter().size())
        .append(" only after, ")
        .append(r.unchanged())
        .append(" unchanged.</p>\n");
    for (Map.Entry<String, List<Change>> section : sections(r)) {
      h.append("<h2>")
          .append(escape(section.getKey()))
          .append(" (")
          .append(section.getValue().size())
          .append(")</h2>\n");
      if (section.getValue().isEmpty()) {
        h.append("<p>None.</p>\n");
        continue;
      }
      h.append("<table>\n<tr><th>Scenario</th><th>Before</th><th>After</th></tr>\n");
      for (Change c : section.getValue()) {
        h.append("<tr><td>")
            .append(escape(c.key()))
            .append("</td><td>")
            .append(escape(side(c.before())))
            .append("</td><td>")
            .append(escape(side(c.after())))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    return h.append("</body>\n</html>\n").toString();
  }

  private static String side(Side s) {
    if (s == null) {
      return "(absent)";
    }
    StringBuilder out = new StringBuilder(s.result());
    if (s.reason() != null) {
      out.append(": ").append(s.reason());
    }
    if (!s.observations().isEmpty() && !Objects.equals(s.reason(), s.observations().get(0))) {
      out.append(" [observed: ").append(String.join("; ", s.observations())).append(']');
    }
    return out.toString();
  }

  private static String cell(String text) {
    String t = text.replace("|", "\\|").replace("\n", " ");
    return t.length() > 300 ? t.substring(0, 297) + "..." : t;
  }
}
