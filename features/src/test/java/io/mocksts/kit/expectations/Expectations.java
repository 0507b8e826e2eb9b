package io.mocksts.kit.expectations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a team expects of its target where the target does not (yet) behave as documented, kept as
 * data beside the feature files rather than in them (in the manner of the OpenID conformance
 * suite's expected-failures files and web-platform-tests' expectation files). A file:
 *
 * <pre>
 * version: 1
 * expectations:
 *   - scenario: "alibaba/assume-role.feature: the documented maximum is accepted"
 *     outcome: fail          # or observe
 *     reason: "the live service caps DurationSeconds at the role's maximum"
 *     link: "https://…"      # optional: the ticket, the vendor's page
 *   - tag: "@doc-alibaba-4.1-policy"
 *     outcome: observe
 *     reason: "…"
 * </pre>
 *
 * A scenario is named by its feature file (relative to {@code features/}) and its name, as the
 * report shows it, or by one of its tags. An expected scenario runs in record mode: its failed
 * checks are recorded, not thrown. It then counts as an expected failure (or an observation); if
 * nothing fails, the expectation is stale and the scenario fails, so that the file shrinks as the
 * target improves. Only the checks of {@code Then} steps are recorded: an error in a {@code Given}
 * or {@code When} step (the profile lacks an entry, the target cannot be reached) is not a
 * deviation of the target and still fails the scenario.
 */
public final class Expectations {

  /** What a team expects of one scenario. */
  public enum Outcome {
    /** The scenario fails on this target for a known reason. */
    FAIL,
    /** The target differs where the documents leave room; record what it does. */
    OBSERVE
  }

  /** One entry: a scenario id or a tag, what is expected, why, and where to read more. */
  public record Expectation(
      Optional<String> scenario,
      Optional<String> tag,
      Outcome outcome,
      String reason,
      Optional<String> link) {

    boolean matches(String scenarioId, Collection<String> tags) {
      return scenario.map(scenarioId::equals).orElse(false)
          || tag.map(tags::contains).orElse(false);
    }

    @Override
    public String toString() {
      return outcome.name().toLowerCase(Locale.ROOT)
          + " ("
          + reason
          + link.map(l -> ", " + l).orElse("")
          + ")";
    }
  }

  /** How an expected scenario ended. */
  public enum Verdict {
    /** It failed (or differed) as the expectation says. */
    AS_EXPECTED,
    /** Nothing failed: the expectation no longer happens and must be removed. */
    STALE
  }

  private static final Set<String> KEYS = Set.of("scenario", "tag", "outcome", "reason", "link");

  private final Path file;
  private final List<Expectation> entries;

  private Expectations(Path file, List<Expectation> entries) {
    this.file = file;
    this.entries = List.copyOf(entries);
  }

  /** No expectations: every scenario must pass. */
  public static Expectations none() {
    return new Expectations(Path.of("(none)"), List.of());
  }

  /**
   * Reads an expectations file.
   *
   * @throws IllegalArgumentException naming the file, the entry and the key when it is malformed
   */
  public static Expectations read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read as YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": expected a mapping with 'expectations'");
    }
    if (root.path("version").asInt(0) != 1) {
      throw new IllegalArgumentException(file + ": 'version' must be 1");
    }
    List<Expectation> entries = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root.path("expectations")) {
      String where = file + ": expectations[" + index++ + "]";
      node.fieldNames()
          .forEachRemaining(
              key -> {
                if (!KEYS.contains(key)) {
                  throw new IllegalArgumentException(
                      where + ": unknown key '" + key + "' (known: " + KEYS + ")");
                }
              });
      Optional<String> scenario = text(node, "scenario");
      Optional<String> tag = text(node, "tag");
      if (scenario.isPresent() == tag.isPresent()) {
        throw new IllegalArgumentException(where + ": give exactly one of 'scenario' and 'tag'");
      }
      if (tag.isPresent() && !tag.get().startsWith("@")) {
        throw new IllegalArgumentException(where + ": 'tag' starts with @, not " + tag.get());
      }
      String outcome = text(node, "outcome").orElse("");
      Outcome parsed;
      try {
        parsed = Outcome.valueOf(outcome.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            where + ": 'outcome' is fail or observe, not '" + outcome + "'", e);
      }
      String reason =
          text(node, "reason")
              .orElseThrow(() -> new IllegalArgumentException(where + ": 'reason' is required"));
      entries.add(new Expectation(scenario, tag, parsed, reason, text(node, "link")));
    }
    return new Expectations(file, entries);
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  /** The file the expectations came from. */
  public Path file() {
    return file;
  }

  public List<Expectation> entries() {
    return entries;
  }

  /** The expectation for a scenario, by its id or one of its tags. */
  public Optional<Expectation> forScenario(String scenarioId, Collection<String> tags) {
    return entries.stream().filter(e -> e.matches(scenarioId, tags)).findFirst();
  }

  /**
   * Judges an expected scenario once it ran in record mode: what it recorded (failed checks) and
   * whether anything else failed.
   */
  public static Verdict judge(List<String> recorded, boolean failedOtherwise) {
    return recorded.isEmpty() && !failedOtherwise ? Verdict.STALE : Verdict.AS_EXPECTED;
  }

  /** The stable id of a scenario: its feature file below {@code features/} and its name. */
  public static String scenarioId(String featureUri, String name) {
    String uri = featureUri.replace('\\', '/');
    for (String vendor : List.of("alibaba/", "tencent/")) {
      int at = uri.lastIndexOf(vendor);
      if (at >= 0) {
        return uri.substring(at) + ": " + name;
      }
    }
    return uri + ": " + name;
  }
}
