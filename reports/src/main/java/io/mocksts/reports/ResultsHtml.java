package io.mocksts.reports;

import static io.mocksts.reports.HtmlRenderer.escape;

import io.mocksts.reports.Summary.Cell;
import io.mocksts.reports.Summary.Doc;
import io.mocksts.reports.Summary.Entry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections of the HTML report drawn from the {@link Summary}: results in the one vocabulary,
 * the vendor × action × rule matrix (each cell linking to its scenarios), and for each failure the
 * request sent, the expected and observed answers and their diff.
 */
final class ResultsHtml {

  static final String CSS =
      """
      .expected-failure{background:#fbefff;color:#6639ba}.stale-expectation{background:#ffebe9;\
      color:#a40e26;outline:1px dashed #a40e26}.observed{background:#ddf4ff;color:#0a3069}\
      .wip{background:#fff8c5;color:#7d4e00}
      .matrix td.n{text-align:right;white-space:nowrap}.matrix td.zero{color:#afb8c1}
      pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.5em;\
      overflow-x:auto;white-space:pre-wrap;word-break:break-all;font-size:12px;margin:.3em 0}
      .diff .del{background:#ffebe9;display:block}.diff .ins{background:#dafbe1;display:block}
      .failure{border:1px solid #d0d7de;border-radius:6px;padding:.2em 1em .6em;margin:.8em 0}
      """;

  private ResultsHtml() {}

  static void results(StringBuilder h, Summary summary) {
    h.append("<h2 id=\"results\">Results</h2>\n<div class=\"cards\">\n");
    summary
        .totals()
        .forEach(
            (label, n) ->
                h.append("<div class=\"card ")
                    .append(n > 0 ? escape(label) : "")
                    .append("\"><b>")
                    .append(n)
                    .append("</b>")
                    .append(escape(label))
                    .append("</div>\n"));
    h.append("</div>\n");
    RunMetadata run = summary.run();
    h.append("<p class=\"muted\">Kit ")
        .append(escape(run.kitVersion()))
        .append(" &middot; commit <code>")
        .append(escape(run.gitCommit()))
        .append("</code> &middot; started ")
        .append(escape(run.startedAt()));
    if (run.durationMillis() != null) {
      h.append(" &middot; ")
          .append(String.format("%.1f", run.durationMillis() / 1000.0))
          .append(" s");
    }
    h.append(" &middot; vendors ").append(escape(String.join(", ", run.vendors())));
    run.regions().forEach((v, r) -> h.append(" &middot; ").append(escape(v + " region " + r)));
    if (run.profile() != null) {
      h.append(" &middot; profile <code>").append(escape(run.profile())).append("</code>");
    }
    h.append("</p>\n");
  }

  static void matrix(StringBuilder h, Summary summary) {
    // Results no scenario of the run had are left out of the table (passed and failed stay).
    List<Outcome> columns =
        java.util.Arrays.stream(Outcome.values())
            .filter(
                o ->
                    o == Outcome.PASSED
                        || o == Outcome.FAILED
                        || summary.totals().getOrDefault(o.label(), 0) > 0)
            .toList();
    h.append("<h2 id=\"matrix\">Vendor &times; action &times; rule</h2>\n")
        .append("<p class=\"muted\">One row per Rule of the feature files; a count links to the")
        .append(" rule's scenarios, a number in the last column to the vendor's own page.</p>\n")
        .append("<table class=\"matrix\">\n<tr><th>Vendor</th><th>Action</th><th>Rule</th>");
    for (Outcome o : columns) {
      h.append("<th>").append(escape(o.label())).append("</th>");
    }
    h.append("<th>Docs</th></tr>\n");
    int i = 0;
    for (Cell c : summary.matrix()) {
      h.append("<tr><td>")
          .append(escape(c.vendor()))
          .append("</td><td>")
          .append(escape(c.action()))
          .append("</td><td><a href=\"#cell-")
          .append(i)
          .append("\">")
          .append(c.rule().isEmpty() ? "(no rule)" : escape(c.rule()))
          .append("</a></td>");
      for (Outcome o : columns) {
        int n = c.counts().getOrDefault(o.label(), 0);
        h.append(n == 0 ? "<td class=\"n zero\">0</td>" : "<td class=\"n\">")
            .append(
                n == 0
                    ? ""
                    : "<a href=\"#cell-"
                        + i
                        + "\">"
                        + badge(o.label(), String.valueOf(n))
                        + "</a></td>");
      }
      h.append("<td class=\"n\">");
      for (int j = 0; j < c.docs().size(); j++) {
        h.append("<a href=\"")
            .append(escape(c.docs().get(j).url()))
            .append("\" title=\"")
            .append(escape(c.docs().get(j).title()))
            .append("\" rel=\"noreferrer\">[")
            .append(j + 1)
            .append("]</a> ");
      }
      h.append("</td></tr>\n");
      i++;
    }
    h.append("</table>\n");
  }

