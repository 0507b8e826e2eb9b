package io.mocksts.internal.tencent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mocksts.internal.http.MediaTypes;
import io.mocksts.internal.http.QueryStrings;
import io.mocksts.internal.http.StsRequest;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads an API 3.0 request (Tencent API 3.0 request structure,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md;
 * Tencent API 3.0 common parameters,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md;
 * Tencent TC3-HMAC-SHA256 signature,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md;
 * Tencent timestamp skew,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md;
 * Tencent signature v1,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md;
 * Tencent unsigned federation calls,
 * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go;
 * Tencent parameter encoding,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E8%A7%92%E8%89%B2%20SSO/%E4%BD%BF%E7%94%A8%20OIDC%20%E8%BF%9B%E8%A1%8C%E8%A7%92%E8%89%B2%20SSO_intl_en.md):
 * the common parameters from the {@code X-TC-*} headers (TC3) or from the parameters (v1), the
 * action's parameters from the query (GET), a form body or a JSON body (POST). Enforces the
 * documented request sizes: GET 32 KB, v1 POST 1 MB, TC3 POST 10 MB.
 *
 * <p>A parameter name may occur once per request (in the query, the body, or both together; a JSON
 * body's members likewise): the v1 string to sign is built over unique names, so a second value is
 * one no signature covered. Flattened v1 names are shallow in the documentation ({@code
 * Tags.0.Key}); a name of more than {@value #MAX_SEGMENTS} segments, or with an index of more than
 * four digits, is refused before any signature check. Every refusal here is {@code
 * InvalidParameter}.
 */
final class ApiRequestParser {

  static final int GET_LIMIT = 32 * 1024;
  static final int FORM_LIMIT = 1024 * 1024;
  static final int JSON_LIMIT = 10 * 1024 * 1024;

  /** The v1 common parameters (Tencent signature v1); never passed on as action parameters. */
  static final Set<String> COMMON =
      Set.of(
          "Action",
          "Version",
          "Region",
          "Timestamp",
          "Nonce",
          "SecretId",
          "Signature",
          "SignatureMethod",
          "Token",
          "RequestClient",
          "Language");

  /** The most segments a flattened v1 name may have ({@code Tags.0.Key} has three). */
  static final int MAX_SEGMENTS = 8;

  /** Names are echoed in messages at most this long. */
  private static final int SHOWN_NAME = 64;

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern INDEX = Pattern.compile("[0-9]{1,4}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private ApiRequestParser() {}

  static ApiRequest parse(StsRequest http) {
    String authorization = http.header("authorization");
    ApiRequest.Signing signing =
        authorization == null
            ? ApiRequest.Signing.V1
            : authorization.trim().equalsIgnoreCase("SKIP")
                ? ApiRequest.Signing.SKIP
                : ApiRequest.Signing.TC3;
    Map<String, String> flat = new LinkedHashMap<>();
    ObjectNode json = null;
    if (http.method().equals("GET")) {
      if (http.rawQuery().length() > GET_LIMIT) {
        throw TencentError.REQUEST_SIZE_LIMIT_EXCEEDED.exception();
      }
      decode(http.rawQuery(), "query string", flat);
    } else {
      String media = mediaType(http.header("content-type"));
      if (media.equals("application/json")) {
        if (http.body().length > JSON_LIMIT) {
          throw TencentError.REQUEST_SIZE_LIMIT_EXCEEDED.exception();
        }
        json = json(http.body());
      } else if (media.equals("application/x-www-form-urlencoded") || http.body().length == 0) {
        if (http.body().length > FORM_LIMIT) {
          throw TencentError.REQUEST_SIZE_LIMIT_EXCEEDED.exception();
        }
        decode(http.rawQuery(), "query string", flat);
        decode(utf8(http.body(), "body"), "body", flat);
      } else {
        throw TencentError.TYPE_ERROR.exception("Content-Type");
      }
    }
    Map<String, String> v1 = new TreeMap<>();
    Map<String, String> business = new LinkedHashMap<>();
    flat.forEach((k, v) -> (COMMON.contains(k) ? v1 : business).put(k, v));
    ObjectNode parameters = json != null ? json : structure(business);
    if (signing == ApiRequest.Signing.V1) {
      business.forEach(v1::put);
    }
    return new ApiRequest(
        http,
        signing,
        common(http, "x-tc-action", v1.get("Action")),
        common(http, "x-tc-version", v1.get("Version")),
        common(http, "x-tc-region", v1.get("Region")),
        common(http, "x-tc-timestamp", v1.get("Timestamp")),
        common(http, "x-tc-token", v1.get("Token")),
        common(http, "x-tc-language", v1.get("Language")),
        signing == ApiRequest.Signing.V1 ? v1 : Map.of(),
        parameters);
  }

  private static String common(StsRequest http, String header, String parameter) {
    String value = http.header(header);
    if (value == null || value.isEmpty()) {
      value = parameter;
    }
    return value == null || value.isEmpty() ? null : value;
  }

  /** The media type, or {@code ""} without a Content-Type (never fails, whatever the value). */
  private static String mediaType(String contentType) {
    String media = MediaTypes.of(contentType);
    return media == null ? "" : media;
  }

  /** Adds the pairs of a form-encoded text to {@code out}; a name already there is refused. */
  private static void decode(String text, String where, Map<String, String> out) {
    List<Map.Entry<String, String>> pairs;
    try {
      pairs = QueryStrings.parse(text);
    } catch (IllegalArgumentException e) {
      throw TencentError.TYPE_ERROR.exception(where);
    }
    for (Map.Entry<String, String> pair : pairs) {
      if (out.putIfAbsent(pair.getKey(), pair.getValue()) != null) {
        throw TencentError.TYPE_ERROR.exception(shown(pair.getKey()));
      }
    }
  }

  /** A parameter name as a message may quote it: at most {@value #SHOWN_NAME} characters. */
  static String shown(String name) {
    return name.length() <= SHOWN_NAME ? name : name.substring(0, SHOWN_NAME) + "...";
  }

  private static String utf8(byte[] bytes, String what) {
    try {
      return QueryStrings.strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw TencentError.TYPE_ERROR.exception(what);
    }
  }

  private static ObjectNode json(byte[] body) {
    if (body.length == 0) {
      return JSON.createObjectNode();
    }
    JsonNode root;
    try {
      root = JSON.readTree(utf8(body, "body"));
    } catch (JsonProcessingException e) {
      throw TencentError.BODY_NOT_JSON.exception();
    }
    if (root == null || !root.isObject()) {
      throw TencentError.BODY_NOT_JSON.exception();
    }
    return (ObjectNode) root;
  }

  /**
   * Turns flattened v1 names into structure: {@code Tags.0.Key=k} becomes {@code
   * {"Tags":[{"Key":"k"}]}} (Tencent TC3-HMAC-SHA256 signature, "Nested fields are flattened").
   * Bounded and without recursion: a name has at most {@value #MAX_SEGMENTS} segments and an
   * all-digit segment at most four digits, checked before the name is split.
   */
  static ObjectNode structure(Map<String, String> flat) {
    ObjectNode root = JSON.createObjectNode();
    for (Map.Entry<String, String> entry : flat.entrySet()) {
      String name = entry.getKey();
      if (name.chars().filter(c -> c == '.').count() >= MAX_SEGMENTS) {
        throw TencentError.TYPE_ERROR.exception(shown(name));
      }
      String[] path = name.split("\\.", -1);
      for (String segment : path) {
        if (DIGITS.matcher(segment).matches() && !INDEX.matcher(segment).matches()) {
          throw TencentError.TYPE_ERROR.exception(shown(name));
        }
      }
      ObjectNode at = root;
      for (int i = 0; i < path.length - 1; i++) {
        JsonNode next = at.get(path[i]);
        if (next == null) {
          next = at.putObject(path[i]);
        }
        if (!next.isObject()) {
          throw TencentError.TYPE_ERROR.exception(shown(name));
        }
        at = (ObjectNode) next;
      }
      String last = path[path.length - 1];
      if (at.has(last)) {
        throw TencentError.TYPE_ERROR.exception(shown(name));
      }
      at.put(last, entry.getValue());
    }
    arrays(root);
    return root;
  }

  private record Slot(ObjectNode parent, String name, ObjectNode node) {}

  /**
   * Below the root, objects whose keys are all indexes become lists in index order. Visits the tree
   * breadth first with an explicit queue, then converts the deepest objects first.
   */
  private static void arrays(ObjectNode root) {
    List<Slot> slots = new ArrayList<>();
    List<ObjectNode> queue = new ArrayList<>(List.of(root));
    for (int q = 0; q < queue.size(); q++) {
      ObjectNode parent = queue.get(q);
      for (Iterator<Map.Entry<String, JsonNode>> it = parent.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue() instanceof ObjectNode child) {
          slots.add(new Slot(parent, field.getKey(), child));
          queue.add(child);
        }
      }
    }
    for (int i = slots.size() - 1; i >= 0; i--) {
      Slot slot = slots.get(i);
      ObjectNode object = slot.node();
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty() || !names.stream().allMatch(n -> INDEX.matcher(n).matches())) {
        continue;
      }
      TreeMap<Integer, JsonNode> ordered = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        ordered.put(Integer.parseInt(e.getKey()), e.getValue());
      }
      ArrayNode array = JSON.createArrayNode();
      ordered.values().forEach(array::add);
      slot.parent().set(slot.name(), array);
    }
  }
}
