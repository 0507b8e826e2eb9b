package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

  @TempDir Path out;

  private static JsonSchema schema() throws IOException {
    try (InputStream in =
        Summary.class.getResourceAsStream("/io/mocksts/reports/summary.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private Summary render() throws IOException {
    return ConformanceReport.render(
            ResultSamples.inputs(out), ResultSamples.context(ResultSamples.exchanges(out)))
        .summaryModel();
  }

  private static Summary.Entry entry(Summary summary, String name) {
    return summary.scenarios().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachScenarioGetsItsResultInTheOneVocabulary() throws IOException {
    Summary summary = render();

    assertThat(summary.scenarios())
        .extracting(Summary.Entry::name, e -> e.result().label())
        .containsExactlyInAnyOrder(
            tuple("the JSON response carries every documented field", "passed"),
            tuple("the credentials expire after the requested duration", "expected-failure"),
            tuple("without RoleArn the request is refused", "stale-expectation"),
            tuple("a RoleArn of another account is refused", "failed"),
            tuple("a session name with an at sign", "observed"),
            tuple("the documented maximum is accepted", "passed"),
            tuple("a moved clock expires the credentials", "not-applicable"),
            tuple("a RoleArn with quotes is refused", "wip"));
    assertThat(summary.totals())
        .containsExactly(
            Map.entry("passed", 2),
            Map.entry("failed", 1),
            Map.entry("expected-failure", 1),
            Map.entry("stale-expectation", 1),
            Map.entry("observed", 1),
            Map.entry("not-applicable", 1),
            Map.entry("wip", 1));
  }

  @Test
  void reasonsComeFromTheLedgerTheAbortAndTheObservation() throws IOException {
    Summary summary = render();

    Summary.Entry expected = entry(summary, "the credentials expire after the requested duration");
    assertThat(expected.reason()).isEqualTo("the live service rounds the duration up");
    assertThat(expected.expectation().verdict()).isEqualTo("as-expected");
    assertThat(expected.observations())
        .containsExactly("expected Expiration 900 s after the request, but was 3600 s");
    assertThat(entry(summary, "a moved clock expires the credentials").reason())
        .isEqualTo("needs the mock's control surface");
    assertThat(entry(summary, "a session name with an at sign").observations())
        .singleElement()
        .asString()
        .startsWith("Expected the request to succeed");
    assertThat(entry(summary, "without RoleArn the request is refused").failure().message())
        .startsWith("stale expectation in expectations/live.yaml");
  }

  @Test
  void withoutTheLedgerTheScenariosLogsStillTellExpectedFailuresAndStaleOnes() throws IOException {
    ConformanceReport.RunContext noLedger =
        new ConformanceReport.RunContext(
            ResultSamples.dir().resolve("sources.yaml"), null, null, null, List.of());
    Summary summary = ConformanceReport.render(ResultSamples.inputs(out), noLedger).summaryModel();

    assertThat(entry(summary, "the credentials expire after the requested duration").result())
        .isEqualTo(Outcome.EXPECTED_FAILURE);
    assertThat(entry(summary, "without RoleArn the request is refused").result())
        .isEqualTo(Outcome.STALE_EXPECTATION);
    assertThat(summary.run().target()).isEqualTo("live");
    assertThat(summary.run().gitCommit()).isEqualTo("unknown");
  }

  @Test
  void aFailureCarriesTheExpectedAndTheObservedValueOfItsAssertion() throws IOException {
    Summary.Failure failure = entry(render(), "a RoleArn of another account is refused").failure();

    assertThat(failure.step())
        .isEqualTo("Then the request fails with HTTP 403 and code \"NoPermission\"");
    assertThat(failure.expected()).isEqualTo("\"NoPermission\"");
    assertThat(failure.observed()).isEqualTo("\"EntityNotExist.Role\"");
  }

  @Test
  void theMatrixHasOneCellPerVendorActionAndRuleWithItsCountsAndVendorPages() throws IOException {
    Summary summary = render();

    assertThat(summary.matrix())
        .extracting(Summary.Cell::vendor, Summary.Cell::action, Summary.Cell::rule)
        .containsExactly(
            tuple(
                "alibaba",
                "AssumeRole",
                "A trusted RAM user receives temporary credentials of the role"),
            tuple("alibaba", "AssumeRole", "RoleArn is required"),
            tuple("alibaba", "AssumeRole", "RoleSessionName characters the pages disagree on"),
            tuple("tencent", "AssumeRole", "DurationSeconds has a documented maximum"));
    Summary.Cell roleArn = summary.matrix().get(1);
    assertThat(roleArn.counts())
        .containsExactly(
            Map.entry("failed", 1), Map.entry("stale-expectation", 1), Map.entry("wip", 1));
    assertThat(roleArn.scenarios()).hasSize(3);
    assertThat(roleArn.docs())
        .extracting(Summary.Doc::title)
        .containsExactly(
            "Alibaba Cloud STS API reference: AssumeRole",
            "Alibaba Cloud OpenAPI metadata, Sts 2015-04-01");
    // A page whose "url" is not a web address is never linked.
    assertThat(summary.matrix().get(2).docs())
        .extracting(Summary.Doc::url)
        .allMatch(u -> u.startsWith("https://"))
        .hasSize(1);
  }

  @Test
  void theWrittenSummaryValidatesAgainstTheShippedSchemaAndCarriesTheRunMetadata()
      throws IOException {
    render();
    JsonNode written = JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile());

    Set<ValidationMessage> errors = schema().validate(written);

    assertThat(errors).isEmpty();
    assertThat(written.path("schemaVersion").asInt()).isEqualTo(Summary.SCHEMA_VERSION);
    JsonNode run = written.path("run");
    assertThat(run.path("target").asText()).isEqualTo("live");
    assertThat(run.path("kitVersion").asText()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(run.path("gitCommit").asText()).hasSize(40);
    assertThat(run.path("startedAt").asText()).isEqualTo("2026-12-07T00:55:00Z");
    assertThat(run.path("durationMillis").asLong()).isEqualTo(300_000L);
    assertThat(run.path("vendors").toString()).isEqualTo("[\"alibaba\",\"tencent\"]");
    assertThat(run.path("regions").path("alibaba").asText()).isEqualTo("cn-hangzhou");
    assertThat(run.path("profile").asText()).isEqualTo("alibaba-live");
  }

  @Test
  void fromAShellTheSourcesLedgerAndExchangesAreOptionalFiles() throws IOException {
    Path exchanges = ResultSamples.exchanges(out);
    java.io.PrintStream console = System.out;
    try {
      System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      ConformanceReport.main(
          new String[] {
            "--cucumber-json",
            ResultSamples.dir().resolve("cucumber.json").toString(),
            "--features",
            ResultSamples.dir().resolve("features").toString(),
            "--target",
            "live",
            "--out",
            out.resolve("cli").toString(),
            "--sources",
            ResultSamples.dir().resolve("sources.yaml").toString(),
            "--expectations=" + ResultSamples.dir().resolve("expectations.json"),
            "--exchanges",
            exchanges.toString()
          });
    } finally {
      System.setOut(console);
    }
    JsonNode written =
        JsonMapper.builder().build().readTree(out.resolve("cli/summary.json").toFile());

    assertThat(schema().validate(written)).isEmpty();
    JsonNode failed = written.path("scenarios").get(3);
    assertThat(failed.path("name").asText()).isEqualTo("a RoleArn of another account is refused");
    assertThat(failed.path("exchanges").asInt()).isEqualTo(1);
    assertThat(failed.path("docs")).hasSize(2);
    assertThat(written.path("scenarios").get(1).path("expectation").path("reason").asText())
        .isEqualTo("the live service rounds the duration up");
  }

  @Test
  void theSchemaRefusesAResultOutsideTheVocabularyAndAMissingTotal() throws IOException {
    render();
    JsonNode written = JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile());
    ObjectNode scenario = (ObjectNode) written.path("scenarios").get(0);
    scenario.put("result", "skipped");
    ((ObjectNode) written.path("totals")).remove("observed");

    Set<ValidationMessage> errors = schema().validate(written);

    assertThat(errors)
        .extracting(ValidationMessage::getInstanceLocation)
        .extracting(Object::toString)
        .contains("$.scenarios[0].result", "$.totals");
  }
}
