package io.mocksts.reports;

import io.mocksts.reports.ErrorCatalogue.Entry;
import io.mocksts.reports.Report.CatalogueCoverage;
import io.mocksts.reports.Report.CodeCoverage;
import io.mocksts.reports.Report.CodeState;
import io.mocksts.reports.Report.CoverageSummary;
import io.mocksts.reports.Report.Scenario;
import io.mocksts.reports.Report.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which catalogue codes the scenarios assert, and which of those passed.
 *
 * <p>A scenario asserts a code with the step {@code the request fails with HTTP <status> and code
 * "<Code>"}, or, for a vendor that answers every error with one status (Tencent: HTTP 200), {@code
 * the request fails with code "<Code>"}. A code is <em>covered</em> when a non-{@code @wip}
 * scenario asserts it, and <em>passing</em> when such a scenario passed in the run. An asserted
 * code that the catalogue does not list literally matches a pattern entry such as {@code
 * Missing{ParameterName}}.
 *
 * <p>A scenario counts for a vendor when it is tagged {@code @<vendor>} or, without such a tag, its
 * feature file lies in a directory named {@code <vendor>}; vendors are those of {@link
 * #KNOWN_VENDORS} and of the catalogues given. A scenario marked for no vendor counts for every
 * catalogue. So a Tencent scenario asserting {@code InvalidParameter} never covers Alibaba's {@code
 * InvalidParameter}, even when only the Alibaba catalogue is given.
 */
final class Coverage {

  /** The clouds the kit knows, whether or not their catalogue is given. */
  static final Set<String> KNOWN_VENDORS = Set.of("alibaba", "tencent");

  /** The kit's error assertion steps, with or without an HTTP status. */
  static final Pattern ASSERTION =
      Pattern.compile("the request fails with (?:HTTP (\\d{3}) and )?code \"([^\"]+)\"");

  private Coverage() {}

  /** Error codes asserted by these step texts, distinct, in step order. */
  static List<String> assertedCodes(List<String> stepTexts) {
    Set<String> codes = new LinkedHashSet<>();
    for (String text : stepTexts) {
      if (text == null) {
        continue;
      }
      Matcher m = ASSERTION.matcher(text);
      while (m.find()) {
        codes.add(m.group(2));
      }
    }
    return List.copyOf(codes);
  }

  /**
   * Whether a scenario (by its tags and feature uri) counts for {@code vendor}, given the vendors
   * of all catalogues.
   */
  static boolean belongsTo(String vendor, List<String> tags, String uri, Set<String> vendors) {
    Set<String> marked = new TreeSet<>();
    for (String v : vendors) {
      if (tags.contains("@" + v)) {
        marked.add(v);
      }
    }
    if (marked.isEmpty() && uri != null) {
      List<String> segments = Arrays.asList(uri.split("[/\\\\:]"));
      for (String v : vendors) {
        if (segments.subList(0, Math.max(0, segments.size() - 1)).contains(v)) {
          marked.add(v);
        }
      }
    }
    return marked.isEmpty() || marked.contains(vendor);
  }

  /** The catalogue entries an asserted code stands for: literal matches first, else patterns. */
  static List<Entry> entriesFor(ErrorCatalogue catalogue, String asserted) {
    List<Entry> literal =
        catalogue.codes().stream()
            .filter(e -> !e.isPattern() && e.code().equals(asserted))
            .toList();
    if (!literal.isEmpty()) {
      return literal;
    }
    return catalogue.codes().stream().filter(e -> e.isPattern() && e.matches(asserted)).toList();
  }

