package io.mocksts.reports;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every scenario the feature files define, expanded by the official Gherkin parser into pickles
 * (one per Scenario, one per Scenario Outline example row), with inherited tags. The run's JSON
 * never shows {@code @wip} scenarios; this catalogue does.
 *
 * @param pickles in file (then source) order
 * @param problems feature files that could not be read or parsed
 */
record FeatureCatalog(List<Pickled> pickles, List<String> problems) {

  static final String WIP_TAG = "@wip";

  FeatureCatalog {
    pickles = List.copyOf(pickles);
    problems = List.copyOf(problems);
  }

  /**
   * One pickle.
   *
   * @param uri path of the feature file relative to the features directory, with {@code /}
   * @param line line of the scenario, or of the example row for an outline
   * @param tags tags including those inherited from Feature, Rule and Examples
   * @param codes error codes asserted by the pickle's steps
   * @param rule the name of the {@code Rule:} block the scenario sits in, or "" outside any
   */
  record Pickled(
      String feature,
      String uri,
      int line,
      String name,
      List<String> tags,
      List<String> codes,
      String rule) {
    Pickled {
      tags = List.copyOf(tags);
      codes = List.copyOf(codes);
    }

    boolean wip() {
      return tags.contains(WIP_TAG);
    }
  }

  List<Pickled> active() {
    return pickles.stream().filter(p -> !p.wip()).toList();
  }

  List<Pickled> wip() {
    return pickles.stream().filter(Pickled::wip).toList();
  }

  /**
   * Parses every {@code *.feature} file under {@code featuresDir}, in path order. Build output
   * ({@code target/}, where Maven copies the feature files as test resources) and hidden
   * directories are skipped, so that the kit's module directory can be given as is.
   */
  static FeatureCatalog parse(Path featuresDir) {
    if (featuresDir == null || !Files.isDirectory(featuresDir)) {
      return new FeatureCatalog(
          List.of(), List.of("No feature directory at " + featuresDir + ": @wip list unknown."));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(featuresDir)) {
      files =
          walk.filter(p -> p.getFileName().toString().endsWith(".feature"))
              .filter(p -> !inSkippedDirectory(featuresDir.relativize(p)))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      return new FeatureCatalog(List.of(), List.of("Cannot list " + featuresDir + ": " + e));
    }
    GherkinParser parser =
        GherkinParser.builder()
            .includeSource(false)
            .includeGherkinDocument(true)
            .includePickles(true)
            .build();
    List<Pickled> pickles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String uri = featuresDir.relativize(file).toString().replace('\\', '/');
      List<Envelope> envelopes;
      try (Stream<Envelope> parsed = parser.parse(uri, Files.readAllBytes(file))) {
        envelopes = parsed.toList();
      } catch (IOException | RuntimeException e) {
        problems.add(uri + ": cannot be parsed (" + e + ")");
        continue;
      }
      String feature = "";
      Map<String, Integer> lines = new HashMap<>();
      Map<String, String> rules = new HashMap<>();
      for (Envelope envelope : envelopes) {
        envelope
            .getParseError()
            .ifPresent(
                error -> problems.add(uri + ": " + CucumberJson.firstLine(error.getMessage())));
        Optional<GherkinDocument> document = envelope.getGherkinDocument();
        if (document.isPresent() && document.get().getFeature().isPresent()) {
          var f = document.get().getFeature().get();
          feature = f.getName();
          for (var child : f.getChildren()) {
            child.getScenario().ifPresent(s -> addLines(s, lines));
            child
                .getRule()
                .ifPresent(
                    rule ->
                        rule.getChildren()
                            .forEach(
                                rc ->
                                    rc.getScenario()
                                        .ifPresent(
                                            s -> {
                                              addLines(s, lines);
                                              rules.put(s.getId(), rule.getName().strip());
                                            })));
          }
        }
        Optional<Pickle> pickle = envelope.getPickle();
        if (pickle.isPresent()) {
          pickles.add(pickled(feature, uri, pickle.get(), lines, rules));
        }
      }
    }
    return new FeatureCatalog(pickles, problems);
  }

  private static boolean inSkippedDirectory(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      String name = relative.getName(i).toString();
      if (name.equals("target") || name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Pickled pickled(
      String feature,
      String uri,
      Pickle pickle,
      Map<String, Integer> lines,
      Map<String, String> rules) {
    // An outline row's pickle names the Scenario, then the example row; the row's line is the one
    // Cucumber reports for it.
    List<String> ast = pickle.getAstNodeIds();
    int line = ast.isEmpty() ? 0 : lines.getOrDefault(ast.get(ast.size() - 1), 0);
    return new Pickled(
        feature,
        uri,
        line,
        pickle.getName(),
        pickle.getTags().stream().map(PickleTag::getName).toList(),
        Coverage.assertedCodes(pickle.getSteps().stream().map(PickleStep::getText).toList()),
        ast.isEmpty() ? "" : rules.getOrDefault(ast.get(0), ""));
  }

  private static void addLines(Scenario scenario, Map<String, Integer> lines) {
    lines.put(scenario.getId(), scenario.getLocation().getLine().intValue());
    for (var examples : scenario.getExamples()) {
      for (TableRow row : examples.getTableBody()) {
        lines.put(row.getId(), row.getLocation().getLine().intValue());
      }
    }
  }
}
