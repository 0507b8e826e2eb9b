package io.mocksts.internal.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mocksts.internal.http.QueryStrings;
import io.mocksts.internal.http.StsRequest;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads an API 3.0 request (tencent-sts.md §2.2–2.8): the common parameters from the {@code X-TC-*}
 * headers (TC3) or from the parameters (v1), the action's parameters from the query (GET), a form
 * body or a JSON body (POST). Enforces the documented request sizes: GET 32 KB, v1 POST 1 MB, TC3
 * POST 10 MB.
 */
final class ApiRequestParser {

  static final int GET_LIMIT = 32 * 1024;
  static final int FORM_LIMIT = 1024 * 1024;
  static final int JSON_LIMIT = 10 * 1024 * 1024;

  /** The v1 common parameters (§2.6); never passed on as action parameters. */
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

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Pattern INDEX = Pattern.compile("[0-9]{1,4}");

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
      flat.putAll(decode(http.rawQuery()));
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
        flat.putAll(decode(http.rawQuery()));
        flat.putAll(decode(utf8(http.body(), "body")));
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

  private static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> decode(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, String> pair : QueryStrings.parse(text)) {
        out.putIfAbsent(pair.getKey(), pair.getValue());
      }
    } catch (IllegalArgumentException e) {
      throw TencentError.TYPE_ERROR.exception("query string");
    }
    return out;
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
   * {"Tags":[{"Key":"k"}]}} (tencent-sts.md §2.4, "Nested fields are flattened").
   */
  static ObjectNode structure(Map<String, String> flat) {
    ObjectNode root = JSON.createObjectNode();
    for (Map.Entry<String, String> entry : flat.entrySet()) {
      String[] path = entry.getKey().split("\\.", -1);
      ObjectNode at = root;
      for (int i = 0; i < path.length - 1; i++) {
        JsonNode next = at.get(path[i]);
        if (next == null) {
          next = at.putObject(path[i]);
        }
        if (!next.isObject()) {
          throw TencentError.TYPE_ERROR.exception(entry.getKey());
        }
        at = (ObjectNode) next;
      }
      String last = path[path.length - 1];
      if (at.has(last)) {
        throw TencentError.TYPE_ERROR.exception(entry.getKey());
      }
      at.put(last, entry.getValue());
    }
    List<String> names = new ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      root.set(name, arrays(root.get(name)));
    }
    return root;
  }

  /** Objects whose keys are all indexes become lists in index order. */
  private static JsonNode arrays(JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      return node;
    }
    ObjectNode object = (ObjectNode) node;
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      object.set(name, arrays(object.get(name)));
    }
    if (!names.stream().allMatch(n -> INDEX.matcher(n).matches())) {
      return object;
    }
    TreeMap<Integer, JsonNode> ordered = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      ordered.put(Integer.parseInt(e.getKey()), e.getValue());
    }
    ArrayNode array = JSON.createArrayNode();
    ordered.values().forEach(array::add);
    return array;
  }
}
