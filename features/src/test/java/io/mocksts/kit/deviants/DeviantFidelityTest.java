package io.mocksts.kit.deviants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.MockSts;
import io.mocksts.kit.record.NestedRun;
import io.mocksts.kit.record.Recorder;
import io.mocksts.kit.target.Targets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Record mode against deviant endpoints ({@link Deviants}): the fidelity table names the one
 * behaviour each deviant changed, a renamed field and a generalised error code, as the differences
 * of the target's answers from the reference STS's.
 */
class DeviantFidelityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path OUT = Path.of("target", "record-mode");

  @Test
  void theFidelityTableNamesARenamedFieldAndAGeneralisedErrorCode() throws Exception {
    Path fixtures = Path.of(System.getProperty("sts.fixtures", "../fixtures"));
    MockSts sts = MockSts.start();
    JsonNode renamed;
    JsonNode generalised;
    try (DeviantProxy proxy =
        new DeviantProxy(
            URI.create(sts.baseUrl() + "/"), Keys.of(fixtures.resolve("world.yaml")))) {
      var target = Targets.mockAt("deviant-proxy", proxy.baseUri());

      proxy.deviant(deviant("alibaba-field-renamed"));
      Path renamedDir = clean(OUT.resolve("deviant-alibaba-field-renamed"));
      NestedRun.Outcome first =
          NestedRun.run(
              target,
              new Recorder.Settings(renamedDir.resolve("exchanges.jsonl"), renamedDir),
              "the JSON response carries every documented field",
              "alibaba/assume-role.feature");
      renamed = JSON.readTree(renamedDir.resolve("fidelity.json").toFile());
      assertThat(first.failures()).as("the kit catches the deviant").isNotEmpty();

      proxy.deviant(deviant("tencent-error-code-generalised"));
      Path codeDir = clean(OUT.resolve("deviant-tencent-error-code-generalised"));
      NestedRun.run(
          target,
          new Recorder.Settings(codeDir.resolve("exchanges.jsonl"), codeDir),
          "a signature made with the wrong SecretKey is refused",
          "tencent/request-signing.feature");
      generalised = JSON.readTree(codeDir.resolve("fidelity.json").toFile());
    } finally {
      sts.stop();
    }

    assertThat(differences(renamed))
        .contains(
            "field AssumedRoleUser.Arn: target absent, reference present",
            "field AssumedRoleUser.AssumedRoleId: target absent, reference present",
            "field AssumedRole.Arn: target present, reference absent")
        .allMatch(d -> d.contains("AssumedRole"));
    assertThat(differences(generalised))
        .containsExactly(
            "error code code: target AuthFailure, reference AuthFailure.SignatureFailure");
  }

  private static Deviant deviant(String name) {
    return Deviants.all().stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no deviant " + name));
  }

  /** Every difference of the table as "aspect what: target T, reference R". */
  private static List<String> differences(JsonNode fidelity) {
    List<String> out = new ArrayList<>();
    for (JsonNode scenario : fidelity.path("scenarios")) {
      for (JsonNode exchange : scenario.path("exchanges")) {
        for (JsonNode d : exchange.path("differences")) {
          out.add(
              d.get("aspect").asText()
                  + " "
                  + d.get("what").asText()
                  + ": target "
                  + d.get("target").asText()
                  + ", reference "
                  + d.get("reference").asText());
        }
      }
    }
    return out;
  }

  private static Path clean(Path dir) throws java.io.IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }
}
