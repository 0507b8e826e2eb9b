package io.mocksts.reports;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mocksts.reports.Report.Scenario;
import io.mocksts.reports.Report.Totals;
import io.mocksts.reports.Report.WipScenario;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders the conformance report of a kit run: {@code conformance.json}, {@code conformance.html}
 * and {@code conformance.md} in one output directory.
 *
 * <p>From code (the kit, at the end of a run): {@code ConformanceReport.render(new Inputs(...))}.
 * From a shell: {@code java -cp ... io.mocksts.reports.ConformanceReport --cucumber-json FILE
 * --features DIR --catalogue FILE [--catalogue FILE ...] --target NAME --out DIR}.
 */
public final class ConformanceReport {

  static final String JSON_FILE = "conformance.json";
  static final String HTML_FILE = "conformance.html";
  static final String MARKDOWN_FILE = "conformance.md";
  static final String SUMMARY_FILE = "summary.json";

  private static final String USAGE =
      """
      Usage: ConformanceReport --cucumber-json FILE --features DIR [--catalogue FILE]... \
      --target NAME --out DIR
        --cucumber-json FILE  Cucumber's json: plugin output; if missing, the report says the run
                              did not complete
        --features DIR        directory of *.feature files (scanned recursively)
        --catalogue FILE      error catalogue (fixtures/errors/<vendor>.yaml); repeatable
        --target NAME         what the scenarios ran against (embedded, a URL, live, ...)
        --out DIR             where conformance.json, .html, .md, summary.json and evidence.zip
                              are written
        --sources FILE        docs/sources.yaml: the vendor pages the rules link to (optional)
        --expectations FILE   the kit's expectations.json ledger (optional)
        --exchanges FILE      the recorded exchanges.jsonl (optional)""";

  private ConformanceReport() {}

