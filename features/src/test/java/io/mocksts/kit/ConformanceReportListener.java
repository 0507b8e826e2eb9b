package io.mocksts.kit;

import io.mocksts.kit.expectations.Expectations;
import io.mocksts.kit.expectations.ExpectationsWriter;
import io.mocksts.kit.expectations.Ledger;
import io.mocksts.kit.report.RunInfo;
import io.mocksts.reports.ConformanceReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Renders the conformance report ({@code target/conformance/}) once the scenarios have run, whether
 * they passed or not: Cucumber has written its JSON ({@code target/cucumber-reports/cucumber.json},
 * one file for both vendors and every error catalogue) by the time the test plan finishes. A file
 * older than this JVM is a left-over of an earlier run and is not reported. {@code
 * -Dsts.conformanceReport=false} renders nothing (the build's second-world run, which writes its
 * Cucumber JSON elsewhere, leaves the main report alone).
 *
 * <p>Besides the report it writes the expectation ledger ({@code expectations.json}, read by the
 * report so that expected failures and stale expectations get their own result), {@code
 * summary.json} with the run's metadata ({@link RunInfo}) and {@code evidence.zip}; the recorded
 * exchanges ({@code exchanges.jsonl}, when this run wrote them) and the vendor pages of {@code
 * docs/sources.yaml} go into the report.
 */
public final class ConformanceReportListener implements TestExecutionListener {

  private static final Path CUCUMBER_JSON = Path.of("target", "cucumber-reports", "cucumber.json");
  private static final Path OUT = Path.of("target", "conformance");
  private static final Path SOURCES = Path.of("..", "docs", "sources.yaml");

  private Instant planStarted = STARTED;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    planStarted = Instant.now();
  }

  /** Reports older than this JVM are left-overs of an earlier run. */
  private static final Instant STARTED = Instant.now();

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (!Boolean.parseBoolean(System.getProperty("sts.conformanceReport", "true"))) {
      return;
    }
    if (!Files.isRegularFile(CUCUMBER_JSON) || !writtenByThisJvm(CUCUMBER_JSON)) {
      return;
    }
    try {
      long rendering = System.nanoTime();
      String target = System.getProperty("sts.target", "embedded");
      Path ledger = OUT.resolve("expectations.json");
      Ledger.export(ledger);
      Path markdown = expectations();
      Path exchanges = OUT.resolve("exchanges.jsonl");
      ConformanceReport.Result result =
          ConformanceReport.render(
              new ConformanceReport.Inputs(CUCUMBER_JSON, Path.of("."), catalogues(), target, OUT),
              new ConformanceReport.RunContext(
                  SOURCES,
                  ledger,
                  Files.isRegularFile(exchanges) && writtenByThisJvm(exchanges) ? exchanges : null,
                  RunInfo.of(target, planStarted, Instant.now()),
                  markdown == null ? List.of() : List.of(markdown)));
      result.summary().forEach(line -> System.out.println("[conformance] " + line));
      System.out.println(
          "[conformance] reports written in "
              + (System.nanoTime() - rendering) / 1_000_000
              + " ms");
      printExpectations();
      String update = System.getProperty("sts.expectations.update", "");
      if (!update.isBlank()) {
        int failed =
            ExpectationsWriter.write(
                CUCUMBER_JSON, Path.of(update), System.getProperty("sts.target", "embedded"));
        System.out.println(
            "[conformance] wrote " + failed + " expected failure(s) to " + Path.of(update));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the conformance report", e);
    }
  }

  /** Prints how the expected scenarios ended (expected failures, stale expectations). */
  private static void printExpectations() {
    List<Ledger.Entry> entries = Ledger.entries();
    if (entries.isEmpty()) {
      return;
    }
    long stale = entries.stream().filter(e -> e.verdict() == Expectations.Verdict.STALE).count();
    System.out.println(
        "[conformance] expectations: "
            + (entries.size() - stale)
            + " as expected, "
            + stale
            + " stale (a stale expectation fails its scenario)");
  }

  /** Writes {@code expectations.md}, the expected scenarios and how they ended; null when none. */
  private static Path expectations() throws IOException {
    List<Ledger.Entry> entries = Ledger.entries();
    if (entries.isEmpty()) {
      Files.deleteIfExists(OUT.resolve("expectations.md"));
      return null;
    }
    StringBuilder md =
        new StringBuilder("# Expectations\n\n| Scenario | Expected | Result |\n|---|---|---|\n");
    for (Ledger.Entry e : entries) {
      md.append("| ")
          .append(e.scenarioId().replace("|", "\\|"))
          .append(" | ")
          .append(e.expectation().toString().replace("|", "\\|"))
          .append(" | ")
          .append(
              e.verdict() == Expectations.Verdict.STALE
                  ? "stale-expectation"
                  : e.expectation().outcome() == Expectations.Outcome.OBSERVE
                      ? "observed"
                      : "expected-failure")
          .append(" |\n");
    }
    Files.createDirectories(OUT);
    Path file = OUT.resolve("expectations.md");
    Files.writeString(file, md);
    return file;
  }

  private static boolean writtenByThisJvm(Path file) {
    try {
      return Files.getLastModifiedTime(file).compareTo(FileTime.from(STARTED.minusSeconds(1))) >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> catalogues() throws IOException {
    Path errors = Path.of(System.getProperty("sts.fixtures", "../fixtures"), "errors");
    try (Stream<Path> files = Files.list(errors)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
