package io.mocksts.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets with {@code ***} in what the report shows of an exchange: header values, query
 * and form parameters, JSON fields and XML elements with a secret's name. The exchange writer
 * redacts already; this is the report's own second line of defence.
 */
final class Redaction {

  static final String MASK = "***";

  /** Names of parameters, fields and headers that carry a secret, signature or token. */
  static final List<String> SECRET_NAMES =
      List.of(
          "Signature",
          "AccessKeySecret",
          "SecurityToken",
          "Token",
          "SAMLAssertion",
          "OIDCToken",
          "WebIdentityToken",
          "Authorization",
          "X-TC-Token",
          "x-acs-security-token",
          "TmpSecretKey",
          "SecretKey",
          "SessionToken");

  private static final String NAMES =
      String.join("|", SECRET_NAMES.stream().map(Pattern::quote).toList());

  private static final Pattern PARAMETER =
      Pattern.compile("(?i)(^|[?&\\s])(" + NAMES + ")=([^&\\s]*)");
  private static final Pattern JSON_FIELD =
      Pattern.compile("(?i)(\"(?:" + NAMES + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\")");
  private static final Pattern XML_ELEMENT = Pattern.compile("(?i)<(" + NAMES + ")>[^<]*</\\1>");

  private Redaction() {}

  static boolean isSecretName(String name) {
    return name != null
        && SECRET_NAMES.stream()
            .anyMatch(
                n -> n.toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** A URL, body or message with every secret value masked. */
  static String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = replace(PARAMETER, text, m -> m.group(1) + m.group(2) + "=" + MASK);
    out = replace(JSON_FIELD, out, m -> m.group(1) + "\"" + MASK + "\"");
    return replace(XML_ELEMENT, out, m -> "<" + m.group(1) + ">" + MASK + "</" + m.group(1) + ">");
  }

  /** Headers with the values of secret headers masked (and secrets in other values too). */
  static Map<String, String> headers(Map<String, String> headers) {
    Map<String, String> out = new LinkedHashMap<>();
    if (headers == null) {
      return out;
    }
    headers.forEach((k, v) -> out.put(k, isSecretName(k) ? MASK : text(v)));
    return out;
  }

  private static String replace(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
