package io.mocksts.reports;

import io.mocksts.reports.FeatureCatalog.Pickled;
import io.mocksts.reports.Report.Scenario;
import io.mocksts.reports.Report.Status;
import io.mocksts.reports.Summary.Cell;
import io.mocksts.reports.Summary.Doc;
import io.mocksts.reports.Summary.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Derives the {@link Summary} of a run from its report, feature files and ledgers. */
final class SummaryBuilder {

  static final String NOT_APPLICABLE_PREFIX = "not applicable: ";
  static final String OBSERVED_PREFIX = "OBSERVED";
  static final String EXPECTED_PREFIX = "EXPECTED ";
  static final String STALE_MARK = "stale expectation";

  private SummaryBuilder() {}

  static Summary build(
      Report report,
      FeatureCatalog catalog,
      LedgerFile ledger,
      Exchanges exchanges,
      Sources sources,
      RunMetadata metadata) {
    Map<String, Pickled> pickles = new HashMap<>();
    for (Pickled p : catalog.pickles()) {
      pickles.put(location(p.uri(), p.line()), p);
    }
    List<Entry> entries = new ArrayList<>();
    for (Scenario s : report.scenarios()) {
      Pickled p = pickles.get(location(s.uri(), s.line()));
      entries.add(entry(s, p, ledger, exchanges, sources));
    }
    for (Pickled p : catalog.wip()) {
      String id = scenarioId(p.uri(), p.name());
      entries.add(
          new Entry(
              id,
              id,
              vendor(p.uri(), p.tags()),
              action(p.uri(), p.tags(), null),
              p.rule(),
              p.feature(),
              relative(p.uri()),
              p.line(),
              p.name(),
              p.tags(),
              Outcome.WIP,
              "tagged @wip",
              docs(sources, p.tags()),
              null,
              null,
              List.of(),
              0));
    }
    entries = uniqueKeys(entries);
    Map<String, Integer> totals = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      totals.put(o.label(), (int) entries.stream().filter(e -> e.result() == o).count());
    }
    List<String> vendors =
        List.copyOf(
            new TreeSet<>(
                entries.stream()
                    .filter(e -> e.result() != Outcome.WIP)
                    .map(Entry::vendor)
                    .toList()));
    return new Summary(
        Summary.SCHEMA_ID,
        Summary.SCHEMA_VERSION,
        report.generatedAt(),
        metadata.withVendors(vendors),
        report.run().completed(),
        report.run().message(),
        totals,
        matrix(entries),
        entries);
  }

  private static Entry entry(
      Scenario s, Pickled p, LedgerFile ledger, Exchanges exchanges, Sources sources) {
    String id = scenarioId(s.uri(), s.name());
    List<Exchanges.Exchange> recorded = exchanges.of(id, s.line());
    LedgerFile.Entry expected = ledger.take(id);
    List<String> observations = new ArrayList<>();
    for (String out : s.output()) {
      if (out.startsWith(OBSERVED_PREFIX)) {
        observations.add(Redaction.text(afterColon(out)));
      }
    }
    if (expected != null) {
      expected.recorded().stream().map(Redaction::text).forEach(observations::add);
    }
    Optional<String> expectedLog =
        s.output().stream().filter(o -> o.startsWith(EXPECTED_PREFIX)).findFirst();
    Outcome result;
    String reason = null;
    Summary.Failure failure = null;
    if (s.status().isFailure()) {
      boolean stale =
          (expected != null && expected.stale())
              || (s.message() != null && s.message().startsWith(STALE_MARK));
      result = stale ? Outcome.STALE_EXPECTATION : Outcome.FAILED;
      failure = FailureDiff.of(s, recorded);
      if (stale) {
        // Nothing differed: there is no expected and observed answer to set side by side.
        failure = new Summary.Failure(failure.step(), failure.message(), null, null);
      }
      reason = failure.message() == null ? null : firstLine(failure.message());
    } else if (s.status() == Status.SKIPPED) {
      result = Outcome.NOT_APPLICABLE;
      String why = s.message() == null ? "skipped" : firstLine(s.message());
      reason =
          why.startsWith(NOT_APPLICABLE_PREFIX)
              ? why.substring(NOT_APPLICABLE_PREFIX.length())
              : why;
    } else if (expected != null) {
      result = "observe".equals(expected.outcome()) ? Outcome.OBSERVED : Outcome.EXPECTED_FAILURE;
      reason = expected.reason();
    } else if (expectedLog.isPresent()) {
      result =
          expectedLog.get().startsWith(EXPECTED_PREFIX + "observe")
              ? Outcome.OBSERVED
              : Outcome.EXPECTED_FAILURE;
      reason = Redaction.text(expectedLog.get().substring(EXPECTED_PREFIX.length()));
    } else if (!observations.isEmpty()) {
      result = Outcome.OBSERVED;
      reason = observations.get(0);
    } else {
      result = Outcome.PASSED;
    }
    List<String> tags = p != null ? p.tags() : s.tags();
    return new Entry(
        id,
        id,
        vendor(s.uri(), tags),
        action(s.uri(), tags, recorded),
        p == null ? "" : p.rule(),
        s.feature(),
        relative(s.uri()),
        s.line(),
        s.name(),
        tags,
        result,
        reason == null ? null : Redaction.text(reason),
        docs(sources, tags),
        failure,
        expected == null
            ? null
            : new Summary.Expected(
                expected.outcome(), expected.reason(), expected.link(), expected.verdict()),
        observations,
        recorded.size());
  }

  /** Gives every entry a key unique in the summary: its id, with the line when ids repeat. */
  private static List<Entry> uniqueKeys(List<Entry> entries) {
    Map<String, Integer> seen = new HashMap<>();
    entries.forEach(e -> seen.merge(e.id(), 1, Integer::sum));
    return entries.stream()
        .map(
            e ->
                seen.get(e.id()) == 1
                    ? e
                    : new Entry(
                        e.id() + " [line " + e.line() + "]",
                        e.id(),
                        e.vendor(),
                        e.action(),
                        e.rule(),
                        e.feature(),
                        e.uri(),
                        e.line(),
                        e.name(),
                        e.tags(),
                        e.result(),
                        e.reason(),
                        e.docs(),
                        e.failure(),
                        e.expectation(),
                        e.observations(),
                        e.exchanges()))
        .toList();
  }

  private static List<Cell> matrix(List<Entry> entries) {
    Map<List<String>, List<Entry>> cells = new LinkedHashMap<>();
    entries.stream()
        .sorted(
            java.util.Comparator.comparing(Entry::vendor)
                .thenComparing(Entry::action)
                .thenComparing(Entry::uri)
                .thenComparingInt(Entry::line))
        .forEach(
            e ->
                cells
                    .computeIfAbsent(
                        List.of(e.vendor(), e.action(), e.rule()), k -> new ArrayList<>())
                    .add(e));
    List<Cell> out = new ArrayList<>();
    cells.forEach(
        (key, list) -> {
          Map<String, Integer> counts = new LinkedHashMap<>();
          for (Outcome o : Outcome.values()) {
            int n = (int) list.stream().filter(e -> e.result() == o).count();
            if (n > 0) {
              counts.put(o.label(), n);
            }
          }
          List<Doc> docs = new ArrayList<>();
          list.forEach(e -> e.docs().stream().filter(d -> !docs.contains(d)).forEach(docs::add));
          out.add(
              new Cell(
                  key.get(0),
                  key.get(1),
                  key.get(2),
                  docs,
                  counts,
                  list.stream().map(Entry::key).toList()));
        });
    return out;
  }

  private static List<Doc> docs(Sources sources, List<String> tags) {
    return sources.forTags(tags).stream().map(p -> new Doc(p.title(), p.url())).toList();
  }

  /** {@code classpath:alibaba/x.feature} and {@code alibaba/x.feature} name the same file. */
  static String location(String uri, int line) {
    return relative(uri) + ":" + line;
  }

  static String relative(String uri) {
    String u = uri == null ? "" : uri.replace('\\', '/');
    for (String prefix : List.of("classpath:", "file:")) {
      if (u.startsWith(prefix)) {
        u = u.substring(prefix.length());
      }
    }
    for (String vendor : List.of("alibaba/", "tencent/")) {
      int at = u.lastIndexOf(vendor);
      if (at >= 0) {
        return u.substring(at);
      }
    }
    while (u.startsWith("/") || u.startsWith("./")) {
      u = u.substring(u.startsWith("/") ? 1 : 2);
    }
    return u;
  }

  /** The kit's stable scenario id (the expectations files' "{@code <feature path>: <name>}"). */
  static String scenarioId(String uri, String name) {
    return relative(uri) + ": " + name;
  }

  static String vendor(String uri, List<String> tags) {
    if (tags.contains("@tencent")) {
      return "tencent";
    }
    if (tags.contains("@alibaba")) {
      return "alibaba";
    }
    String rel = relative(uri);
    int slash = rel.indexOf('/');
    return slash > 0 ? rel.substring(0, slash) : "any";
  }

  /** The action a scenario calls: its {@code @action-…} tag, else its exchanges', else its file. */
  static String action(String uri, List<String> tags, List<Exchanges.Exchange> exchanges) {
    for (String t : tags) {
      if (t.startsWith("@action-")) {
        return t.substring("@action-".length());
      }
    }
    if (exchanges != null) {
      for (Exchanges.Exchange e : exchanges) {
        if (e.action() != null && !e.action().isBlank()) {
          return e.action();
        }
      }
    }
    String rel = relative(uri);
    String file = rel.substring(rel.lastIndexOf('/') + 1).replaceFirst("\\.feature$", "");
    return "(" + file + ")";
  }

  static String firstLine(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(text);
  }

  private static String afterColon(String s) {
    int at = s.indexOf(": ");
    return at < 0 ? s : s.substring(at + 2);
  }
}
