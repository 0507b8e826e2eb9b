package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsHtmlTest {

  @TempDir Path out;

  private String html() throws IOException {
    ConformanceReport.Result result =
        ConformanceReport.render(
            ResultSamples.inputs(out), ResultSamples.context(ResultSamples.exchanges(out)));
    return Files.readString(result.html());
  }

  @Test
  void theMatrixLinksEachCellToItsScenariosAndEachRuleToItsVendorPages() throws IOException {
    String html = html();

    assertThat(html).contains("<h2 id=\"matrix\">Vendor &times; action &times; rule</h2>");
    assertThat(html).contains("<a href=\"#cell-1\">RoleArn is required</a>");
    assertThat(html).contains("<details id=\"cell-1\" open>");
    assertThat(html)
        .contains(
            "<a href=\"https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json\"");
    assertThat(html).doesNotContain("../elsewhere/notes.md");
    for (String result :
        List.of(
            "passed",
            "failed",
            "expected-failure",
            "stale-expectation",
            "observed",
            "not-applicable",
            "wip")) {
      assertThat(html).contains("<span class=\"badge " + result + "\">" + result + "</span>");
    }
  }

  @Test
  void aFailureShowsTheRedactedRequestTheExpectedAndObservedAnswersAndTheirDiff()
      throws IOException {
    String html = html();
    String secret = ResultSamples.worldSecrets().get(1);

    assertThat(html).contains("<div class=\"failure\" id=\"failure-0\">");
    assertThat(html).contains("<b>Request sent</b>");
    assertThat(html).contains("POST https://sts.aliyuncs.com/?Signature=***&amp;Action=AssumeRole");
    assertThat(html).contains("x-acs-security-token: ***");
    assertThat(html).contains("<span class=\"del\">- &quot;NoPermission&quot;</span>");
    assertThat(html).contains("<span class=\"ins\">+ &quot;EntityNotExist.Role&quot;</span>");
    assertThat(html).doesNotContain(secret);
  }

  @Test
  void withoutAssertedValuesTheDiffSetsTheStepAgainstTheLastResponse() {
    assertThat(FailureDiff.diff("Then it fails\nHTTP 400", "HTTP 400\n{\"Code\":\"X\"}"))
        .containsExactly(
            new FailureDiff.Line('-', "Then it fails"),
            new FailureDiff.Line(' ', "HTTP 400"),
            new FailureDiff.Line('+', "{\"Code\":\"X\"}"));
  }
}
