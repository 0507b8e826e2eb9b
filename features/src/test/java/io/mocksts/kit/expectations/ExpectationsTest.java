package io.mocksts.kit.expectations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationsTest {

  @TempDir Path dir;

  private Path file(String yaml) throws IOException {
    return Files.writeString(dir.resolve("expectations.yaml"), yaml);
  }

  @Test
  void aScenarioIsFoundByItsIdOrByOneOfItsTags() throws IOException {
    Expectations e =
        Expectations.read(
            file(
                """
                version: 1
                expectations:
                  - scenario: "alibaba/assume-role.feature: a role is assumed"
                    outcome: fail
                    reason: the live service answers 403
                    link: https://example.test/ticket/1
                  - tag: "@doc-alibaba-4.1-policy"
                    outcome: observe
                    reason: policy grammar differs
                """));

    assertThat(e.forScenario("alibaba/assume-role.feature: a role is assumed", Set.of()))
        .get()
        .extracting(Expectations.Expectation::outcome)
        .isEqualTo(Expectations.Outcome.FAIL);
    assertThat(e.forScenario("x.feature: y", Set.of("@doc-alibaba-4.1-policy")))
        .get()
        .extracting(Expectations.Expectation::outcome)
        .isEqualTo(Expectations.Outcome.OBSERVE);
    assertThat(e.forScenario("alibaba/assume-role.feature: another", Set.of("@other"))).isEmpty();
  }

  @Test
  void anExpectedScenarioThatRecordedNothingAndDidNotFailIsStale() {
    assertThat(Expectations.judge(List.of(), false)).isEqualTo(Expectations.Verdict.STALE);
    assertThat(Expectations.judge(List.of("expected 200 but was 403"), false))
        .isEqualTo(Expectations.Verdict.AS_EXPECTED);
    assertThat(Expectations.judge(List.of(), true)).isEqualTo(Expectations.Verdict.AS_EXPECTED);
  }

  @Test
  void aMalformedFileIsRefusedWithTheFileTheEntryAndTheKey() throws IOException {
    Path bad =
        file(
            """
            version: 1
            expectations:
              - scenario: "a.feature: b"
                outcome: maybe
                reason: r
            """);
    assertThatThrownBy(() -> Expectations.read(bad))
        .hasMessageContaining(bad.toString())
        .hasMessageContaining("expectations[0]")
        .hasMessageContaining("'outcome' is fail or observe, not 'maybe'");

    Path unknownKey =
        file(
            """
            version: 1
            expectations:
              - scenario: "a.feature: b"
                outcome: fail
                reason: r
                because: typo
            """);
    assertThatThrownBy(() -> Expectations.read(unknownKey)).hasMessageContaining("'because'");

    Path both =
        file("version: 1\nexpectations:\n  - {scenario: a, tag: '@b', outcome: fail, reason: r}\n");
    assertThatThrownBy(() -> Expectations.read(both))
        .hasMessageContaining("exactly one of 'scenario' and 'tag'");

    Path noVersion = file("expectations: []\n");
    assertThatThrownBy(() -> Expectations.read(noVersion)).hasMessageContaining("'version'");
  }

  @Test
  void aScenarioIdIsTheFeatureBelowFeaturesAndTheName() {
    assertThat(
            Expectations.scenarioId(
                "classpath:alibaba/assume-role.feature", "<n> seconds are accepted"))
        .isEqualTo("alibaba/assume-role.feature: <n> seconds are accepted");
    assertThat(
            Expectations.scenarioId(
                "file:///work/features/target/test-classes/tencent/assume-role.feature", "x"))
        .isEqualTo("tencent/assume-role.feature: x");
  }

  @Test
  void theWriterTurnsEveryFailedScenarioOfARunIntoAnExpectedFailure() throws IOException {
    Path report =
        Files.writeString(
            dir.resolve("cucumber.json"),
            """
            [{"uri": "classpath:alibaba/assume-role.feature", "elements": [
              {"type": "scenario", "name": "passes",
               "steps": [{"result": {"status": "passed"}}]},
              {"type": "background", "name": "",
               "steps": [{"result": {"status": "failed", "error_message": "no key"}}]},
              {"type": "scenario", "name": "fails in its background",
               "steps": [{"result": {"status": "skipped"}}]},
              {"type": "scenario", "name": "fails",
               "steps": [{"result": {"status": "passed"}},
                         {"result": {"status": "failed",
                                     "error_message": "expected 200\\nbut was 403"}}]}]}]
            """);
    Path out = dir.resolve("out/live.yaml");

    int written = ExpectationsWriter.write(report, out, "live");

    assertThat(written).isEqualTo(2);
    Expectations back = Expectations.read(out);
    assertThat(back.entries().get(0).scenario())
        .contains("alibaba/assume-role.feature: fails in its background");
    assertThat(back.entries().get(0).reason()).endsWith(": no key");
    assertThat(back.entries().subList(1, 2))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.scenario()).contains("alibaba/assume-role.feature: fails");
              assertThat(e.outcome()).isEqualTo(Expectations.Outcome.FAIL);
              assertThat(e.reason()).startsWith("failed on live on ").endsWith(": expected 200");
            });
  }
}
