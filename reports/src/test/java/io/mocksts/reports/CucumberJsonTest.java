package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mocksts.reports.Report.Scenario;
import io.mocksts.reports.Report.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CucumberJsonTest {

  private final CucumberJson.Results sample = CucumberJson.read(Samples.cucumberJson());

  private Scenario scenarioAtLine(String uriEnd, int line) {
    return sample.scenarios().stream()
        .filter(s -> s.uri().endsWith(uriEnd) && s.line() == line)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void whenSampleReadThenEveryScenarioIsCountedOnceByStatus() {
    assertThat(sample.run().completed()).isTrue();
    assertThat(sample.scenarios()).hasSize(11);
    assertThat(Report.Counts.of(sample.scenarios())).isEqualTo(new Report.Counts(11, 6, 3, 1, 1));
  }

  @Test
  void whenSampleReadThenFeaturesKeepRunOrderUriAndCounts() {
    assertThat(sample.features())
        .extracting(Report.Feature::name, Report.Feature::uri, Report.Feature::counts)
        .containsExactly(
            tuple(
                "Alibaba Cloud STS AssumeRole",
                "classpath:alibaba/assume-role.feature",
                new Report.Counts(6, 4, 2, 0, 0)),
            tuple(
                "Alibaba Cloud RPC protocol",
                "classpath:alibaba/rpc-protocol.feature",
                new Report.Counts(5, 2, 1, 1, 1)));
  }

  @Test
  void whenBackgroundPrecedesScenarioThenItIsNotAScenarioOfItsOwn() {
    assertThat(sample.scenarios()).extracting(Scenario::name).doesNotContain("");
    assertThat(scenarioAtLine("assume-role.feature", 12).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void whenOutlineRowFailsThenItsFirstFailingStepAndFirstErrorLineAreKept() {
    Scenario row = scenarioAtLine("assume-role.feature", 34);

    assertThat(row.name())
        .isEqualTo(
            "a RoleArn of another form is wrongly formed: acs:ram::${account:main}:user/alice");
    assertThat(row.status()).isEqualTo(Status.FAILED);
    assertThat(row.failure().keyword()).isEqualTo("Then ");
    assertThat(row.failure().text())
        .isEqualTo("the request fails with HTTP 400 and code \"InvalidParameter.RoleArn\"");
    assertThat(row.failure().error())
        .isEqualTo(
            "java.lang.AssertionError: Expected error code \"InvalidParameter.RoleArn\" but the"
                + " request succeeded (HTTP 200)");
    assertThat(row.codes()).containsExactly("InvalidParameter.RoleArn");
  }

  @Test
  void whenAssumptionFailsThenScenarioIsSkippedWithTheReason() {
    Scenario skipped = scenarioAtLine("rpc-protocol.feature", 18);

    assertThat(skipped.status()).isEqualTo(Status.SKIPPED);
    assertThat(skipped.failure().error()).contains("Assumption failed");
  }

  @Test
  void whenStepUndefinedThenScenarioIsUndefinedAndCountsAsFailure() {
    Scenario undefined = scenarioAtLine("rpc-protocol.feature", 23);

    assertThat(undefined.status()).isEqualTo(Status.UNDEFINED);
    assertThat(undefined.status().isFailure()).isTrue();
    assertThat(undefined.failure().text())
        .isEqualTo("the response field \"Arn\" names the RAM user \"alice\"");
  }

  @Test
  void whenAfterHookFailsThenScenarioFailsAtTheHook(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("cucumber.json");
    Files.writeString(
        json,
        """
        [{"uri":"classpath:a.feature","name":"F","elements":[{"type":"scenario","name":"S","line":3,
          "steps":[{"keyword":"Given ","name":"x","result":{"status":"passed"}}],
          "after":[{"match":{"location":"Hooks.after()"},
                    "result":{"status":"failed","error_message":"boom\\n\\tat Hooks"}}]}]}]
        """);

    Scenario s = CucumberJson.read(json).scenarios().get(0);

    assertThat(s.status()).isEqualTo(Status.FAILED);
    assertThat(s.failure())
        .isEqualTo(new Report.FailedStep("After", "Hooks.after()", Status.FAILED, "boom"));
  }

  @Test
  void whenFileMissingThenRunIsIncompleteAndSaysSo(@TempDir Path dir) {
    CucumberJson.Results results = CucumberJson.read(dir.resolve("cucumber.json"));

    assertThat(results.run().completed()).isFalse();
    assertThat(results.run().message()).contains("did not complete");
    assertThat(results.scenarios()).isEmpty();
  }

  @Test
  void whenFileTruncatedOrEmptyThenRunIsIncomplete(@TempDir Path dir) throws IOException {
    Path truncated = Files.writeString(dir.resolve("truncated.json"), "[{\"uri\":\"classpath:a");
    Path empty = Files.writeString(dir.resolve("empty.json"), "");

    assertThat(CucumberJson.read(truncated).run().completed()).isFalse();
    assertThat(CucumberJson.read(empty).run().message()).contains("empty");
  }

  @Test
  void whenErrorMessageStartsWithBlankLinesThenFirstLineIsTheFirstText() {
    assertThat(CucumberJson.firstLine("\n  \r\n  expected 1\nbut was 2")).isEqualTo("expected 1");
    assertThat(CucumberJson.firstLine("java.lang.AssertionError:\n\tExpecting x"))
        .isEqualTo("java.lang.AssertionError: Expecting x");
    assertThat(CucumberJson.firstLine(null)).isNull();
  }
}
