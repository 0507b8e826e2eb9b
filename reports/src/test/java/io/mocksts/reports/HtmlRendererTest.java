package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private static String sampleHtml(Path cucumberJson) throws IOException {
    return HtmlRenderer.render(
        ConformanceReport.build(
            Samples.inputs(cucumberJson, Path.of("unused"), Samples.alibabaCatalogue())));
  }

  @Test
  void whenTextHasMarkupCharactersThenTheyAreEscaped() {
    assertThat(HtmlRenderer.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
    assertThat(HtmlRenderer.escape(null)).isEmpty();
  }

  @Test
  void whenScenarioNamesAndErrorsHaveMarkupThenThePageEscapesThem() throws IOException {
    String html = sampleHtml(Samples.cucumberJson());

    assertThat(html)
        .contains("a Format of &quot;&lt;xml&gt;&quot; &amp; &#39;friends&#39; is refused")
        .contains(
            "expected: &lt;400&gt; but was: &lt;200&gt; &amp; body &lt;GetCallerIdentityResponse")
        .contains("acs:ram::&lt;&amp;&gt;:role/&quot;quoted&quot;")
        .doesNotContain("\"<xml>\"")
        .doesNotContain("<GetCallerIdentityResponse")
        .doesNotContain("<&>");
  }

  @Test
  void whenRenderedThenThePageIsSelfContained() throws IOException {
    String html = sampleHtml(Samples.cucumberJson());

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<style>")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("src=")
        .doesNotContainPattern("https?://");
  }

  @Test
  void whenScenariosFailedThenFailuresComeBeforeTheScenarioTables() throws IOException {
    String html = sampleHtml(Samples.cucumberJson());

    assertThat(html).contains("Failures (4)");
    assertThat(html.indexOf("id=\"failures\""))
        .isLessThan(html.indexOf("id=\"scenarios\""))
        .isGreaterThan(html.indexOf("id=\"summary\""));
    assertThat(html.indexOf("id=\"scenarios\""))
        .isLessThan(html.indexOf("id=\"wip\""))
        .isLessThan(html.indexOf("id=\"coverage\""));
  }

  @Test
  void whenRenderedThenStatusesAndCodeStatesCarryTheirColourClass() throws IOException {
    String html = sampleHtml(Samples.cucumberJson());

    assertThat(html)
        .contains("<span class=\"badge failed\">failed</span>")
        .contains("<span class=\"badge skipped\">skipped</span>")
        .contains("<span class=\"badge undefined\">undefined</span>")
        .contains("<span class=\"badge elsewhere\">covered elsewhere</span>")
        .contains("<span class=\"badge not-run\">not run</span>")
        .contains("6 of 9 applicable codes have a scenario");
  }

  @Test
  void whenRunDidNotCompleteThenThePageSaysSo() throws IOException {
    String html = sampleHtml(Samples.dir().resolve("missing/cucumber.json"));

    assertThat(html).contains("The run did not complete.").contains("No scenario ran.");
  }
}
