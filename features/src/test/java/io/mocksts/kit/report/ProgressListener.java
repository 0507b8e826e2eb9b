package io.mocksts.kit.report;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Console progress of a long kit run: "scenario n of N, elapsed, failures so far", about twenty
 * lines for a full run, quiet enough for a CI log. N is the number of Cucumber scenarios in the
 * test plan (other tests of the same JVM are not counted; scenarios the tag filter leaves out are
 * taken off N as they are skipped); a line is printed every twentieth of N and at least every 30
 * seconds while scenarios finish, and once at the end. A plan without scenarios prints nothing;
 * {@code -Dsts.progress=false} silences it.
 */
public final class ProgressListener implements TestExecutionListener {

  static final int LINES = 20;
  static final Duration EVERY = Duration.ofSeconds(30);

  private final PrintStream out;
  private final LongSupplier clock;
  private int total;
  private int step;
  private long started;
  private long lastLine;
  private int lastPrinted;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger aborted = new AtomicInteger();

  /** The clock in milliseconds; a seam for the tests. */
  @FunctionalInterface
  interface LongSupplier {
    long millis();
  }

  public ProgressListener() {
    this(System.out, System::currentTimeMillis);
  }

  ProgressListener(PrintStream out, LongSupplier clock) {
    this.out = out;
    this.clock = clock;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    if (!Boolean.parseBoolean(System.getProperty("sts.progress", "true"))) {
      total = 0;
      return;
    }
    start((int) testPlan.countTestIdentifiers(ProgressListener::isScenario));
  }

  /** Starts counting a run of {@code scenarios} scenarios. */
  void start(int scenarios) {
    total = scenarios;
    step = Math.max(1, (total + LINES - 1) / LINES);
    started = clock.millis();
    lastLine = started;
    lastPrinted = 0;
    done.set(0);
    failed.set(0);
    aborted.set(0);
    if (total > 0) {
      out.println("[progress] " + total + " scenarios to run");
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (total > 0 && isScenario(id)) {
      finished(result.getStatus());
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (total > 0 && isScenario(id)) {
      skipped();
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    finishedRun();
  }

  /** A scenario left out by the tag filter: it no longer counts in N. */
  synchronized void skipped() {
    total--;
  }

  /** Prints the last line, unless the last scenario printed it. */
  synchronized void finishedRun() {
    if (total > 0 && lastPrinted != done.get()) {
      out.println(line(done.get(), clock.millis()));
      lastPrinted = done.get();
    }
  }

  /** Counts one finished scenario and prints a line when one is due. */
  void finished(TestExecutionResult.Status status) {
    if (status == TestExecutionResult.Status.FAILED) {
      failed.incrementAndGet();
    } else if (status == TestExecutionResult.Status.ABORTED) {
      aborted.incrementAndGet();
    }
    int n = done.incrementAndGet();
    long now = clock.millis();
    synchronized (this) {
      if (n == total || n % step == 0 || now - lastLine >= EVERY.toMillis()) {
        lastLine = now;
        lastPrinted = n;
        out.println(line(n, now));
      }
    }
  }

  String line(int n, long now) {
    long seconds = (now - started) / 1000;
    return String.format(
        "[progress] scenario %d of %d, %d:%02d elapsed, %d failed so far%s",
        n,
        total,
        seconds / 60,
        seconds % 60,
        failed.get(),
        aborted.get() > 0 ? ", " + aborted.get() + " not applicable" : "");
  }

  /** A Cucumber scenario (pickle): a test of the Cucumber engine. */
  static boolean isScenario(TestIdentifier id) {
    return id.isTest() && id.getUniqueId().contains("[engine:cucumber]");
  }
}