  /** The scenarios of each cell, failures linked to their details. */
  static void cells(StringBuilder h, Summary summary) {
    Map<String, Integer> anchors = anchors(summary);
    h.append("<h2 id=\"cells\">Scenarios by cell</h2>\n");
    Map<String, Entry> byKey = new HashMap<>();
    summary.scenarios().forEach(e -> byKey.put(e.key(), e));
    int i = 0;
    for (Cell c : summary.matrix()) {
      h.append("<details id=\"cell-")
          .append(i++)
          .append("\"")
          .append(
              c.counts().keySet().stream().anyMatch(k -> Outcome.of(k).failsTheRun())
                  ? " open"
                  : "")
          .append("><summary>")
          .append(
              escape(
                  c.vendor()
                      + " · "
                      + c.action()
                      + " · "
                      + (c.rule().isEmpty() ? "(no rule)" : c.rule())))
          .append(" <small>(")
          .append(c.scenarios().size())
          .append(")</small></summary>\n");
      if (!c.docs().isEmpty()) {
        h.append("<p><small>Vendor documentation:</small><br>");
        docs(h, c.docs());
        h.append("</p>\n");
      }
      h.append("<ul>\n");
      for (String key : c.scenarios()) {
        Entry e = byKey.get(key);
        h.append("<li>").append(badge(e.result().label(), e.result().label())).append(' ');
        Integer anchor = anchors.get(key);
        if (anchor != null) {
          h.append("<a href=\"#failure-").append(anchor).append("\">");
        }
        h.append(escape(e.name()));
        if (anchor != null) {
          h.append("</a>");
        }
        h.append(" <small><code>")
            .append(escape(e.uri()))
            .append(':')
            .append(e.line())
            .append("</code>");
        if (e.reason() != null && e.result() != Outcome.PASSED) {
          String reason = e.reason();
          h.append(" &middot; ")
              .append(escape(reason.length() > 160 ? reason.substring(0, 157) + "..." : reason));
        }
        h.append("</small></li>\n");
      }
      h.append("</ul>\n</details>\n");
    }
  }

