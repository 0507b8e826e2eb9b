package io.mocksts.reports;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The one result vocabulary of the kit's reports (HTML, JSON summary, Markdown, the comparison of
 * two runs and the console): what a scenario's run means for the target, beyond Cucumber's own
 * statuses.
 */
public enum Outcome {
  /** Every check held. */
  PASSED("passed"),
  /** A check failed (or a step was undefined or pending) and nothing expected it. */
  FAILED("failed"),
  /** The expectations file says it fails on this target, and it did. */
  EXPECTED_FAILURE("expected-failure"),
  /** The expectations file says it fails (or differs), but it passed: remove the entry. */
  STALE_EXPECTATION("stale-expectation"),
  /**
   * A documented gap ({@code @doc-gap-…}, or an {@code observe} expectation) recorded what the
   * target does instead of failing.
   */
  OBSERVED("observed"),
  /** The target does not offer it, or it needs the mock's control surface (aborted, skipped). */
  NOT_APPLICABLE("not-applicable"),
  /** Tagged {@code @wip}: not run. */
  WIP("wip");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** Whether this result makes the run fail. */
  public boolean failsTheRun() {
    return this == FAILED || this == STALE_EXPECTATION;
  }

  @JsonCreator
  public static Outcome of(String label) {
    for (Outcome o : values()) {
      if (o.label.equals(label)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown result '" + label + "'");
  }
}
