package io.mocksts.internal.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a trust policy document in either vendor's dialect into a {@link TrustPolicy}. Element
 * names are matched case-insensitively; a value may be a string or a list of strings.
 */
public final class TrustPolicyParser {

  private TrustPolicyParser() {}

  /**
   * Parses a trust policy.
   *
   * @param document the policy as a JSON tree
   * @param path where the document sits in the world file, for error messages
   * @throws WorldException naming the offending element
   */
  public static TrustPolicy parse(JsonNode document, String path) {
    if (document == null || !document.isObject()) {
      throw new WorldException(path, "must be a policy document (a JSON object)");
    }
    JsonNode statements = field(document, "statement");
    if (statements == null || !statements.isArray() || statements.isEmpty()) {
      throw new WorldException(path + ".Statement", "must be a non-empty list of statements");
    }
    List<TrustPolicy.Statement> parsed = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      parsed.add(statement(statements.get(i), path + ".Statement[" + i + "]"));
    }
    return new TrustPolicy(document.toString(), parsed);
  }

  private static TrustPolicy.Statement statement(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new WorldException(path, "must be an object");
    }
    JsonNode effect = field(node, "effect");
    if (effect == null
        || !(effect.asText().equalsIgnoreCase("allow")
            || effect.asText().equalsIgnoreCase("deny"))) {
      throw new WorldException(path + ".Effect", "must be Allow or Deny");
    }
    List<String> actions = strings(field(node, "action"), path + ".Action");
    if (actions.isEmpty()) {
      throw new WorldException(path + ".Action", "is required");
    }
    Map<String, List<String>> principals = new LinkedHashMap<>();
    JsonNode principal = field(node, "principal");
    if (principal == null || !principal.isObject()) {
      throw new WorldException(path + ".Principal", "is required in a trust policy");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = principal.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      principals.put(
          entry.getKey().toLowerCase(Locale.ROOT),
          strings(entry.getValue(), path + ".Principal." + entry.getKey()));
    }
    List<TrustPolicy.Condition> conditions = new ArrayList<>();
    JsonNode condition = field(node, "condition");
    if (condition != null) {
      if (!condition.isObject()) {
        throw new WorldException(path + ".Condition", "must be an object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> ops = condition.fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        String opPath = path + ".Condition." + op.getKey();
        if (!op.getValue().isObject()) {
          throw new WorldException(opPath, "must map condition keys to values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields();
            keys.hasNext(); ) {
          Map.Entry<String, JsonNode> key = keys.next();
          conditions.add(
              new TrustPolicy.Condition(
                  op.getKey().toLowerCase(Locale.ROOT),
                  key.getKey().toLowerCase(Locale.ROOT),
                  strings(key.getValue(), opPath + "." + key.getKey())));
        }
      }
    }
    return new TrustPolicy.Statement(
        effect.asText().equalsIgnoreCase("allow"), actions, principals, conditions);
  }

  private static JsonNode field(JsonNode object, String lowerCaseName) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static List<String> strings(JsonNode node, String path) {
    List<String> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    if (node.isTextual()) {
      values.add(node.asText());
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          throw new WorldException(path, "must contain only strings");
        }
        values.add(item.asText());
      }
    } else {
      throw new WorldException(path, "must be a string or a list of strings");
    }
    return values;
  }
}
