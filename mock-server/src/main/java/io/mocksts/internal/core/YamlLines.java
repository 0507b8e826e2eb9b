package io.mocksts.internal.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The line of a YAML document a key path ({@code alibaba.accounts[0].users[1].name}) is written on,
 * so that an error found after the document was read still names its line.
 */
final class YamlLines {

  private static final YAMLFactory YAML = new YAMLFactory();

  private YamlLines() {}

  /**
   * The 1-based line of {@code path}, or of its nearest ancestor that is written in the document;
   * empty when the document cannot be read.
   */
  static OptionalInt lineOf(String yaml, String path) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(yaml)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonStreamContext context = parser.getParsingContext();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
            && context.getParent() != null) {
          context = context.getParent();
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        lines.putIfAbsent(
            context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
      }
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
    String pointer = pointer(path);
    while (true) {
      Integer line = lines.get(pointer);
      if (line != null && line > 0) {
        return OptionalInt.of(line);
      }
      int slash = pointer.lastIndexOf('/');
      if (slash <= 0) {
        return OptionalInt.empty();
      }
      pointer = pointer.substring(0, slash);
    }
  }

  /** {@code a.b[2].c} as the JSON pointer {@code /a/b/2/c}. */
  static String pointer(String path) {
    return "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
  }
}
