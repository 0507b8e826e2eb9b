package io.mocksts.internal.alibaba;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mocksts.internal.http.QueryStrings;
import io.mocksts.internal.http.StsRequest;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads RPC parameters from the query string and from a form or JSON body (alibaba-sts.md §2.2,
 * §10: "Accept parameters from query and form body; decode {@code +} as space").
 */
final class RpcRequestParser {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private RpcRequestParser() {}

  static RpcRequest parse(StsRequest http) {
    Map<String, String> query = decode(http.rawQuery(), "query string");
    Map<String, String> body = new LinkedHashMap<>();
    if (http.body().length > 0) {
      String contentType = http.header("content-type");
      String mediaType =
          contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
      switch (mediaType) {
        case "application/x-www-form-urlencoded", "" -> body = decode(utf8(http.body()), "body");
        case "application/json" -> body = json(http.body());
        default -> throw AlibabaError.INVALID_CONTENT_TYPE.exception();
      }
    }
    return new RpcRequest(http, query, body);
  }

  private static Map<String, String> decode(String text, String where) {
    Map<String, String> out = new LinkedHashMap<>();
    List<Map.Entry<String, String>> pairs;
    try {
      pairs = QueryStrings.parse(text);
    } catch (IllegalArgumentException e) {
      throw AlibabaError.INVALID_PARAMETER.exception(where);
    }
    for (Map.Entry<String, String> pair : pairs) {
      out.putIfAbsent(pair.getKey(), pair.getValue());
    }
    return out;
  }

  private static String utf8(byte[] bytes) {
    try {
      return QueryStrings.strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw AlibabaError.INVALID_PARAMETER.exception("body");
    }
  }

  private static Map<String, String> json(byte[] bytes) {
    JsonNode root;
    try {
      root = JSON.readTree(utf8(bytes));
    } catch (JsonProcessingException e) {
      throw AlibabaError.INVALID_PARAMETER.exception("body");
    }
    if (root == null || !root.isObject()) {
      throw AlibabaError.INVALID_PARAMETER.exception("body");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      out.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
    }
    return out;
  }
}
