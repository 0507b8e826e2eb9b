package io.mocksts.kit.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the secrets out of an exchange before anything of it is written (exchange log, WireMock
 * mappings): in requests the values of signatures, security tokens, SAML assertions and OIDC tokens
 * (parameters, JSON members and headers) and the signature part of {@code Authorization}; in
 * responses the secrets and tokens of issued credentials. Access key ids stay visible. Every
 * redacted value becomes {@value #MASK}.
 */
public final class Redactor {

  /** What a redacted value is replaced by. */
  public static final String MASK = "***";

  /** Bodies and URLs are cut to this many characters in the exchange log. */
  public static final int MAX_TEXT = 16 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> REQUEST_SECRETS =
      Set.of(
          "signature",
          "accesskeysecret",
          "securitytoken",
          "token",
          "samlassertion",
          "oidctoken",
          "webidentitytoken",
          "x-tc-token",
          "x-acs-security-token");

  private static final Pattern AUTHORIZATION_SIGNATURE =
      Pattern.compile("(Signature=)[^,\\s]+", Pattern.CASE_INSENSITIVE);

  private static final Pattern XML_SECRET =
      Pattern.compile(
          "<((?:AccessKeySecret|SecurityToken|Token|TmpSecretKey|SessionToken)|[A-Za-z]*Secret[A-Za-z]*(?<!Id))>([^<]*)</\\1>");

  private Redactor() {}

  /** Whether a request parameter, JSON member or header carries a secret. */
  public static boolean requestSecret(String name) {
    return REQUEST_SECRETS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a response field carries a secret: a credential's secret or token ({@code
   * AccessKeySecret}, {@code SecurityToken}, {@code Token}, {@code TmpSecretKey}, any other name
   * with {@code Secret} in it that is not an id).
   */
  public static boolean responseSecret(String name) {
    return name.equals("AccessKeySecret")
        || name.equals("SecurityToken")
        || name.equals("Token")
        || name.equals("TmpSecretKey")
        || name.equals("SessionToken")
        || (name.contains("Secret") && !name.endsWith("Id"));
  }

  /** A URL with the secret query parameters masked. */
  public static String url(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q + 1) + form(url.substring(q + 1));
  }

  /** An {@code x-www-form-urlencoded} text (a query or a form body) with secrets masked. */
  public static String form(String encoded) {
    List<String> out = new ArrayList<>();
    for (String pair : encoded.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      out.add(eq >= 0 && requestSecret(decode(name)) ? name + "=" + MASK : pair);
    }
    return String.join("&", out);
  }

  /** Request headers, one value each (repeated values joined by a comma), secrets masked. */
  public static Map<String, String> requestHeaders(Map<String, List<String>> headers) {
    Map<String, String> out = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          String value = String.join(", ", values);
          if (requestSecret(name)) {
            value = MASK;
          } else if (name.equalsIgnoreCase("Authorization")) {
            value = authorization(value);
          }
          out.put(name, value);
        });
    return out;
  }

  /** An Authorization header with its signature masked; scheme, credential and headers kept. */
  public static String authorization(String value) {
    return AUTHORIZATION_SIGNATURE.matcher(value).replaceAll("$1" + Matcher.quoteReplacement(MASK));
  }

  /** A request body: JSON members or form parameters that carry secrets masked. */
  public static String requestBody(String body) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    String trimmed = body.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return json(body, Redactor::requestSecret);
    }
    if (trimmed.startsWith("<")) {
      return body;
    }
    return form(body);
  }

  /** A response body (JSON or XML): the secrets and tokens of credentials masked. */
  public static String responseBody(String body) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    String trimmed = body.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return json(body, Redactor::responseSecret);
    }
    if (trimmed.startsWith("<")) {
      return XML_SECRET.matcher(body).replaceAll("<$1>" + Matcher.quoteReplacement(MASK) + "</$1>");
    }
    return body;
  }

  /** A text cut to {@value #MAX_TEXT} characters, saying how much was left out. */
  public static String cap(String text) {
    if (text == null || text.length() <= MAX_TEXT) {
      return text;
    }
    return text.substring(0, MAX_TEXT) + "...[" + (text.length() - MAX_TEXT) + " more chars]";
  }

  private static String json(String body, Predicate<String> secret) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return body; // not JSON after all: nothing to walk, and no secret field to find
    }
    if (root == null) {
      return body;
    }
    mask(root, secret);
    return root.toString();
  }

  private static void mask(JsonNode node, Predicate<String> secret) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (secret.test(field.getKey()) && field.getValue().isValueNode()) {
          field.setValue(object.textNode(MASK));
        } else {
          mask(field.getValue(), secret);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> mask(element, secret));
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
