package io.mocksts.internal.alibaba;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mocksts.internal.http.MediaTypes;
import io.mocksts.internal.http.QueryStrings;
import io.mocksts.internal.http.StsRequest;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RPC parameters from the query string and from a form or JSON body (Alibaba RPC request
 * structure,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md;
 * the mock's own rule, inferred from it: accept parameters from query and form body, decode {@code
 * +} as space).
 *
 * <p>A parameter name may occur once per request: the V1 string to sign is built from a map of
 * unique names (Alibaba V1 signature,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md
 * step 1), so a second value would be a value no signature covered. A name repeated in the query,
 * in the body, or in both is refused with {@code InvalidParameter} before authentication, as is a
 * JSON body with a repeated member or nested deeper than Jackson's default limit (1,000 levels).
 */
final class RpcRequestParser {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  /** Names are echoed in messages at most this long. */
  private static final int SHOWN_NAME = 64;

  private RpcRequestParser() {}

  static RpcRequest parse(StsRequest http) {
    Map<String, String> query = decode(http.rawQuery(), "query string");
    Map<String, String> body = new LinkedHashMap<>();
    if (http.body().length > 0) {
      // No Content-Type at all is read as a form (the Tea SDKs send none).
      String mediaType = MediaTypes.of(http.header("content-type"));
      if (mediaType == null || mediaType.equals("application/x-www-form-urlencoded")) {
        body = decode(utf8(http.body()), "body");
      } else if (mediaType.equals("application/json")) {
        body = json(http.body());
      } else {
        throw AlibabaError.INVALID_CONTENT_TYPE.exception();
      }
    }
    for (String name : body.keySet()) {
      if (query.containsKey(name)) {
        throw AlibabaError.INVALID_PARAMETER.exception(shown(name));
      }
    }
    return new RpcRequest(http, query, body);
  }

  /** A parameter name as a message may quote it: at most {@value #SHOWN_NAME} characters. */
  static String shown(String name) {
    return name.length() <= SHOWN_NAME ? name : name.substring(0, SHOWN_NAME) + "...";
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
      if (out.putIfAbsent(pair.getKey(), pair.getValue()) != null) {
        throw AlibabaError.INVALID_PARAMETER.exception(shown(pair.getKey()));
      }
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
