package io.mocksts.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * The conformance report of one kit run, exactly as {@code conformance.json} carries it. The HTML
 * and Markdown renderers read nothing else.
 *
 * @param target the target the scenarios ran against ("embedded", a URL, "live", ...)
 * @param generatedAt ISO-8601 instant the report was rendered
 * @param run whether the run completed (a cucumber.json was found and read)
 * @param totals scenario counts over the whole run
 * @param features per feature file, in run order
 * @param scenarios every scenario that ran, in run order
 * @param wip scenarios excluded as {@code @wip} (they never run, so only the feature files know)
 * @param coverage one error-code coverage table per catalogue
 * @param notes problems met while reading the inputs (unparsable feature files, ...)
 */
public record Report(
    String target,
    String generatedAt,
    Run run,
    Totals totals,
    List<Feature> features,
    List<Scenario> scenarios,
    List<WipScenario> wip,
    List<CatalogueCoverage> coverage,
    List<String> notes) {

  public Report {
    features = List.copyOf(features);
    scenarios = List.copyOf(scenarios);
    wip = List.copyOf(wip);
    coverage = List.copyOf(coverage);
    notes = List.copyOf(notes);
  }

  /** Outcome of a scenario, as Cucumber names it. */
  public enum Status {
    PASSED,
    FAILED,
    SKIPPED,
    PENDING,
    UNDEFINED;

    /** Cucumber's spelling ("passed", ...); "ambiguous" counts as failed, "unused" as skipped. */
    static Status of(String cucumberStatus) {
      if (cucumberStatus == null) {
        return UNDEFINED;
      }
      return switch (cucumberStatus.toLowerCase(Locale.ROOT)) {
        case "passed" -> PASSED;
        case "failed", "ambiguous" -> FAILED;
        case "skipped", "unused" -> SKIPPED;
        case "pending" -> PENDING;
        default -> UNDEFINED;
      };
    }

    /** Whether a scenario with this status makes the run fail (Cucumber 7 is strict). */
    public boolean isFailure() {
      return this == FAILED || this == PENDING || this == UNDEFINED;
    }

    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @param completed false when no readable cucumber.json was found: the run crashed or never ran
   * @param source the cucumber.json path as given
   * @param message why the run counts as incomplete, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Run(boolean completed, String source, String message) {}

  /**
   * @param failed scenarios with a failed (or ambiguous) step or hook
   * @param undefined scenarios with an undefined or pending step (they fail a strict run)
   * @param excludedWip pickles (outline rows counted one by one) tagged {@code @wip}
   */
  public record Totals(
      int run, int passed, int failed, int skipped, int undefined, int excludedWip) {}

  /** Scenario counts of one feature file; {@code undefined} includes pending. */
  public record Counts(int run, int passed, int failed, int skipped, int undefined) {

    static Counts of(List<Scenario> scenarios) {
      int passed = 0;
      int failed = 0;
      int skipped = 0;
      int undefined = 0;
      for (Scenario s : scenarios) {
        switch (s.status()) {
          case PASSED -> passed++;
          case FAILED -> failed++;
          case SKIPPED -> skipped++;
          case PENDING, UNDEFINED -> undefined++;
        }
      }
      return new Counts(scenarios.size(), passed, failed, skipped, undefined);
    }
  }

  /** A feature file of the run. */
  public record Feature(String name, String uri, List<String> tags, Counts counts) {
    public Feature {
      tags = List.copyOf(tags);
    }
  }

  /**
   * A scenario that ran (one outline example row each).
   *
   * @param line line of the scenario (or of its example row) in the feature file
   * @param codes error codes the scenario asserts ({@code the request fails with HTTP n and code
   *     "X"})
   * @param failure the first step (or hook) that did not pass, when the scenario failed
   * @param message the whole message of that step's error without its stack trace, or null
   * @param output what the steps and hooks logged ({@code scenario.log}), in order
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Scenario(
      String feature,
      String uri,
      String name,
      int line,
      List<String> tags,
      Status status,
      List<String> codes,
      FailedStep failure,
      String message,
      List<String> output) {
    public Scenario {
      tags = List.copyOf(tags);
      codes = List.copyOf(codes);
      output = output == null ? List.of() : List.copyOf(output);
    }
  }

  /**
   * @param keyword "Given ", "When ", ... or "Before"/"After" for a hook
   * @param text step text, or the hook's glue method
   * @param error first line of the error message, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FailedStep(String keyword, String text, Status status, String error) {}

  /** A scenario (or outline example row) excluded from the run as {@code @wip}. */
  public record WipScenario(String feature, String uri, int line, String name, List<String> tags) {
    public WipScenario {
      tags = List.copyOf(tags);
    }
  }

  /**
   * Error-code coverage against one catalogue.
   *
   * @param vendor catalogue file name stem ("alibaba", "tencent")
   * @param source catalogue path as given
   * @param uncatalogued codes the vendor's scenarios assert that the catalogue does not list
   */
  public record CatalogueCoverage(
      String vendor,
      String source,
      CoverageSummary summary,
      List<CodeCoverage> codes,
      List<String> uncatalogued) {
    public CatalogueCoverage {
      codes = List.copyOf(codes);
      uncatalogued = List.copyOf(uncatalogued);
    }
  }

  /**
   * @param codes catalogue entries
   * @param applicable entries whose {@code applies} is not empty
   * @param scenarioApplicable applicable entries a scenario can provoke (not {@code scenario:
   *     false})
   * @param covered applicable entries a scenario can provoke that have a (non-@wip) scenario
   * @param passing of those, entries with at least one passing scenario in this run
   * @param coveredElsewhere applicable entries marked {@code scenario: false}
   * @param notApplicable entries with {@code applies: []}
   * @param text "N of M applicable codes have a scenario, ..."
   */
  public record CoverageSummary(
      int codes,
      int applicable,
      int scenarioApplicable,
      int covered,
      int passing,
      int coveredElsewhere,
      int notApplicable,
      String text) {}

  /**
   * One row of a coverage table.
   *
   * @param status documented HTTP status, or null
   * @param covered a non-@wip scenario asserts the code
   * @param passing such a scenario passed in this run
   * @param scenarios non-@wip scenarios (outline rows one by one) asserting the code
   * @param passed scenarios of this run asserting the code that passed
   * @param state one of {@link CodeState}
   * @param why why the code does not apply, or is covered elsewhere
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CodeCoverage(
      String code,
      Integer status,
      boolean confirmed,
      List<String> applies,
      boolean covered,
      boolean passing,
      int scenarios,
      int passed,
      CodeState state,
      String why,
      String spec) {
    public CodeCoverage {
      applies = List.copyOf(applies);
    }
  }

  /** What a coverage row means at a glance. */
  public enum CodeState {
    /** Covered and at least one scenario passed. */
    PASSING("passing"),
    /** Covered, scenarios ran, none passed. */
    FAILING("failing"),
    /** Covered, but no scenario asserting it ran (filtered out, or the run did not complete). */
    NOT_RUN("not run"),
    /** Applies, but only {@code @wip} scenarios assert it. */
    WIP_ONLY("wip only"),
    /** Applies, and no scenario asserts it. */
    MISSING("no scenario"),
    /** Applies, cannot be provoked by a scenario ({@code scenario: false}); see {@code why}. */
    ELSEWHERE("covered elsewhere"),
    /** {@code applies: []}; see {@code why}. */
    NOT_APPLICABLE("not applicable");

    private final String label;

    CodeState(String label) {
      this.label = label;
    }

    @JsonValue
    public String label() {
      return label;
    }
  }
}
