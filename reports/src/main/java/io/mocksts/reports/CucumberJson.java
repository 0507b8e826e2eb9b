package io.mocksts.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mocksts.reports.Report.Counts;
import io.mocksts.reports.Report.FailedStep;
import io.mocksts.reports.Report.Feature;
import io.mocksts.reports.Report.Scenario;
import io.mocksts.reports.Report.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads Cucumber's standard JSON report (the {@code json:} plugin): features, their scenarios and
 * each step's result. A missing, empty or unreadable file means the run did not complete; that is
 * reported, not thrown.
 */
final class CucumberJson {

  private CucumberJson() {}

  private static ObjectMapper mapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .build();
  }

  /** What a cucumber.json says about a run. */
  record Results(Report.Run run, List<Feature> features, List<Scenario> scenarios) {
    Results {
      features = List.copyOf(features);
      scenarios = List.copyOf(scenarios);
    }

    static Results incomplete(Path source, String message) {
      return new Results(
          new Report.Run(false, source == null ? null : source.toString(), message),
          List.of(),
          List.of());
    }
  }

  static Results read(Path path) {
    if (path == null) {
      return Results.incomplete(null, "No cucumber.json was given: the run results are unknown.");
    }
    if (!Files.isRegularFile(path)) {
      return Results.incomplete(
          path,
          "No cucumber.json at " + path + ": the run did not complete (crashed or never ran).");
    }
    JsonFeature[] parsed;
    try {
      if (Files.size(path) == 0) {
        return Results.incomplete(
            path, "cucumber.json at " + path + " is empty: the run did not complete.");
      }
      parsed = mapper().readValue(path.toFile(), JsonFeature[].class);
    } catch (JsonProcessingException e) {
      return Results.incomplete(
          path,
          "cucumber.json at "
              + path
              + " is not a complete Cucumber JSON report ("
              + firstLine(e.getOriginalMessage())
              + "): the run did not complete.");
    } catch (IOException e) {
      return Results.incomplete(path, "cucumber.json at " + path + " cannot be read (" + e + ").");
    }
    List<Feature> features = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    for (JsonFeature f : parsed == null ? new JsonFeature[0] : parsed) {
      if (f == null) {
        continue;
      }
      List<Scenario> ofFeature = scenariosOf(f);
      scenarios.addAll(ofFeature);
      features.add(
          new Feature(nonNull(f.name()), nonNull(f.uri()), names(f.tags()), Counts.of(ofFeature)));
    }
    return new Results(new Report.Run(true, path.toString(), null), features, scenarios);
  }

  private static List<Scenario> scenariosOf(JsonFeature feature) {
    List<Scenario> scenarios = new ArrayList<>();
    List<JsonStep> background = List.of();
    for (JsonElement e : list(feature.elements())) {
      if (e == null) {
        continue;
      }
      if ("background".equalsIgnoreCase(e.type())) {
        // Cucumber-JVM writes the background before each scenario it belongs to.
        background = list(e.steps());
        continue;
      }
      List<JsonStep> steps = new ArrayList<>(background);
      steps.addAll(list(e.steps()));
      background = List.of();
      scenarios.add(scenarioOf(feature, e, steps));
    }
    return scenarios;
  }

  private static Scenario scenarioOf(JsonFeature feature, JsonElement e, List<JsonStep> steps) {
    List<FailedStep> outcomes = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    List<String> output = new ArrayList<>();
    for (JsonHook h : list(e.before())) {
      outcomes.add(hook("Before", h));
      messages.add(message(h.result()));
      output.addAll(strings(h.output()));
    }
    for (JsonStep s : steps) {
      for (JsonHook h : list(s.before())) {
        outcomes.add(hook("BeforeStep", h));
        messages.add(message(h.result()));
        output.addAll(strings(h.output()));
      }
      JsonResult r = s.result();
      outcomes.add(
          new FailedStep(
              nonNull(s.keyword()),
              nonNull(s.name()),
              Status.of(r == null ? null : r.status()),
              r == null ? null : firstLine(r.errorMessage())));
      messages.add(message(r));
      output.addAll(strings(s.output()));
      for (JsonHook h : list(s.after())) {
        outcomes.add(hook("AfterStep", h));
        messages.add(message(h.result()));
        output.addAll(strings(h.output()));
      }
    }
    for (JsonHook h : list(e.after())) {
      outcomes.add(hook("After", h));
      messages.add(message(h.result()));
      output.addAll(strings(h.output()));
    }
    Status status = statusOf(outcomes);
    FailedStep failure = null;
    String message = null;
    for (int i = 0; status != Status.PASSED && i < outcomes.size(); i++) {
      if (outcomes.get(i).status() == status) {
        failure = outcomes.get(i);
        message = messages.get(i);
        break;
      }
    }
    return new Scenario(
        nonNull(feature.name()),
        nonNull(feature.uri()),
        nonNull(e.name()),
        e.line(),
        names(e.tags()),
        status,
        Coverage.assertedCodes(steps.stream().map(JsonStep::name).toList()),
        failure,
        message,
        output);
  }

  /**
   * An error message without its stack trace and without the exception's class name: what the
   * assertion (or the abort) said, all its lines.
   */
  static String message(JsonResult result) {
    if (result == null || result.errorMessage() == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String line : result.errorMessage().split("\\R")) {
      String stripped = line.strip();
      if (stripped.startsWith("at ") && line.startsWith("\t")) {
        break;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line);
    }
    String text = out.toString().strip();
    text = text.replaceFirst("^[\\w.$]+(Exception|Error)(: ?|$)", "").strip();
    return text.isEmpty() ? null : text;
  }

  private static List<String> strings(List<String> maybe) {
    return maybe == null ? List.of() : maybe.stream().filter(Objects::nonNull).toList();
  }

  /** The worst outcome wins: failed, then undefined, pending, skipped; otherwise passed. */
  private static Status statusOf(List<FailedStep> outcomes) {
    for (Status worst : List.of(Status.FAILED, Status.UNDEFINED, Status.PENDING, Status.SKIPPED)) {
      if (outcomes.stream().anyMatch(o -> o.status() == worst)) {
        return worst;
      }
    }
    return Status.PASSED;
  }

  private static FailedStep hook(String keyword, JsonHook h) {
    JsonResult r = h.result();
    String where = h.match() == null ? "" : nonNull(h.match().location());
    return new FailedStep(
        keyword,
        where,
        Status.of(r == null ? "passed" : r.status()),
        r == null ? null : firstLine(r.errorMessage()));
  }

  /**
   * First non-blank line of an error message (the assertion, not the stack trace). When that line
   * is only an exception class ({@code java.lang.AssertionError:}), the next line is joined to it.
   */
  static String firstLine(String message) {
    if (message == null) {
      return null;
    }
    List<String> lines =
        Arrays.stream(message.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      return null;
    }
    String first = lines.get(0);
    if (lines.size() > 1 && first.matches("[\\w.$]+:")) {
      return first + " " + lines.get(1);
    }
    return first;
  }

  private static List<String> names(List<JsonTag> tags) {
    return list(tags).stream()
        .filter(Objects::nonNull)
        .map(JsonTag::name)
        .filter(Objects::nonNull)
        .toList();
  }

  private static <T> List<T> list(List<T> maybe) {
    return maybe == null ? List.of() : maybe;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  // ---- The subset of Cucumber's JSON schema read here ----

  @JsonIgnoreProperties(ignoreUnknown = true)
  record JsonFeature(String uri, String name, List<JsonTag> tags, List<JsonElement> elements) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record JsonElement(
      String type,
      String name,
      int line,
      List<JsonTag> tags,
      List<JsonHook> before,
      List<JsonStep> steps,
      List<JsonHook> after) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record JsonStep(
      String keyword,
      String name,
      int line,
      JsonResult result,
      List<JsonHook> before,
      List<JsonHook> after,
      List<String> output) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record JsonHook(JsonMatch match, JsonResult result, List<String> output) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record JsonMatch(String location) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record JsonResult(String status, @JsonProperty("error_message") String errorMessage) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record JsonTag(String name) {}
}
