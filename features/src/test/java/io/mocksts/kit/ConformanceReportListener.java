package io.mocksts.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.mocksts.reports.ConformanceReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Renders the conformance report ({@code target/conformance/}) once the scenarios have run, whether
 * they passed or not: Cucumber has written its JSON by the time the test plan finishes. Each runner
 * (one per vendor) writes {@code target/cucumber-reports/<vendor>/cucumber.json}; the reports this
 * JVM wrote are merged into {@code target/cucumber-reports/cucumber.json}, so that one report
 * covers every vendor and every error catalogue.
 */
public final class ConformanceReportListener implements TestExecutionListener {

  private static final Path REPORTS = Path.of("target", "cucumber-reports");
  private static final Path CUCUMBER_JSON = REPORTS.resolve("cucumber.json");
  private static final Path OUT = Path.of("target", "conformance");

  /** Reports older than this JVM are left-overs of an earlier run. */
  private static final Instant STARTED = Instant.now();

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    try {
      if (!mergeRunsOfThisJvm()) {
        return;
      }
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

  /**
   * Concatenates the per-vendor reports written since this JVM started into one; a report that is
   * not a JSON list (a crashed run) is copied as it is, so the report says the run did not
   * complete. Returns false when no runner wrote a report.
   */
  private static boolean mergeRunsOfThisJvm() throws IOException {
    List<Path> runs;
    try (Stream<Path> dirs = Files.list(REPORTS)) {
      runs =
          dirs.map(d -> d.resolve("cucumber.json"))
              .filter(Files::isRegularFile)
              .filter(ConformanceReportListener::writtenByThisJvm)
              .sorted()
              .toList();
    } catch (NoSuchFileException e) {
      return false;
    }
    if (runs.isEmpty()) {
      return false;
    }
    ObjectMapper json = new ObjectMapper();
    ArrayNode merged = json.createArrayNode();
    for (Path run : runs) {
      JsonNode features;
      try {
        features = json.readTree(run.toFile());
      } catch (IOException e) {
        features = null;
      }
      if (features == null || !features.isArray()) {
        Files.copy(run, CUCUMBER_JSON, StandardCopyOption.REPLACE_EXISTING);
        return true;
      }
      merged.addAll((ArrayNode) features);
    }
    json.writeValue(CUCUMBER_JSON.toFile(), merged);
    return true;
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
