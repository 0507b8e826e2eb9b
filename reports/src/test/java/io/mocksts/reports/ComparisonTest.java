package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {

  @TempDir Path dir;

  /** The sample's summary, and a second run in which four scenarios changed. */
  private Path[] twoRuns() throws IOException {
    Path first = dir.resolve("first");
    ConformanceReport.render(ResultSamples.inputs(first), ResultSamples.context(null));
    Path before = first.resolve("summary.json");
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) json.readTree(before.toFile());
    ArrayNode scenarios = (ArrayNode) root.path("scenarios");
    for (JsonNode s : scenarios) {
      ObjectNode o = (ObjectNode) s;
      switch (o.path("name").asText()) {
        case "the JSON response carries every documented field" -> o.put("result", "failed");
        case "a RoleArn of another account is refused" -> o.put("result", "passed");
        case "a session name with an at sign" ->
            o.putArray("observations").add("HTTP 200, the name was accepted");
        default -> {}
      }
    }
    for (int i = scenarios.size() - 1; i >= 0; i--) {
      if (scenarios.get(i).path("name").asText().equals("a moved clock expires the credentials")) {
        scenarios.remove(i);
      }
    }
    ObjectNode added = scenarios.addObject();
    added.put("key", "tencent/assume-role.feature: a new scenario");
    added.put("id", "tencent/assume-role.feature: a new scenario");
    added.put("result", "passed");
    ((ObjectNode) root.path("run")).put("target", "http://127.0.0.1:18099");
    Path after = dir.resolve("after.json");
    json.writeValue(after.toFile(), root);
    return new Path[] {before, after};
  }

  @Test
  void newFailuresFixedChangedAndScenariosOfOneRunAreTold() throws IOException {
    Path[] runs = twoRuns();

    Comparison.Result r = Comparison.compare(runs[0], runs[1]);

    assertThat(r.newFailures())
        .extracting(Comparison.Change::key)
        .containsExactly(
            "alibaba/assume-role.feature: the JSON response carries every documented field");
    assertThat(r.fixed())
        .extracting(Comparison.Change::key)
        .containsExactly("alibaba/assume-role.feature: a RoleArn of another account is refused");
    assertThat(r.changed())
        .extracting(Comparison.Change::key)
        .containsExactly("alibaba/assume-role.feature: a session name with an at sign");
    assertThat(r.onlyBefore())
        .extracting(Comparison.Change::key)
        .containsExactly("tencent/assume-role.feature: a moved clock expires the credentials");
    assertThat(r.onlyAfter())
        .extracting(Comparison.Change::key)
        .containsExactly("tencent/assume-role.feature: a new scenario");
    assertThat(r.unchanged()).isEqualTo(4);
    assertThat(r.after()).contains("target http://127.0.0.1:18099");
  }

  @Test
  void mainWritesTheComparisonAsHtmlAndMarkdown() throws IOException {
    Path[] runs = twoRuns();

    Comparison.main(
        new String[] {
          "--before",
          runs[0].toString(),
          "--after=" + runs[1],
          "--out",
          dir.resolve("cmp").toString()
        });

    String md = Files.readString(dir.resolve("cmp/comparison.md"));
    assertThat(md).contains("| 1 | 1 | 1 | 1 | 1 | 4 |");
    assertThat(md)
        .contains(
            "## New failures (1)\n\n| Scenario | Before | After |\n|---|---|---|\n"
                + "| alibaba/assume-role.feature: the JSON response carries every documented field"
                + " | passed | failed |");
    assertThat(md).contains("[observed: HTTP 200, the name was accepted]");
    String html = Files.readString(dir.resolve("cmp/comparison.html"));
    assertThat(html).contains("<h2>Fixed (1)</h2>");
    assertThat(html).contains("<h2>Only in the second run (1)</h2>");
  }

  @Test
  void aFileThatIsNotASummaryIsRefusedWithItsName() throws IOException {
    Path notASummary =
        Files.writeString(dir.resolve("x.json"), "{\"scenarios\":[],\"schemaVersion\":7}");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Comparison.compare(notASummary, notASummary))
        .hasMessage(notASummary + ": 'schemaVersion' is 7, this tool reads 1");
  }
}