  static CatalogueCoverage of(
      ErrorCatalogue catalogue,
      Set<String> vendors,
      FeatureCatalog features,
      List<Scenario> ran,
      boolean runCompleted) {
    String vendor = catalogue.vendor();
    List<FeatureCatalog.Pickled> pickles =
        features.pickles().stream()
            .filter(p -> belongsTo(vendor, p.tags(), p.uri(), vendors))
            .toList();
    List<Scenario> scenarios =
        ran.stream().filter(s -> belongsTo(vendor, s.tags(), s.uri(), vendors)).toList();

    Map<String, List<Entry>> resolved = new HashMap<>();
    Function<List<String>, Set<Entry>> entriesOf =
        codes -> {
          Set<Entry> entries = new HashSet<>();
          for (String code : codes) {
            entries.addAll(resolved.computeIfAbsent(code, c -> entriesFor(catalogue, c)));
          }
          return entries;
        };

    List<CodeCoverage> rows = new ArrayList<>();
    for (Entry entry : catalogue.codes()) {
      int active = 0;
      int wip = 0;
      for (FeatureCatalog.Pickled p : pickles) {
        if (entriesOf.apply(p.codes()).contains(entry)) {
          if (p.wip()) {
            wip++;
          } else {
            active++;
          }
        }
      }
      int run = 0;
      int passed = 0;
      for (Scenario s : scenarios) {
        if (entriesOf.apply(s.codes()).contains(entry)) {
          run++;
          if (s.status() == Status.PASSED) {
            passed++;
          }
        }
      }
      boolean covered = active > 0 || run > 0;
      rows.add(
          new CodeCoverage(
              entry.code(),
              entry.status(),
              entry.confirmed(),
              entry.applies(),
              covered,
              passed > 0,
              active,
              passed,
              stateOf(entry, covered, run, passed, wip),
              entry.why(),
              entry.spec()));
    }

    Set<String> uncatalogued = new TreeSet<>();
    pickles.stream().filter(p -> !p.wip()).forEach(p -> uncatalogued.addAll(p.codes()));
    scenarios.forEach(s -> uncatalogued.addAll(s.codes()));
    uncatalogued.removeIf(code -> !entriesOf.apply(List.of(code)).isEmpty());

    return new CatalogueCoverage(
        vendor,
        catalogue.source(),
        summarize(catalogue, rows, runCompleted),
        rows,
        List.copyOf(uncatalogued));
  }

  private static CodeState stateOf(Entry entry, boolean covered, int run, int passed, int wip) {
    if (covered) {
      return passed > 0 ? CodeState.PASSING : run > 0 ? CodeState.FAILING : CodeState.NOT_RUN;
    }
    if (!entry.applicable()) {
      return CodeState.NOT_APPLICABLE;
    }
    if (!entry.provokable()) {
      return CodeState.ELSEWHERE;
    }
    return wip > 0 ? CodeState.WIP_ONLY : CodeState.MISSING;
  }

  private static CoverageSummary summarize(
      ErrorCatalogue catalogue, List<CodeCoverage> rows, boolean runCompleted) {
    int applicable = 0;
    int scenarioApplicable = 0;
    int covered = 0;
    int passing = 0;
    int elsewhere = 0;
    for (int i = 0; i < rows.size(); i++) {
      Entry entry = catalogue.codes().get(i);
      CodeCoverage row = rows.get(i);
      if (!entry.applicable()) {
        continue;
      }
      applicable++;
      if (!entry.provokable()) {
        elsewhere++;
        continue;
      }
      scenarioApplicable++;
      covered += row.covered() ? 1 : 0;
      passing += row.passing() ? 1 : 0;
    }
    int notApplicable = rows.size() - applicable;
    String text =
        covered
            + " of "
            + scenarioApplicable
            + " applicable codes have a scenario ("
            + (runCompleted ? passing + " passing" : "passing unknown: the run did not complete")
            + ")"
            + (elsewhere > 0 ? "; " + elsewhere + " more covered elsewhere" : "")
            + (notApplicable > 0 ? "; " + notApplicable + " not applicable yet" : "")
            + ".";
    return new CoverageSummary(
        rows.size(),
        applicable,
        scenarioApplicable,
        covered,
        passing,
        elsewhere,
        notApplicable,
        text);
  }
}
