package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mocksts.reports.Report.CatalogueCoverage;
import io.mocksts.reports.Report.CodeCoverage;
import io.mocksts.reports.Report.CodeState;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CoverageTest {

  private final FeatureCatalog features = FeatureCatalog.parse(Samples.features());
  private final CucumberJson.Results run = CucumberJson.read(Samples.cucumberJson());

  private static Set<String> vendors(String... catalogueVendors) {
    Set<String> vendors = new TreeSet<>(Coverage.KNOWN_VENDORS);
    vendors.addAll(List.of(catalogueVendors));
    return vendors;
  }

  private CatalogueCoverage alibaba(CucumberJson.Results results) throws IOException {
    return Coverage.of(
        ErrorCatalogue.load(Samples.alibabaCatalogue()),
        vendors("alibaba"),
        features,
        results.scenarios(),
        results.run().completed());
  }

  private static CodeCoverage row(CatalogueCoverage coverage, String code) {
    return coverage.codes().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void whenStepAssertsAnErrorThenItsCodeIsExtracted() {
    assertThat(
            Coverage.assertedCodes(
                List.of(
                    "the caller calls AssumeRole",
                    "the request fails with HTTP 400 and code \"InvalidParameter.RoleArn\"",
                    "the request fails with HTTP 400 and code \"InvalidParameter.RoleArn\"")))
        .containsExactly("InvalidParameter.RoleArn");
  }

  @Test
  void whenStepAssertsAnErrorWithoutStatusThenItsCodeIsExtracted() {
    assertThat(
            Coverage.assertedCodes(
                List.of(
                    "the request fails with code \"AuthFailure.SignatureFailure\"",
                    "the request fails with HTTP 400 and code \"InvalidParameter.RoleArn\"")))
        .containsExactly("AuthFailure.SignatureFailure", "InvalidParameter.RoleArn");
  }

  @Test
  void whenSampleRunThenEachCodeGetsItsState() throws IOException {
    assertThat(alibaba(run).codes())
        .extracting(CodeCoverage::code, CodeCoverage::state)
        .containsExactly(
            tuple("MissingParameter", CodeState.PASSING),
            tuple("Missing{ParameterName}", CodeState.PASSING),
            tuple("MissingSecurityToken", CodeState.PASSING),
            tuple("InvalidParameter", CodeState.MISSING),
            tuple("SignatureDoesNotMatch", CodeState.MISSING),
            tuple("InternalError", CodeState.ELSEWHERE),
            tuple("InvalidParameter.RoleArn", CodeState.PASSING),
            tuple("InvalidParameter.DurationSeconds", CodeState.WIP_ONLY),
            tuple("InvalidParameter.SerialNumber", CodeState.NOT_APPLICABLE),
            tuple("NoPermission", CodeState.NOT_RUN),
            tuple("EntityNotExist.Role", CodeState.FAILING),
            tuple("Throttling.User", CodeState.NOT_APPLICABLE));
  }

  @Test
  void whenOneOutlineRowPassesThenCodeIsPassing() throws IOException {
    CodeCoverage roleArn = row(alibaba(run), "InvalidParameter.RoleArn");

    assertThat(roleArn.covered()).isTrue();
    assertThat(roleArn.passing()).isTrue();
    assertThat(roleArn.scenarios()).isEqualTo(3);
    assertThat(roleArn.passed()).isEqualTo(2);
  }

  @Test
  void whenAssertedMissingNameIsNotCataloguedThenPatternEntryCoversIt() throws IOException {
    CatalogueCoverage coverage = alibaba(run);

    CodeCoverage pattern = row(coverage, "Missing{ParameterName}");
    assertThat(pattern.covered()).isTrue();
    assertThat(pattern.passing()).isTrue();
    assertThat(pattern.scenarios()).as("MissingRoleArn only").isEqualTo(1);
    assertThat(row(coverage, "MissingSecurityToken").scenarios()).isEqualTo(1);
    assertThat(coverage.uncatalogued()).doesNotContain("MissingRoleArn");
  }

  @Test
  void whenScenarioFalseThenCodeIsCoveredElsewhereWithItsWhy() throws IOException {
    CodeCoverage internal = row(alibaba(run), "InternalError");

    assertThat(internal.covered()).isFalse();
    assertThat(internal.state()).isEqualTo(CodeState.ELSEWHERE);
    assertThat(internal.why()).contains("unit test");
  }

  @Test
  void whenCodeNotApplicableThenWhyIsKept() throws IOException {
    CodeCoverage serial = row(alibaba(run), "InvalidParameter.SerialNumber");

    assertThat(serial.applies()).isEmpty();
    assertThat(serial.why()).contains("undocumented");
  }

  @Test
  void whenSampleRunThenSummaryCountsApplicableCodesWithAScenario() throws IOException {
    assertThat(alibaba(run).summary())
        .isEqualTo(
            new Report.CoverageSummary(
                12,
                10,
                9,
                6,
                4,
                1,
                2,
                "6 of 9 applicable codes have a scenario (4 passing); 1 more covered elsewhere;"
                    + " 2 not applicable yet."));
  }

  @Test
  void whenScenariosAssertUncataloguedCodesThenTheyAreListed() throws IOException {
    assertThat(alibaba(run).uncatalogued()).containsExactly("InvalidParameter.Format");
  }

  @Test
  void whenTencentScenarioAssertsSameCodeThenAlibabaCodeIsNotCovered() throws IOException {
    CatalogueCoverage alibaba = alibaba(run);

    assertThat(row(alibaba, "InvalidParameter").covered()).isFalse();
    assertThat(row(alibaba, "MissingParameter").scenarios()).isEqualTo(1);
  }

  @Test
  void whenTencentCatalogueGivenThenItsCodesAreCoveredByTencentScenariosOnly() throws IOException {
    CatalogueCoverage tencent =
        Coverage.of(
            ErrorCatalogue.load(Samples.tencentCatalogue()),
            vendors("alibaba", "tencent"),
            features,
            run.scenarios(),
            true);

    assertThat(tencent.vendor()).isEqualTo("tencent");
    assertThat(tencent.codes())
        .extracting(CodeCoverage::code, CodeCoverage::scenarios, CodeCoverage::state)
        .containsExactly(
            tuple("MissingParameter", 1, CodeState.NOT_RUN),
            tuple("InvalidParameter", 1, CodeState.NOT_RUN),
            tuple("AuthFailure.SignatureFailure", 0, CodeState.MISSING));
  }

  @Test
  void whenScenarioHasNoVendorMarkThenItCountsForEveryVendor() {
    Set<String> vendors = vendors("alibaba", "tencent");

    assertThat(Coverage.belongsTo("tencent", List.of("@smoke"), "common/x.feature", vendors))
        .isTrue();
    assertThat(Coverage.belongsTo("tencent", List.of(), "classpath:alibaba/x.feature", vendors))
        .isFalse();
    assertThat(Coverage.belongsTo("alibaba", List.of("@alibaba"), "tencent/x.feature", vendors))
        .isTrue();
  }

  @Test
  void whenRunDidNotCompleteThenNoCodeIsPassingAndSummarySaysSo() throws IOException {
    CatalogueCoverage coverage =
        alibaba(CucumberJson.read(Samples.dir().resolve("no-such-cucumber.json")));

    assertThat(coverage.codes()).noneMatch(CodeCoverage::passing);
    assertThat(row(coverage, "InvalidParameter.RoleArn").state()).isEqualTo(CodeState.NOT_RUN);
    assertThat(coverage.summary().text()).contains("passing unknown");
  }
}
