package io.mocksts.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks every secret a request or a response of either STS can carry, so that copies kept for
 * inspection (the request journal, every admin listing) hold none: request signatures, security
 * tokens, minted secrets, SAML assertions, OIDC tokens, MFA codes and whole {@code Authorization}
 * values. Bodies are also cut to {@link #MAX_BODY_BYTES}.
 */
public final class Redaction {

  /** What a masked value becomes. */
  public static final String MASK = "***";

  /** Copies of bodies keep at most this many bytes. */
  public static final int MAX_BODY_BYTES = 16 * 1024;

  /** Parameter, JSON-field and XML-element names whose values are secrets (case-insensitive). */
  private static final Set<String> SECRET_NAMES =
      Set.of(
          "signature",
          "securitytoken",
          "accesskeysecret",
          "secretkey",
          "tmpsecretkey",
          "token",
          "sessiontoken",
          "samlassertion",
          "oidctoken",
          "webidentitytoken",
          "tokencode");

  /** Header names whose values are secrets. */
  private static final Set<String> SECRET_HEADERS =
      Set.of(
          "authorization",
          "proxy-authorization",
          "cookie",
          "x-acs-security-token",
          "x-tc-token",
          "x-aliyun-ecs-metadata-token",
          "x-mock-sts-admin-token");

  private static final Pattern XML_ELEMENT =
      Pattern.compile("<([A-Za-z][A-Za-z0-9]*)>([^<]*)</\\1>");
  private static final Pattern JSON_FIELD =
      Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\"(\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private Redaction() {}

  /** Whether a header's value must be masked. */
  public static boolean secretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether a parameter, JSON field or XML element carries a secret. */
  public static boolean secretName(String name) {
    return SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Masks the values of secret parameters in {@code application/x-www-form-urlencoded} text (a
   * query string or a form body), leaving every other byte as it was. Names are compared after
   * decoding, so {@code Sign%61ture} is masked too.
   */
  public static String formEncoded(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('&', start);
      if (end < 0) {
        end = text.length();
      }
      String pair = text.substring(start, end);
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && secretName(decodeLeniently(name))) {
        out.append(name).append('=').append(MASK);
      } else {
        out.append(pair);
      }
      if (end < text.length()) {
        out.append('&');
      }
      start = end + 1;
    }
    return out.toString();
  }

  /** Masks the secrets of a URL's query string; the path is kept. */
  public static String url(String url) {
    int question = url.indexOf('?');
    return question < 0
        ? url
        : url.substring(0, question + 1) + formEncoded(url.substring(question + 1));
  }

  /**
   * A masked, bounded copy of a body: JSON objects have their secret fields masked at any depth,
   * XML its secret elements, form bodies their secret parameters; anything else is kept as text.
   * The result is at most {@link #MAX_BODY_BYTES} long.
   */
  public static byte[] body(byte[] body, String contentType) {
    if (body == null || body.length == 0) {
      return body;
    }
    String media = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String text = new String(body, StandardCharsets.UTF_8);
    String masked;
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      masked = json(text);
    } else if (trimmed.startsWith("<")) {
      masked = xml(text);
    } else if (media.contains("x-www-form-urlencoded") || text.indexOf('=') > 0) {
      masked = formEncoded(text);
    } else {
      masked = text;
    }
    return bounded(masked);
  }

  private static byte[] bounded(String masked) {
    byte[] bytes = masked.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_BODY_BYTES) {
      return bytes;
    }
    String note = "...[" + (bytes.length - MAX_BODY_BYTES) + " bytes not kept]";
    byte[] cut = new byte[MAX_BODY_BYTES + note.length()];
    System.arraycopy(bytes, 0, cut, 0, MAX_BODY_BYTES);
    System.arraycopy(
        note.getBytes(StandardCharsets.US_ASCII), 0, cut, MAX_BODY_BYTES, note.length());
    return cut;
  }

  /**
   * Masks secret fields of a JSON document; text that is not JSON is masked as XML and form text.
   */
  static String json(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException | RuntimeException e) {
      return jsonText(text);
    }
    if (root == null) {
      return text;
    }
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isObject()) {
        ObjectNode object = (ObjectNode) node;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          if (secretName(field.getKey()) && field.getValue().isValueNode()) {
            field.setValue(object.textNode(MASK));
          } else if (field.getValue().isContainerNode()) {
            pending.push(field.getValue());
          }
        }
      } else if (node.isArray()) {
        node.forEach(pending::push);
      }
    }
    return root.toString();
  }

  /** Masks {@code "Name": "value"} pairs of text that does not parse as JSON (too deep, cut). */
  static String jsonText(String text) {
    return maskNamed(
        JSON_FIELD, text, m -> "\"" + m.group(1) + "\"" + m.group(2) + "\"" + MASK + "\"");
  }

  /** Masks the text of secret XML elements ({@code <SecurityToken>…</SecurityToken>}). */
  static String xml(String text) {
    return maskNamed(
        XML_ELEMENT, text, m -> "<" + m.group(1) + ">" + MASK + "</" + m.group(1) + ">");
  }

  /** Replaces each match whose first group is a secret name by {@code masked}. */
  private static String maskNamed(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> masked) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String replacement = secretName(m.group(1)) ? masked.apply(m) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decodeLeniently(String name) {
    if (!Escapes.wellFormed(name)) {
      return name;
    }
    return java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
  }
}
