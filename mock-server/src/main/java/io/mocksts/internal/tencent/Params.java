package io.mocksts.internal.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to an action's parameters. JSON bodies carry typed values; v1 and GET requests carry
 * strings, and the official examples send integers as strings too ({@code "DurationSeconds":
 * "1800"}, Tencent parameter encoding,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E8%A7%92%E8%89%B2%20SSO/%E4%BD%BF%E7%94%A8%20OIDC%20%E8%BF%9B%E8%A1%8C%E8%A7%92%E8%89%B2%20SSO_intl_en.md),
 * so an integer may be either.
 */
final class Params {

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

  /**
   * Integer parameters of the STS actions (Tencent STS API model,
   * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json);
   * every other one is a string.
   */
  private static final Set<String> INTEGERS = Set.of("DurationSeconds", "TargetUin");

  /**
   * List-of-object parameters and their string members (Tencent AssumeRole reference,
   * https://cloud.tencent.com/document/product/598/33164 Tags).
   */
  private static final Map<String, Set<String>> OBJECT_LISTS =
      Map.of("Tags", Set.of("Key", "Value"));

  private final ObjectNode node;

  Params(ObjectNode node) {
    this.node = node;
  }

  /**
   * Checks the type of every parameter the action defines, before any other parameter check, so
   * that a type error is answered first ({@code InvalidParameter}, "参数错误（包括参数格式、类型等错误）", Tencent
   * API 3.0 common error codes, https://tencentcloud.com/document/product/1140/51177). Parameters
   * the action does not define are left to the UnknownParameter check.
   */
  void checkTypes(Set<String> defined) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!defined.contains(name)) {
        continue;
      }
      if (INTEGERS.contains(name)) {
        integer(name);
      } else if (OBJECT_LISTS.containsKey(name)) {
        for (Params element : objects(name)) {
          element
              .node
              .fieldNames()
              .forEachRemaining(
                  member -> {
                    if (OBJECT_LISTS.get(name).contains(member)) {
                      element.string(member);
                    }
                  });
        }
      } else {
        string(name);
      }
    }
  }

  /** A string parameter; {@code null} when absent or empty. */
  String string(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw TencentError.TYPE_ERROR.exception(name);
    }
    return value.asText().isEmpty() ? null : value.asText();
  }

  /** A string parameter that must be present and non-empty. */
  String required(String name) {
    String value = string(name);
    if (value == null) {
      throw TencentError.MISSING_PARAMETER.exception(name);
    }
    return value;
  }

  /** An integer parameter; {@code null} when absent. */
  Long integer(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.asLong();
    }
    if (value.isTextual() && INTEGER.matcher(value.asText().trim()).matches()) {
      return Long.parseLong(value.asText().trim());
    }
    if (value.isIntegralNumber() || (value.isTextual() && isHugeInteger(value.asText().trim()))) {
      return value.asText().trim().startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    throw TencentError.TYPE_ERROR.exception(name);
  }

  /** A list of objects; empty when absent. */
  List<Params> objects(String name) {
    JsonNode value = node.get(name);
    List<Params> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isArray()) {
      throw TencentError.TYPE_ERROR.exception(name);
    }
    for (JsonNode element : value) {
      if (!element.isObject()) {
        throw TencentError.TYPE_ERROR.exception(name);
      }
      out.add(new Params((ObjectNode) element));
    }
    return out;
  }

  private static boolean isHugeInteger(String text) {
    try {
      new BigInteger(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
