package io.mocksts.kit.record;

import java.util.Collection;
import java.util.Set;

/**
 * The scenario running now, as a Cucumber {@code Before} hook saw it ({@code
 * io.mocksts.kit.steps.ExchangeLogHooks}), so that the send path can say which scenario an exchange
 * belongs to. Scenarios of one run are executed one after another.
 */
public final class ScenarioContext {

  /** A scenario: its stable id (feature path and name), feature URI, line and tags. */
  public record Current(String id, String uri, int line, Set<String> tags) {

    /** Whether the scenario needs the mock's control surface ({@code @mock-only}). */
    public boolean mockOnly() {
      return tags.contains("@mock-only");
    }
  }

  private static final Current OUTSIDE = new Current("(outside a scenario)", "", 0, Set.of());

  private static Current current = OUTSIDE;
  private static int seq;

  private ScenarioContext() {}

  public static synchronized void begin(String id, String uri, int line, Collection<String> tags) {
    current = new Current(id, uri, line, Set.copyOf(tags));
    seq = 0;
  }

  public static synchronized void end() {
    current = OUTSIDE;
    seq = 0;
  }

  public static synchronized Current current() {
    return current;
  }

  /** The number of the next exchange within the scenario, from 1. */
  static synchronized int nextSeq() {
    return ++seq;
  }
}