  /**
   * What a report is made from.
   *
   * @param cucumberJson Cucumber's JSON report; may be absent (or null) when the run crashed
   * @param featuresDir directory of the feature files, scanned recursively
   * @param catalogues error catalogues, one per vendor (vendor = file name stem); may be empty
   * @param target what the scenarios ran against, shown as given
   * @param outDir output directory, created if needed
   * @param generatedAt the report's timestamp
   */
  public record Inputs(
      Path cucumberJson,
      Path featuresDir,
      List<Path> catalogues,
      String target,
      Path outDir,
      Instant generatedAt) {

    public Inputs {
      Objects.requireNonNull(featuresDir, "featuresDir");
      catalogues = List.copyOf(catalogues);
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(outDir, "outDir");
      Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /** Inputs timestamped now. */
    public Inputs(
        Path cucumberJson, Path featuresDir, List<Path> catalogues, String target, Path outDir) {
      this(
          cucumberJson,
          featuresDir,
          catalogues,
          target,
          outDir,
          Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
  }

  /**
   * What the kit knows of its run beyond Cucumber's JSON; every path may be null or absent.
   *
   * @param sources {@code docs/sources.yaml}: the vendor pages the rules link to
   * @param expectations the kit's expectation ledger, {@code expectations.json}
   * @param exchanges the recorded exchanges, {@code exchanges.jsonl}
   * @param metadata the run's metadata; null for only the target and the report's time
   * @param evidence further files to put in the evidence bundle (e.g. {@code expectations.md})
   */
  public record RunContext(
      Path sources, Path expectations, Path exchanges, RunMetadata metadata, List<Path> evidence) {
    public RunContext {
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    static RunContext none() {
      return new RunContext(null, null, null, null, List.of());
    }
  }

  /**
   * A rendered report.
   *
   * @param report the model written to {@code json}
   * @param json path of {@code conformance.json}
   * @param html path of {@code conformance.html}
   * @param markdown path of {@code conformance.md}
   */
  public record Result(
      Report report, Path json, Path html, Path markdown, Summary summaryModel, Path evidence) {

    /** True when the run completed and no scenario failed (nor was undefined or pending). */
    public boolean allPassed() {
      Totals t = report.totals();
      return report.run().completed() && t.failed() == 0 && t.undefined() == 0;
    }

    /** A 3 to 5 line summary for a console. */
    public List<String> summary() {
      List<String> lines = new ArrayList<>();
      Totals t = report.totals();
      lines.add(
          "Conformance of target '"
              + report.target()
              + "': "
              + (report.run().completed()
                  ? t.run()
                      + " scenarios run, "
                      + t.passed()
                      + " passed, "
                      + t.failed()
                      + " failed, "
                      + t.skipped()
                      + " skipped"
                      + (t.undefined() > 0 ? ", " + t.undefined() + " undefined" : "")
                  : "THE RUN DID NOT COMPLETE")
              + "; "
              + t.excludedWip()
              + " excluded as @wip.");
      if (!report.run().completed()) {
        lines.add(report.run().message());
      }
      report.coverage().stream()
          .limit(report.run().completed() ? 3 : 2)
          .forEach(c -> lines.add(c.vendor() + " error codes: " + c.summary().text()));
      if (summaryModel != null) {
        StringBuilder results = new StringBuilder("Results:");
        summaryModel
            .totals()
            .forEach((k, v) -> results.append(v > 0 ? " " + v + " " + k + "," : ""));
        lines.add(
            results.substring(
                0, results.length() - (results.charAt(results.length() - 1) == ',' ? 1 : 0)));
      }
      lines.add(
          "Report: "
              + html
              + " (also "
              + JSON_FILE
              + ", "
              + MARKDOWN_FILE
              + (summaryModel != null
                  ? ", " + SUMMARY_FILE + ", " + JUnitXml.FILE + ", " + EvidenceBundle.FILE
                  : "")
              + ")");
      return List.copyOf(lines);
    }
  }

  /**
   * Reads the inputs and writes the three report files.
   *
   * @throws IOException if a catalogue cannot be read or the output cannot be written (a missing or
   *     broken cucumber.json is reported in the files instead)
   */
  public static Result render(Inputs inputs) throws IOException {
    return render(inputs, RunContext.none());
  }

  /**
   * Reads the inputs and the run's context and writes the three report files, {@code summary.json}
   * and {@code evidence.zip}.
   *
   * @throws IOException if a catalogue or the sources file cannot be read or the output cannot be
   *     written
   */
  public static Result render(Inputs inputs, RunContext context) throws IOException {
    FeatureCatalog catalog = FeatureCatalog.parse(inputs.featuresDir());
    Report report = build(inputs, catalog);
    Path out = inputs.outDir();
    Files.createDirectories(out);
    Path json = out.resolve(JSON_FILE);
    Path html = out.resolve(HTML_FILE);
    Path markdown = out.resolve(MARKDOWN_FILE);
    JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build()
        .writeValue(json.toFile(), report);
    RunMetadata metadata =
        context.metadata() != null
            ? context.metadata()
            : RunMetadata.of(inputs.target(), inputs.generatedAt().toString());
    Exchanges exchanges = Exchanges.read(context.exchanges());
    Summary summary =
        SummaryBuilder.build(
            report,
            catalog,
            LedgerFile.read(context.expectations()),
            exchanges,
            Sources.read(context.sources()),
            metadata);
    Path summaryJson = out.resolve(SUMMARY_FILE);
    JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build()
        .writeValue(summaryJson.toFile(), summary);
    Files.writeString(
        html, HtmlRenderer.render(report, summary, exchanges), StandardCharsets.UTF_8);
    Files.writeString(markdown, MarkdownRenderer.render(report), StandardCharsets.UTF_8);
    List<Path> extras = new ArrayList<>();
    extras.add(JUnitXml.write(out, summary));
    if (context.expectations() != null) {
      extras.add(context.expectations());
    }
    extras.addAll(context.evidence());
    Path evidence =
        EvidenceBundle.write(out, summary, exchanges, summaryJson, html, markdown, extras);
    return new Result(report, json, html, markdown, summary, evidence);
  }

  /** Builds the report model without writing anything. */
  static Report build(Inputs inputs) throws IOException {
    return build(inputs, FeatureCatalog.parse(inputs.featuresDir()));
  }

  private static Report build(Inputs inputs, FeatureCatalog features) throws IOException {
    CucumberJson.Results run = CucumberJson.read(inputs.cucumberJson());
    List<ErrorCatalogue> catalogues = new ArrayList<>();
    for (Path path : inputs.catalogues()) {
      catalogues.add(ErrorCatalogue.load(path));
    }
    Set<String> vendors = new TreeSet<>(Coverage.KNOWN_VENDORS);
    catalogues.forEach(c -> vendors.add(c.vendor()));

    List<WipScenario> wip =
        features.wip().stream()
            .map(p -> new WipScenario(p.feature(), p.uri(), p.line(), p.name(), p.tags()))
            .sorted(Comparator.comparing(WipScenario::uri).thenComparingInt(WipScenario::line))
            .toList();
    List<Scenario> scenarios = run.scenarios();
    Report.Counts counts = Report.Counts.of(scenarios);
    Totals totals =
        new Totals(
            counts.run(),
            counts.passed(),
            counts.failed(),
            counts.skipped(),
            counts.undefined(),
            wip.size());
    List<Report.CatalogueCoverage> coverage =
        catalogues.stream()
            .map(c -> Coverage.of(c, vendors, features, scenarios, run.run().completed()))
            .toList();
    return new Report(
        inputs.target(),
        inputs.generatedAt().toString(),
        run.run(),
        totals,
        run.features(),
        scenarios,
        wip,
        coverage,
        features.problems());
  }

  /**
   * Renders a report from the command line and prints a short summary. Exits with 2 on a usage
   * error, 1 when a catalogue cannot be read or the output cannot be written, and otherwise returns
   * normally, whatever the scenarios' results.
   */
  public static void main(String[] args) {
    Inputs inputs;
    try {
      inputs = parseArgs(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (inputs == null) {
      System.out.println(USAGE);
      return;
    }
    try {
      print(render(inputs, contextOf(args)), System.out);
    } catch (IOException e) {
      System.err.println("Cannot render the conformance report: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void print(Result result, PrintStream out) {
    result.summary().forEach(out::println);
  }

  /** The optional {@code --sources}, {@code --expectations} and {@code --exchanges} files. */
  static RunContext contextOf(String[] args) {
    Map<String, Path> files = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int eq = arg.indexOf('=');
      String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
      if (CONTEXT_OPTIONS.contains(name)) {
        String value = eq > 0 ? arg.substring(eq + 1) : args[++i];
        files.put(name, Path.of(value));
      } else if (eq < 0 && !arg.equals("--help") && !arg.equals("-h")) {
        i++;
      }
    }
    return new RunContext(
        files.get("--sources"), files.get("--expectations"), files.get("--exchanges"), null, null);
  }

  private static final Set<String> CONTEXT_OPTIONS =
      Set.of("--sources", "--expectations", "--exchanges");

  /**
   * Parses {@code --name value} (or {@code --name=value}) arguments.
   *
   * @return the inputs, or null when help was asked for
   * @throws IllegalArgumentException on an unknown, repeated or missing option
   */
  static Inputs parseArgs(String[] args) {
    Path cucumberJson = null;
    Path features = null;
    List<Path> catalogues = new ArrayList<>();
    String target = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return null;
      }
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("Missing value after " + arg);
      }
      switch (name) {
        case "--cucumber-json" -> cucumberJson = once(name, cucumberJson, Path.of(value));
        case "--features" -> features = once(name, features, Path.of(value));
        case "--catalogue" -> catalogues.add(Path.of(value));
        case "--target" -> target = once(name, target, value);
        case "--out" -> out = once(name, out, Path.of(value));
        case "--sources", "--expectations", "--exchanges" -> {
          // read by contextOf
        }
        default -> throw new IllegalArgumentException("Unknown option " + name);
      }
    }
    require("--cucumber-json", cucumberJson);
    require("--features", features);
    require("--target", target);
    require("--out", out);
    return new Inputs(cucumberJson, features, catalogues, target, out);
  }

  private static <T> T once(String name, T previous, T value) {
    if (previous != null) {
      throw new IllegalArgumentException(name + " given twice");
    }
    return value;
  }

  private static void require(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("Missing " + name);
    }
  }
}
