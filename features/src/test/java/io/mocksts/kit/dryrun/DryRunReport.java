package io.mocksts.kit.dryrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dry run's listing: per scenario, the calls it would make (vendor, action, endpoint host,
 * identity, how many times), or that it would be not applicable and why; printed to the console and
 * written as {@code dry-run.md} and {@code dry-run.json}.
 */
final class DryRunReport {

  /** One scenario of the listing. */
  record Entry(
      ScenarioPlan plan, Optional<String> notApplicable, List<Map<String, String>> calls) {}

  private final DryRunTarget target;
  private final List<Entry> entries;
  private final Optional<String> unsetWarning;

  private DryRunReport(DryRunTarget target, List<Entry> entries, Optional<String> unsetWarning) {
    this.target = target;
    this.entries = entries;
    this.unsetWarning = unsetWarning;
  }

  static DryRunReport of(
      DryRunTarget target, List<ScenarioPlan> plans, Optional<String> unsetWarning) {
    List<Entry> entries = new ArrayList<>();
    for (ScenarioPlan plan : plans) {
      Optional<String> reason =
          Applicability.reason(target.mock(), target.profile(), Applicability.vocabulary(), plan);
      List<Map<String, String>> calls = new ArrayList<>();
      for (ScenarioPlan.Call call : plan.calls()) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("vendor", call.vendor());
        row.put("action", call.action());
        row.put("endpoint", target.host(call.vendor()));
        row.put("identity", call.identity());
        row.put("times", call.times());
        calls.add(row);
      }
      entries.add(new Entry(plan, reason, calls));
    }
    return new DryRunReport(target, entries, unsetWarning);
  }

  long applicable() {
    return entries.stream().filter(e -> e.notApplicable().isEmpty()).count();
  }

  long notApplicable() {
    return entries.size() - applicable();
  }

  long calls() {
    return entries.stream()
        .filter(e -> e.notApplicable().isEmpty())
        .mapToLong(e -> e.calls().size())
        .sum();
  }

  /** How many scenarios are not applicable for each reason (its first words, e.g. the tag). */
  Map<String, Long> reasons() {
    Map<String, Long> out = new TreeMap<>();
    for (Entry entry : entries) {
      entry
          .notApplicable()
          .ifPresent(reason -> out.merge(reason.replaceFirst(" \\(.*$", ""), 1L, Long::sum));
    }
    return out;
  }

  String summary() {
    return "dry run against "
        + target.name()
        + ": "
        + entries.size()
        + " scenarios, "
        + applicable()
        + " would run ("
        + calls()
        + " calls), "
        + notApplicable()
        + " not applicable";
  }

  String console() {
    StringBuilder out = new StringBuilder();
    for (Entry entry : entries) {
      ScenarioPlan plan = entry.plan();
      String title = plan.family() + ": " + plan.name();
      if (entry.notApplicable().isPresent()) {
        out.append("[n/a] ").append(title).append(" -- ").append(entry.notApplicable().get());
        out.append(System.lineSeparator());
        continue;
      }
      out.append("[run] ").append(title).append(System.lineSeparator());
      for (Map<String, String> call : entry.calls()) {
        out.append("        ").append(line(call)).append(System.lineSeparator());
      }
    }
    unsetWarning.ifPresent(w -> out.append("warning: ").append(w).append(System.lineSeparator()));
    reasons()
        .forEach(
            (reason, count) ->
                out.append("  n/a ")
                    .append(count)
                    .append(": ")
                    .append(reason)
                    .append(System.lineSeparator()));
    out.append(summary());
    return out.toString();
  }

  private static String line(Map<String, String> call) {
    return call.get("vendor")
        + " "
        + call.get("action")
        + " -> "
        + call.get("endpoint")
        + " as "
        + call.get("identity")
        + (call.get("times").equals("1") ? "" : " (" + call.get("times") + ")");
  }

  String markdown() {
    StringBuilder out = new StringBuilder("# Dry run\n\n");
    out.append(summary()).append(".\n\n");
    unsetWarning.ifPresent(w -> out.append("Warning: ").append(w).append(".\n\n"));
    if (!reasons().isEmpty()) {
      out.append("| not applicable because | scenarios |\n|---|---|\n");
      reasons()
          .forEach(
              (r, n) -> out.append("| ").append(cell(r)).append(" | ").append(n).append(" |\n"));
      out.append('\n');
    }
    String family = null;
    for (Entry entry : entries) {
      ScenarioPlan plan = entry.plan();
      if (!plan.family().equals(family)) {
        out.append(family == null ? "" : "\n").append("## ").append(plan.family()).append("\n\n");
        family = plan.family();
      }
      out.append("- **").append(cell(plan.name())).append("**");
      if (entry.notApplicable().isPresent()) {
        out.append(": not applicable: ").append(cell(entry.notApplicable().get())).append('\n');
        continue;
      }
      out.append('\n');
      for (Map<String, String> call : entry.calls()) {
        out.append("  - ").append(cell(line(call))).append('\n');
      }
    }
    return out.toString();
  }

  Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("target", target.name());
    out.put("profile", target.profile().settings().name().orElse(null));
    out.put("scenarios", entries.size());
    out.put("applicable", applicable());
    out.put("notApplicable", notApplicable());
    out.put("calls", calls());
    unsetWarning.ifPresent(w -> out.put("warning", w));
    List<Map<String, Object>> list = new ArrayList<>();
    for (Entry entry : entries) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("family", entry.plan().family());
      row.put("name", entry.plan().name());
      row.put("vendor", entry.plan().vendor());
      row.put("tags", entry.plan().tags());
      if (entry.notApplicable().isPresent()) {
        row.put("result", "not applicable");
        row.put("reason", entry.notApplicable().get());
      } else {
        row.put("result", "would run");
        row.put("calls", entry.calls());
      }
      list.add(row);
    }
    out.put("entries", list);
    return out;
  }

  void write(Path directory) {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("dry-run.md"), markdown());
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(directory.resolve("dry-run.json").toFile(), json());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dry run to " + directory, e);
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
