package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.common.Notifier;
import io.mocksts.internal.http.JsonLinesLog;
import java.io.PrintStream;
import java.util.regex.Pattern;

/**
 * WireMock's log, kept free of secrets: WireMock's own messages may quote a request, so signatures,
 * security tokens, whole Authorization header values and secrets (in parameters, JSON and XML) are
 * masked before a line is written, and only the first line of a message is kept. With the JSON log,
 * each message becomes a JSON line of that log instead.
 */
public final class QuietNotifier implements Notifier {

  private static final Pattern AUTHORIZATION =
      Pattern.compile("(?i)(Authorization\\s*[=:]\\s*)[^\\r\\n]*");
  private static final Pattern XML_SECRETS =
      Pattern.compile("(?i)<(AccessKeySecret|SecurityToken|SecretKey|Token|Signature)>[^<]*</");
  private static final Pattern SECRETS =
      Pattern.compile(
          "(?i)(Signature|SecurityToken|AccessKeySecret|SecretKey|Token|x-acs-security-token|X-TC-Token)([\"']?\\s*[=:]\\s*[\"']?)[^&\\s\"',}]+");

  private final PrintStream out;
  private final boolean verbose;
  private final JsonLinesLog json;

  public QuietNotifier(PrintStream out, boolean verbose) {
    this(out, verbose, null);
  }

  private QuietNotifier(PrintStream out, boolean verbose, JsonLinesLog json) {
    this.out = out;
    this.verbose = verbose;
    this.json = json;
  }

  /** Messages as JSON lines of {@code log} (masked the same way). */
  public static QuietNotifier json(JsonLinesLog log, boolean verbose) {
    return new QuietNotifier(null, verbose, log);
  }

  /** Masks every secret-bearing value in a line. */
  public static String redact(String message) {
    String firstLine = message == null ? "" : message.lines().findFirst().orElse("");
    String masked = AUTHORIZATION.matcher(firstLine).replaceAll("$1***");
    masked = XML_SECRETS.matcher(masked).replaceAll("<$1>***</");
    return SECRETS.matcher(masked).replaceAll("$1$2***");
  }

  @Override
  public void info(String message) {
    if (verbose) {
      if (json != null) {
        json.message("info", redact(message));
      } else {
        out.println("[mock-sts] " + redact(message));
      }
    }
  }

  @Override
  public void error(String message) {
    if (json != null) {
      json.message("error", redact(message));
    } else {
      out.println("[mock-sts] ERROR " + redact(message));
    }
  }

  @Override
  public void error(String message, Throwable t) {
    String line = redact(message) + " (" + (t == null ? "" : t.getClass().getName()) + ")";
    if (json != null) {
      json.message("error", line);
    } else {
      out.println("[mock-sts] ERROR " + line);
    }
  }
}
