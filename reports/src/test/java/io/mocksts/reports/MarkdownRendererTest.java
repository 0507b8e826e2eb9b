package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final String markdown;

  MarkdownRendererTest() throws IOException {
    markdown =
        MarkdownRenderer.render(
            ConformanceReport.build(
                Samples.inputs(
                    Samples.cucumberJson(), Path.of("unused"), Samples.alibabaCatalogue())));
  }

  @Test
  void whenRenderedThenTotalsRowComesFirst() {
    assertThat(markdown)
        .startsWith("## STS conformance: `live`")
        .contains("| 11 | 6 | 3 | 1 | 1 | 2 |");
  }

  @Test
  void whenRenderedThenApplicableCodesAreRowsAndOthersOneLine() {
    assertThat(markdown)
        .contains("| `InvalidParameter.RoleArn` | 400 | AssumeRole | 3 | passing |")
        .contains("| `InternalError` | 500 | protocol | 0 | covered elsewhere |")
        .contains("Not applicable yet: `InvalidParameter.SerialNumber`, `Throttling.User`.")
        .contains("Asserted but not in the catalogue: `InvalidParameter.Format`.")
        .doesNotContain("| `Throttling.User`");
  }

  @Test
  void whenFailuresListedThenMarkupIsNeutralised() {
    assertThat(markdown)
        .contains("a Format of \"&lt;xml&gt;\" &amp; 'friends' is refused")
        .doesNotContain("<xml>");
  }
}
