package io.mocksts.reports;

import io.mocksts.reports.Report.CatalogueCoverage;
import io.mocksts.reports.Report.CodeCoverage;
import io.mocksts.reports.Report.Feature;
import io.mocksts.reports.Report.Scenario;
import io.mocksts.reports.Report.Totals;
import io.mocksts.reports.Report.WipScenario;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a {@link Report} as one self-contained HTML page: inline CSS, no script, no external
 * resource. Every text from the inputs is escaped.
 */
final class HtmlRenderer {

  private static final String CSS =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;\
      max-width:1200px;padding:1em 2em;color:#1f2328}
      h1{margin-bottom:.2em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}
      h3{margin:1.2em 0 .4em}small,.muted{color:#57606a}
      code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      table{border-collapse:collapse;width:100%;margin:.4em 0 1em}
      th,td{border:1px solid #d0d7de;padding:.25em .5em;text-align:left;vertical-align:top}
      th{background:#f6f8fa}tr:nth-child(even) td{background:#fbfcfd}
      .cards{display:flex;flex-wrap:wrap;gap:.6em}
      .card{border:1px solid #d0d7de;border-radius:6px;padding:.5em 1em;min-width:7em}
      .card b{display:block;font-size:1.8em}
      .banner{border-radius:6px;padding:.7em 1em;margin:1em 0;font-weight:600}
      .badge{display:inline-block;border-radius:1em;padding:0 .6em;font-size:12px;font-weight:600;\
      white-space:nowrap}
      .passed,.passing{background:#dafbe1;color:#116329}
      .failed,.failing,.missing{background:#ffebe9;color:#a40e26}
      .skipped,.not-applicable{background:#eaeef2;color:#424a53}
      .undefined,.pending,.not-run,.wip-only{background:#fff8c5;color:#7d4e00}
      .elsewhere{background:#ddf4ff;color:#0a3069}
      .error{white-space:pre-wrap;word-break:break-word}
      details>summary{cursor:pointer}details>summary h3{display:inline}
      """;

  private HtmlRenderer() {}

  static String render(Report report) {
    return render(report, null, Exchanges.none());
  }

  /** The page, with the summary's results, matrix and failure details when a summary is given. */
  static String render(Report report, Summary summary, Exchanges exchanges) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Conformance report: ")
        .append(escape(report.target()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append(ResultsHtml.CSS)
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>STS conformance report</h1>\n<p class=\"muted\">Target <code>")
        .append(escape(report.target()))
        .append("</code> &middot; generated ")
        .append(escape(report.generatedAt()))
        .append("</p>\n");
    if (!report.run().completed()) {
      h.append("<div class=\"banner failed\">The run did not complete. ")
          .append(escape(report.run().message()))
          .append("</div>\n");
    }
    if (summary != null) {
      ResultsHtml.results(h, summary);
      ResultsHtml.matrix(h, summary);
      ResultsHtml.failures(h, summary, exchanges);
      ResultsHtml.cells(h, summary);
    }
    summary(h, report);
    failures(h, report.scenarios());
    scenarios(h, report);
    wip(h, report.wip());
    coverage(h, report.coverage());
    if (!report.notes().isEmpty()) {
      h.append("<h2 id=\"notes\">Notes</h2>\n<ul>\n");
      report.notes().forEach(n -> h.append("<li>").append(escape(n)).append("</li>\n"));
      h.append("</ul>\n");
    }
    return h.append("</body>\n</html>\n").toString();
  }

  private static void summary(StringBuilder h, Report report) {
    Totals t = report.totals();
    h.append("<h2 id=\"summary\">Summary</h2>\n<div class=\"cards\">\n");
    card(h, "scenarios run", t.run(), "");
    card(h, "passed", t.passed(), t.passed() > 0 ? "passed" : "");
    card(h, "failed", t.failed(), t.failed() > 0 ? "failed" : "");
    card(h, "skipped", t.skipped(), t.skipped() > 0 ? "skipped" : "");
    card(h, "undefined / pending", t.undefined(), t.undefined() > 0 ? "undefined" : "");
    card(h, "excluded as @wip", t.excludedWip(), "");
    h.append("</div>\n");
    if (!report.coverage().isEmpty()) {
      h.append("<ul>\n");
      for (CatalogueCoverage c : report.coverage()) {
        h.append("<li><b>")
            .append(escape(c.vendor()))
            .append("</b> error codes: ")
            .append(escape(c.summary().text()))
            .append("</li>\n");
      }
      h.append("</ul>\n");
    }
  }

  private static void card(StringBuilder h, String label, int value, String cssClass) {
    h.append("<div class=\"card ")
        .append(cssClass)
        .append("\"><b>")
        .append(value)
        .append("</b>")
        .append(escape(label))
        .append("</div>\n");
  }

  private static void failures(StringBuilder h, List<Scenario> scenarios) {
    List<Scenario> failed = scenarios.stream().filter(s -> s.status().isFailure()).toList();
    h.append("<h2 id=\"failures\">Failures (").append(failed.size()).append(")</h2>\n");
    if (failed.isEmpty()) {
      h.append("<p>No scenario failed.</p>\n");
      return;
    }
    h.append("<table>\n<tr><th>Status</th><th>Scenario</th><th>Failing step</th>")
        .append("<th>Error</th></tr>\n");
    for (Scenario s : failed) {
      h.append("<tr><td>")
          .append(badge(s.status().label(), s.status().label()))
          .append("</td><td>")
          .append(escape(s.name()))
          .append("<br><small>")
          .append(escape(s.feature()))
          .append(" &middot; <code>")
          .append(escape(s.uri()))
          .append(':')
          .append(s.line())
          .append("</code></small></td><td>");
      if (s.failure() != null) {
        h.append("<code>")
            .append(escape(s.failure().keyword().strip()))
            .append(' ')
            .append(escape(s.failure().text()))
            .append("</code>");
      }
      h.append("</td><td class=\"error\">");
      if (s.failure() != null && s.failure().error() != null) {
        h.append(escape(s.failure().error()));
      }
      h.append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void scenarios(StringBuilder h, Report report) {
    h.append("<h2 id=\"scenarios\">Scenarios by feature</h2>\n");
    if (report.features().isEmpty()) {
      h.append("<p>No scenario ran.</p>\n");
      return;
    }
    for (Feature f : report.features()) {
      boolean allPassed = f.counts().passed() == f.counts().run();
      h.append(allPassed ? "<details>" : "<details open>")
          .append("<summary><h3>")
          .append(escape(f.name()))
          .append("</h3> <small><code>")
          .append(escape(f.uri()))
          .append("</code> &middot; ")
          .append(f.counts().run())
          .append(" run, ")
          .append(f.counts().passed())
          .append(" passed, ")
          .append(f.counts().failed())
          .append(" failed, ")
          .append(f.counts().skipped())
          .append(" skipped");
      if (f.counts().undefined() > 0) {
        h.append(", ").append(f.counts().undefined()).append(" undefined");
      }
      h.append("</small></summary>\n<table>\n<tr><th>Status</th><th>Scenario</th><th>Line</th>")
          .append("<th>Tags</th><th>Codes</th></tr>\n");
      for (Scenario s : report.scenarios()) {
        if (!Objects.equals(s.uri(), f.uri())) {
          continue;
        }
        h.append("<tr><td>")
            .append(badge(s.status().label(), s.status().label()))
            .append("</td><td>")
            .append(escape(s.name()))
            .append("</td><td>")
            .append(s.line())
            .append("</td><td><small>")
            .append(escape(String.join(" ", s.tags())))
            .append("</small></td><td><small>")
            .append(escape(String.join(", ", s.codes())))
            .append("</small></td></tr>\n");
      }
      h.append("</table>\n</details>\n");
    }
  }

  private static void wip(StringBuilder h, List<WipScenario> wip) {
    h.append("<h2 id=\"wip\">Excluded as @wip (").append(wip.size()).append(")</h2>\n");
    if (wip.isEmpty()) {
      h.append("<p>No scenario is tagged @wip.</p>\n");
      return;
    }
    h.append("<table>\n<tr><th>Feature</th><th>Scenario</th><th>Tags</th></tr>\n");
    for (WipScenario w : wip) {
      h.append("<tr><td>")
          .append(escape(w.feature()))
          .append("<br><small><code>")
          .append(escape(w.uri()))
          .append(':')
          .append(w.line())
          .append("</code></small></td><td>")
          .append(escape(w.name()))
          .append("</td><td><small>")
          .append(escape(String.join(" ", w.tags())))
          .append("</small></td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void coverage(StringBuilder h, List<CatalogueCoverage> catalogues) {
    h.append("<h2 id=\"coverage\">Error-code coverage</h2>\n");
    if (catalogues.isEmpty()) {
      h.append("<p>No error catalogue was given.</p>\n");
      return;
    }
    for (CatalogueCoverage c : catalogues) {
      h.append("<h3>")
          .append(escape(c.vendor()))
          .append(" <small><code>")
          .append(escape(c.source()))
          .append("</code></small></h3>\n<p>")
          .append(escape(c.summary().text()))
          .append("</p>\n<table>\n<tr><th>Code</th><th>HTTP</th><th>Confirmed</th>")
          .append("<th>Applies to</th><th>Scenarios</th><th>Passed</th><th>State</th>")
          .append("<th>Why</th></tr>\n");
      for (CodeCoverage row : c.codes()) {
        h.append("<tr><td><code>")
            .append(escape(row.code()))
            .append("</code></td><td>")
            .append(row.status() == null ? "&ndash;" : row.status())
            .append("</td><td>")
            .append(row.confirmed() ? "yes" : "no")
            .append("</td><td>")
            .append(escape(String.join(", ", row.applies())))
            .append("</td><td>")
            .append(row.scenarios())
            .append("</td><td>")
            .append(row.passed())
            .append("</td><td>")
            .append(badge(row.state().label(), row.state().name()))
            .append("</td><td><small>")
            .append(escape(row.why() == null ? "" : row.why()))
            .append("</small></td></tr>\n");
      }
      h.append("</table>\n");
      if (!c.uncatalogued().isEmpty()) {
        h.append("<p>Asserted by scenarios but not in the catalogue: ");
        for (int i = 0; i < c.uncatalogued().size(); i++) {
          h.append(i == 0 ? "" : ", ")
              .append("<code>")
              .append(escape(c.uncatalogued().get(i)))
              .append("</code>");
        }
        h.append("</p>\n");
      }
    }
  }

  private static String badge(String label, String kind) {
    String cssClass = kind.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    return "<span class=\"badge " + cssClass + "\">" + escape(label) + "</span>";
  }

  /** Escapes text for HTML element content and double- or single-quoted attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
