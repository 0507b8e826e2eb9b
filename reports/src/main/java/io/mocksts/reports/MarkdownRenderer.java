package io.mocksts.reports;

import io.mocksts.reports.Report.CatalogueCoverage;
import io.mocksts.reports.Report.CodeCoverage;
import io.mocksts.reports.Report.Scenario;
import io.mocksts.reports.Report.Totals;
import java.util.List;

/**
 * Renders a short Markdown summary of a {@link Report} for an issue note: totals, failures, and per
 * catalogue the applicable codes (not-applicable ones on one line).
 */
final class MarkdownRenderer {

  private static final int MAX_FAILURES = 20;

  private MarkdownRenderer() {}

  static String render(Report report) {
    StringBuilder md = new StringBuilder(4096);
    Totals t = report.totals();
    md.append("## STS conformance: `")
        .append(report.target().replace("`", "'"))
        .append("`\n\n")
        .append("Generated ")
        .append(report.generatedAt())
        .append(".\n\n");
    if (!report.run().completed()) {
      md.append("> **The run did not complete.** ")
          .append(inline(report.run().message()))
          .append("\n\n");
    }
    md.append("| Run | Passed | Failed | Skipped | Undefined | @wip excluded |\n")
        .append("|---:|---:|---:|---:|---:|---:|\n")
        .append("| ")
        .append(t.run())
        .append(" | ")
        .append(t.passed())
        .append(" | ")
        .append(t.failed())
        .append(" | ")
        .append(t.skipped())
        .append(" | ")
        .append(t.undefined())
        .append(" | ")
        .append(t.excludedWip())
        .append(" |\n\n");

    List<Scenario> failed =
        report.scenarios().stream().filter(s -> s.status().isFailure()).toList();
    if (!failed.isEmpty()) {
      md.append("**Failures**\n\n");
      failed.stream()
          .limit(MAX_FAILURES)
          .forEach(
              s ->
                  md.append("- ")
                      .append(inline(s.feature()))
                      .append(": ")
                      .append(inline(s.name()))
                      .append(" (`")
                      .append(s.uri().replace("`", "'"))
                      .append(':')
                      .append(s.line())
                      .append("`)")
                      .append(
                          s.failure() == null || s.failure().error() == null
                              ? ""
                              : " — " + inline(s.failure().error()))
                      .append('\n'));
      if (failed.size() > MAX_FAILURES) {
        md.append("- … and ")
            .append(failed.size() - MAX_FAILURES)
            .append(" more (see conformance.html)\n");
      }
      md.append('\n');
    }

    for (CatalogueCoverage c : report.coverage()) {
      md.append("### Error codes: ")
          .append(inline(c.vendor()))
          .append("\n\n")
          .append(inline(c.summary().text()))
          .append(
              "\n\n| Code | HTTP | Applies to | Scenarios | State |\n|---|---:|---|---:|---|\n");
      StringBuilder notApplicable = new StringBuilder();
      for (CodeCoverage row : c.codes()) {
        if (row.applies().isEmpty() && !row.covered()) {
          notApplicable.append(notApplicable.length() == 0 ? "" : ", ").append(code(row.code()));
          continue;
        }
        md.append("| ")
            .append(code(row.code()))
            .append(" | ")
            .append(row.status() == null ? "–" : row.status())
            .append(" | ")
            .append(cell(String.join(", ", row.applies())))
            .append(" | ")
            .append(row.scenarios())
            .append(" | ")
            .append(row.state().label())
            .append(" |\n");
      }
      md.append('\n');
      if (notApplicable.length() > 0) {
        md.append("Not applicable yet: ").append(notApplicable).append(".\n\n");
      }
      if (!c.uncatalogued().isEmpty()) {
        md.append("Asserted but not in the catalogue: ")
            .append(
                String.join(", ", c.uncatalogued().stream().map(MarkdownRenderer::code).toList()))
            .append(".\n\n");
      }
    }
    return md.toString();
  }

  private static String code(String code) {
    return "`" + code.replace("`", "'") + "`";
  }

  /** Text on one line with Markdown's HTML-sensitive characters neutralised. */
  private static String inline(String text) {
    if (text == null) {
      return "";
    }
    return text.replaceAll("\\s+", " ")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .strip();
  }

  /** Text for a table cell: one line, pipes escaped. */
  private static String cell(String text) {
    return inline(text).replace("|", "\\|");
  }
}
