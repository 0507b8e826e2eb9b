package io.mocksts.kit.expectations;

import java.util.ArrayList;
import java.util.List;

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
}
