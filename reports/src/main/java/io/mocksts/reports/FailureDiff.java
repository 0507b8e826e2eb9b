package io.mocksts.reports;

import io.mocksts.reports.Report.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed scenario expected and what it observed, and a line diff of the two. The expected
 * and observed values come from the assertion message when it states them (AssertJ's {@code
 * expected: X but was: Y}, JUnit's {@code expected: <X> but was: <Y>}); otherwise the expectation
 * is the failing step and the observation the last recorded response.
 */
final class FailureDiff {

  private static final Pattern ASSERTJ =
      Pattern.compile("(?s)expected:\\s*(.*?)\\s*\\n?\\s*but was:\\s*(.*)");
  private static final Pattern JUNIT =
      Pattern.compile("(?s)expected:\\s*<(.*?)>\\s*but was:\\s*<(.*?)>(.*)");

  private FailureDiff() {}

  static Summary.Failure of(Scenario s, List<Exchanges.Exchange> exchanges) {
    String step =
        s.failure() == null
            ? null
            : (s.failure().keyword().strip() + " " + s.failure().text()).strip();
    String message = s.message() == null ? null : Redaction.text(s.message());
    String expected = null;
    String observed = null;
    if (message != null) {
      Matcher junit = JUNIT.matcher(message);
      Matcher assertj = ASSERTJ.matcher(message);
      if (junit.find()) {
        expected = junit.group(1).strip();
        observed = (junit.group(2) + junit.group(3)).strip();
      } else if (assertj.find()) {
        expected = assertj.group(1).strip();
        observed = assertj.group(2).strip();
      }
    }
    if (expected == null && step != null) {
      expected = step;
    }
    if (observed == null && !exchanges.isEmpty()) {
      observed = response(exchanges.get(exchanges.size() - 1));
    }
    return new Summary.Failure(step, message, expected, observed);
  }

  /** A response as a reader sees it: its status line, then its body. */
  static String response(Exchanges.Exchange e) {
    if (e.response() == null) {
      return null;
    }
    Exchanges.Response r = e.response();
    return "HTTP "
        + (r.status() == null ? "?" : r.status())
        + (r.body() == null || r.body().isEmpty() ? "" : "\n" + r.body());
  }

  /** One line of a diff: ' ' common, '-' only expected, '+' only observed. */
  record Line(char kind, String text) {}

  /** A line diff (longest common subsequence) of expected against observed. */
  static List<Line> diff(String expected, String observed) {
    List<String> a = split(expected);
    List<String> b = split(observed);
    if (a.size() * (long) b.size() > 250_000) {
      List<Line> out = new ArrayList<>();
      a.forEach(l -> out.add(new Line('-', l)));
      b.forEach(l -> out.add(new Line('+', l)));
      return out;
    }
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Line> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.get(i).equals(b.get(j))) {
        out.add(new Line(' ', a.get(i++)));
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        out.add(new Line('-', a.get(i++)));
      } else {
        out.add(new Line('+', b.get(j++)));
      }
    }
    while (i < a.size()) {
      out.add(new Line('-', a.get(i++)));
    }
    while (j < b.size()) {
      out.add(new Line('+', b.get(j++)));
    }
    return out;
  }

  private static List<String> split(String text) {
    return text == null ? List.of() : text.lines().toList();
  }
}
