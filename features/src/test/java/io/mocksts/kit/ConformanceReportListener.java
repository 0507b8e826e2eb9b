package io.mocksts.kit;

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
 * they passed or not: Cucumber has written its JSON by the time the test plan finishes.
 */
public final class ConformanceReportListener implements TestExecutionListener {

  private static final Path CUCUMBER_JSON = Path.of("target", "cucumber-reports", "cucumber.json");
  private static final Path OUT = Path.of("target", "conformance");

  private Instant started = Instant.now();

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    started = Instant.now();
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (!writtenByThisRun()) {
      return;
    }
    try {
      ConformanceReport.Result result =
          ConformanceReport.render(
              new ConformanceReport.Inputs(
                  CUCUMBER_JSON,
                  Path.of("."),
                  catalogues(),
                  System.getProperty("sts.target", "embedded"),
                  OUT));
      result.summary().forEach(line -> System.out.println("[conformance] " + line));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the conformance report", e);
    }
  }

  private boolean writtenByThisRun() {
    try {
      return Files.exists(CUCUMBER_JSON)
          && Files.getLastModifiedTime(CUCUMBER_JSON)
                  .compareTo(FileTime.from(started.minusSeconds(1)))
              >= 0;
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
