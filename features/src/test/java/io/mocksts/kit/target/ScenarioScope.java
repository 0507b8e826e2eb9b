package io.mocksts.kit.target;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which scenarios a profile allows: {@code scenarios.include} (empty: all) and {@code
 * scenarios.exclude}. An entry is either a family, the name of a feature file with its vendor
 * ({@code alibaba/assume-role}) or without it ({@code request-signing}: both vendors' files of that
 * name), or a Cucumber tag expression ({@code @doc-alibaba-4.1-policy}, {@code @tencent and not
 * @protocol}); an entry with an {@code @} is a tag expression.
 */
public final class ScenarioScope {

  private static final Pattern FAMILY = Pattern.compile("([a-z]+/)?[a-z0-9][a-z0-9-]*");

  private final List<String> include;
  private final List<String> exclude;

  public ScenarioScope(List<String> include, List<String> exclude) {
    this.include = List.copyOf(include);
    this.exclude = List.copyOf(exclude);
  }

  /** Whether the entry is a tag expression (otherwise a family). */
  static boolean isTagExpression(String entry) {
    return entry.contains("@");
  }

  /** Why the entry cannot be used, if it cannot; {@code families} are the kit's feature files. */
  static Optional<String> problem(String entry, Collection<String> families) {
    if (isTagExpression(entry)) {
      try {
        TagExpressionParser.parse(entry);
        return Optional.empty();
      } catch (TagExpressionException e) {
        return Optional.of("is not a valid tag expression (" + e.getMessage() + ")");
      }
    }
    if (!FAMILY.matcher(entry).matches()
        || families.stream().noneMatch(f -> f.equals(entry) || f.endsWith("/" + entry))) {
      return Optional.of(
          "names an unknown family '"
              + entry
              + "' (families are feature files: "
              + String.join(", ", families)
              + ")");
    }
    return Optional.empty();
  }

  /**
   * Why the profile does not allow a scenario of feature file {@code family} (e.g. {@code
   * alibaba/assume-role}) with these tags; empty when it does.
   */
  public Optional<String> refusal(String family, Collection<String> tags) {
    for (String entry : exclude) {
      if (matches(entry, family, tags)) {
        return Optional.of("excluded by the profile (scenarios.exclude: " + entry + ")");
      }
    }
    if (!include.isEmpty() && include.stream().noneMatch(e -> matches(e, family, tags))) {
      return Optional.of(
          "not among the scenarios the profile includes (scenarios.include: "
              + String.join(", ", include)
              + ")");
    }
    return Optional.empty();
  }

  private static boolean matches(String entry, String family, Collection<String> tags) {
    if (isTagExpression(entry)) {
      Expression expression = TagExpressionParser.parse(entry);
      return expression.evaluate(List.copyOf(tags));
    }
    return family.equals(entry) || family.endsWith("/" + entry);
  }

  /**
   * The kit's families: its feature files, {@code alibaba/assume-role}, ..., found on the class
   * path (Maven copies {@code features/alibaba} and {@code features/tencent} there).
   */
  public static List<String> knownFamilies() {
    List<String> families = new java.util.ArrayList<>();
    for (String vendor : ProfileCheck.VENDORS) {
      java.net.URL url = ScenarioScope.class.getClassLoader().getResource(vendor);
      if (url == null || !url.getProtocol().equals("file")) {
        continue;
      }
      try (java.util.stream.Stream<java.nio.file.Path> files =
          java.nio.file.Files.list(java.nio.file.Path.of(url.toURI()))) {
        files
            .map(f -> f.getFileName().toString())
            .filter(f -> f.endsWith(".feature"))
            .map(f -> vendor + "/" + f.replaceFirst("\\.feature$", ""))
            .sorted()
            .forEach(families::add);
      } catch (java.io.IOException | java.net.URISyntaxException e) {
        throw new IllegalStateException("cannot list the feature files of " + vendor, e);
      }
    }
    return List.copyOf(families);
  }

  /** The family of a scenario from its feature file's URI ({@code classpath:alibaba/x.feature}). */
  public static String familyOf(String uri) {
    String path = uri.replaceFirst("^[a-z]+:", "").replace('\\', '/');
    String[] parts = path.split("/");
    String file = parts[parts.length - 1].replaceFirst("\\.feature$", "");
    return parts.length > 1 ? parts[parts.length - 2] + "/" + file : file;
  }
}
