package io.mocksts.kit.expectations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Writes an expectations file from a finished run ({@code -Dsts.expectations.update=FILE}, in the
 * manner of web-platform-tests' update-expectations): every scenario that failed becomes an
 * expected failure with the first line of its error as the reason, so a team adopts the kit on a
 * new target in one step and then tightens the file by hand.
 */
public final class ExpectationsWriter {

  private ExpectationsWriter() {}

  /**
   * Reads Cucumber's JSON report and writes the expectations file.
   *
   * @return how many scenarios failed (and are now expected to)
   */
  public static int write(Path cucumberJson, Path out, String target) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode features = json.readTree(cucumberJson.toFile());
    ObjectMapper yaml =
        new ObjectMapper(
            YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
    ObjectNode root = yaml.createObjectNode();
    root.put("version", 1);
    ArrayNode entries = root.putArray("expectations");
    String day = LocalDate.now(ZoneOffset.UTC).toString();
    for (JsonNode feature : features) {
      String backgroundError = null;
      for (JsonNode element : feature.path("elements")) {
        if ("background".equals(element.path("type").asText())) {
          // Cucumber writes a scenario's Background steps as an element just before it.
          backgroundError = firstError(element);
          continue;
        }
        if (!"scenario".equals(element.path("type").asText())) {
          continue;
        }
        String error = backgroundError != null ? backgroundError : firstError(element);
        backgroundError = null;
        if (error == null) {
          continue;
        }
        ObjectNode entry = entries.addObject();
        entry.put(
            "scenario",
            Expectations.scenarioId(feature.path("uri").asText(), element.path("name").asText()));
        entry.put("outcome", "fail");
        entry.put("reason", "failed on " + target + " on " + day + ": " + error);
      }
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(
        out,
        "# Written by -Dsts.expectations.update from a run against "
            + target
            + ". Each entry is a scenario that\n"
            + "# failed: read it, give it a real reason and a link, or fix the target and remove it.\n"
            + yaml.writeValueAsString(root));
    return entries.size();
  }

  private static String firstError(JsonNode element) {
    for (String part : new String[] {"before", "steps", "after"}) {
      for (JsonNode step : element.path(part)) {
        JsonNode result = step.path("result");
        if ("failed".equals(result.path("status").asText())) {
          String message = result.path("error_message").asText("failed");
          return message.lines().findFirst().orElse("failed").trim();
        }
      }
    }
    return null;
  }
}