  /** Every failure (and stale expectation): the request, the expected and observed, the diff. */
  static void failures(StringBuilder h, Summary summary, Exchanges exchanges) {
    List<Entry> failed =
        summary.scenarios().stream().filter(e -> e.result().failsTheRun()).toList();
    h.append("<h2 id=\"failure-details\">Failure details (")
        .append(failed.size())
        .append(")</h2>\n");
    if (failed.isEmpty()) {
      h.append("<p>Nothing failed and no expectation is stale.</p>\n");
      return;
    }
    int i = 0;
    for (Entry e : failed) {
      h.append("<div class=\"failure\" id=\"failure-")
          .append(i++)
          .append("\">\n<h3>")
          .append(badge(e.result().label(), e.result().label()))
          .append(' ')
          .append(escape(e.name()))
          .append("</h3>\n<p class=\"muted\"><code>")
          .append(escape(e.uri()))
          .append(':')
          .append(e.line())
          .append("</code> &middot; ")
          .append(escape(e.vendor() + " · " + e.action()))
          .append(e.rule().isEmpty() ? "" : " &middot; " + escape(e.rule()))
          .append("</p>\n");
      if (!e.docs().isEmpty()) {
        h.append("<p>Documented in: ");
        docs(h, e.docs());
        h.append("</p>\n");
      }
      Summary.Failure f = e.failure();
      if (f != null) {
        if (f.step() != null) {
          h.append("<p>Failing step: <code>").append(escape(f.step())).append("</code></p>\n");
        }
        if (f.message() != null) {
          h.append("<pre>").append(escape(f.message())).append("</pre>\n");
        }
      }
      List<Exchanges.Exchange> recorded = exchanges.of(e.id(), e.line());
      if (!recorded.isEmpty()) {
        Exchanges.Exchange last = recorded.get(recorded.size() - 1);
        h.append("<p><b>Request sent</b> <small>(")
            .append(recorded.size())
            .append(recorded.size() == 1 ? " exchange" : " exchanges, the last shown")
            .append(", secrets redacted)</small></p>\n<pre>")
            .append(escape(request(last)))
            .append("</pre>\n");
      }
      if (f != null && (f.expected() != null || f.observed() != null)) {
        h.append("<table><tr><th>Expected</th><th>Observed</th></tr><tr><td><pre>")
            .append(escape(f.expected() == null ? "" : f.expected()))
            .append("</pre></td><td><pre>")
            .append(escape(f.observed() == null ? "(no response recorded)" : f.observed()))
            .append("</pre></td></tr></table>\n<p><b>Diff</b> <small>(- expected, + observed)")
            .append("</small></p>\n<pre class=\"diff\">");
        for (FailureDiff.Line line : FailureDiff.diff(f.expected(), f.observed())) {
          String cls = line.kind() == '-' ? "del" : line.kind() == '+' ? "ins" : "same";
          h.append("<span class=\"")
              .append(cls)
              .append("\">")
              .append(line.kind())
              .append(' ')
              .append(escape(line.text()))
              .append("</span>")
              .append(line.kind() == ' ' ? "\n" : "");
        }
        h.append("</pre>\n");
      }
      h.append("</div>\n");
    }
  }

  static String request(Exchanges.Exchange e) {
    if (e.request() == null) {
      return "(no request recorded)";
    }
    Exchanges.Request r = e.request();
    StringBuilder out = new StringBuilder();
    out.append(r.method() == null ? "?" : r.method())
        .append(' ')
        .append(r.url() == null ? "" : r.url());
    r.headers().forEach((k, v) -> out.append('\n').append(k).append(": ").append(v));
    if (r.body() != null && !r.body().isEmpty()) {
      out.append("\n\n").append(r.body());
    }
    return out.toString();
  }

  private static Map<String, Integer> anchors(Summary summary) {
    Map<String, Integer> anchors = new HashMap<>();
    int i = 0;
    for (Entry e : summary.scenarios()) {
      if (e.result().failsTheRun()) {
        anchors.put(e.key(), i++);
      }
    }
    return anchors;
  }

  private static void docs(StringBuilder h, List<Doc> docs) {
    for (int j = 0; j < docs.size(); j++) {
      h.append(j == 0 ? "" : "<br>")
          .append("<a href=\"")
          .append(escape(docs.get(j).url()))
          .append("\" rel=\"noreferrer\"><small>")
          .append(escape(docs.get(j).title()))
          .append("</small></a>");
    }
  }

  private static String badge(String kind, String label) {
    return "<span class=\"badge " + escape(kind) + "\">" + escape(label) + "</span>";
  }
}
