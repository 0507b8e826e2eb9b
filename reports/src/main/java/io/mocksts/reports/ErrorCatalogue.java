package io.mocksts.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vendor's error catalogue ({@code fixtures/errors/<vendor>.yaml}): every documented code with
 * its status, messages and whether it applies to this release.
 *
 * @param vendor the file name stem ({@code alibaba.yaml} is "alibaba")
 * @param source the path as given
 */
record ErrorCatalogue(String vendor, String source, List<Entry> codes) {

  ErrorCatalogue {
    codes = List.copyOf(codes);
  }

  /**
   * One catalogue entry, as the YAML spells it.
   *
   * @param code the code; {@code {Name}} is a placeholder for a parameter name, so that {@code
   *     Missing{ParameterName}} stands for {@code MissingRoleArn} and the like
   * @param status documented HTTP status, or null
   * @param applies actions (or "protocol") the code applies to; empty means not applicable yet
   * @param why why it does not apply, or why no scenario can provoke it
   * @param scenario false when the code applies but no scenario can provoke it
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Entry(
      String code,
      Integer status,
      List<String> messages,
      boolean confirmed,
      List<String> applies,
      String why,
      String spec,
      Boolean scenario) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    Entry {
      messages = messages == null ? List.of() : List.copyOf(messages);
      applies = applies == null ? List.of() : List.copyOf(applies);
      scenario = scenario == null || scenario;
    }

    boolean applicable() {
      return !applies.isEmpty();
    }

    /** Whether a scenario can provoke the code ({@code scenario: false} says it cannot). */
    boolean provokable() {
      return scenario;
    }

    boolean isPattern() {
      return PLACEHOLDER.matcher(code).find();
    }

    /**
     * Whether an asserted code is this entry: equal, or of this entry's pattern (a placeholder
     * matches one or more letters and digits, no dot).
     */
    boolean matches(String asserted) {
      if (!isPattern()) {
        return code.equals(asserted);
      }
      StringBuilder regex = new StringBuilder();
      Matcher m = PLACEHOLDER.matcher(code);
      int last = 0;
      while (m.find()) {
        regex.append(Pattern.quote(code.substring(last, m.start()))).append("[A-Za-z0-9]+");
        last = m.end();
      }
      regex.append(Pattern.quote(code.substring(last)));
      return asserted.matches(regex.toString());
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record File(List<Entry> codes) {}

  static ErrorCatalogue load(Path path) throws IOException {
    ObjectMapper yaml = new YAMLMapper();
    File file = yaml.readValue(path.toFile(), File.class);
    if (file == null || file.codes() == null) {
      throw new IOException(path + ": no 'codes:' list");
    }
    for (Entry e : file.codes()) {
      if (e == null || e.code() == null || e.code().isBlank()) {
        throw new IOException(path + ": an entry has no 'code'");
      }
    }
    return new ErrorCatalogue(vendorOf(path), path.toString(), file.codes());
  }

  /** The file name stem, lower-case: {@code fixtures/errors/alibaba.yaml} is "alibaba". */
  static String vendorOf(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
  }
}
