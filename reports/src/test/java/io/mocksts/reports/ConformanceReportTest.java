package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceReportTest {

  @TempDir Path out;

  @Test
  void whenMainRunsThenItWritesAllThreeFilesAndPrintsASummary() throws IOException {
    String[] args = {
      "--cucumber-json",
      Samples.cucumberJson().toString(),
      "--features",
      Samples.features().toString(),
      "--catalogue",
      Samples.alibabaCatalogue().toString(),
      "--catalogue=" + Samples.tencentCatalogue(),
      "--target",
      "live",
      "--out",
      out.resolve("report").toString()
    };
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      ConformanceReport.main(args);
    } finally {
      System.setOut(console);
    }

    assertThat(out.resolve("report/conformance.json")).isNotEmptyFile();
    assertThat(out.resolve("report/conformance.html")).isNotEmptyFile();
    assertThat(out.resolve("report/conformance.md")).isNotEmptyFile();
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSizeBetween(3, 5);
    assertThat(lines.get(0))
        .isEqualTo(
            "Conformance of target 'live': 11 scenarios run, 6 passed, 3 failed, 1 skipped,"
                + " 1 undefined; 2 excluded as @wip.");
    assertThat(lines).anyMatch(l -> l.startsWith("alibaba error codes: 6 of 9"));
    assertThat(lines).anyMatch(l -> l.startsWith("tencent error codes: 2 of 3"));
  }

  @Test
  void whenRenderedThenJsonCarriesTotalsFeaturesScenariosWipAndCoverage() throws IOException {
    ConformanceReport.Result result =
        ConformanceReport.render(
            Samples.inputs(Samples.cucumberJson(), out, Samples.alibabaCatalogue()));

    JsonNode json = new ObjectMapper().readTree(result.json().toFile());
    assertThat(json.path("target").asText()).isEqualTo("live");
    assertThat(json.path("generatedAt").asText()).isEqualTo("2026-11-26T10:20:00Z");
    assertThat(json.path("run").path("completed").asBoolean()).isTrue();
    assertThat(json.path("totals").toString())
        .isEqualTo(
            "{\"run\":11,\"passed\":6,\"failed\":3,\"skipped\":1,\"undefined\":1,\"excludedWip\":2}");
    assertThat(json.path("features")).hasSize(2);
    assertThat(json.path("scenarios")).hasSize(11);
    JsonNode failedRow = json.path("scenarios").get(3);
    assertThat(failedRow.path("status").asText()).isEqualTo("failed");
    assertThat(failedRow.path("feature").asText()).isEqualTo("Alibaba Cloud STS AssumeRole");
    assertThat(failedRow.path("failure").path("error").asText())
        .startsWith("java.lang.AssertionError: Expected error code");
    assertThat(json.path("wip")).hasSize(2);
    assertThat(json.path("wip").get(1).path("name").asText())
        .isEqualTo("a DurationSeconds below 900 is refused");
    JsonNode coverage = json.path("coverage").get(0);
    assertThat(coverage.path("vendor").asText()).isEqualTo("alibaba");
    assertThat(coverage.path("summary").path("covered").asInt()).isEqualTo(6);
    assertThat(coverage.path("codes").get(5).path("state").asText()).isEqualTo("covered elsewhere");
    assertThat(result.allPassed()).isFalse();
  }

  @Test
  void whenCucumberJsonMissingThenReportIsWrittenAndSaysTheRunDidNotComplete() throws IOException {
    ConformanceReport.Result result =
        ConformanceReport.render(
            Samples.inputs(out.resolve("no-run/cucumber.json"), out, Samples.alibabaCatalogue()));

    assertThat(result.report().run().completed()).isFalse();
    assertThat(result.report().wip()).hasSize(2);
    assertThat(result.allPassed()).isFalse();
    assertThat(result.summary().get(0)).contains("THE RUN DID NOT COMPLETE");
    assertThat(Files.readString(result.json())).contains("\"completed\" : false");
    assertThat(Files.readString(result.html())).contains("The run did not complete.");
    assertThat(Files.readString(result.markdown())).contains("**The run did not complete.**");
  }

  @Test
  void whenOptionUnknownOrMissingThenArgumentsAreRejected() {
    assertThatThrownBy(() -> ConformanceReport.parseArgs(new String[] {"--colour", "red"}))
        .hasMessageContaining("Unknown option --colour");
    assertThatThrownBy(
            () ->
                ConformanceReport.parseArgs(
                    new String[] {"--cucumber-json", "c.json", "--features", "f", "--target", "t"}))
        .hasMessageContaining("Missing --out");
    assertThatThrownBy(() -> ConformanceReport.parseArgs(new String[] {"--target"}))
        .hasMessageContaining("Missing value");
  }

  @Test
  void whenCatalogueRepeatedThenAllAreKeptInOrder() {
    ConformanceReport.Inputs inputs =
        ConformanceReport.parseArgs(
            new String[] {
              "--cucumber-json=c.json",
              "--features=f",
              "--catalogue",
              "a.yaml",
              "--catalogue",
              "b.yaml",
              "--target",
              "embedded",
              "--out",
              "o"
            });

    assertThat(inputs.catalogues()).containsExactly(Path.of("a.yaml"), Path.of("b.yaml"));
    assertThat(inputs.target()).isEqualTo("embedded");
  }
}
