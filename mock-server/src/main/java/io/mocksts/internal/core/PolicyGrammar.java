package io.mocksts.internal.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.Set;

/**
 * The grammar check an STS applies to a session policy ({@code Policy} parameter): a policy
 * document of the vendor's policy language, with the statement elements a session policy may use. A
 * principal element is not allowed in a session policy.
 */
public final class PolicyGrammar {

  /** The element names and version string of one vendor's policy language. */
  public enum Dialect {
    /** RAM policy language: {@code {"Version":"1","Statement":[{"Effect":...}]}}. */
    ALIBABA("Version", "1", "Statement", "Effect", "Allow", "Deny", Names.ALIBABA),
    /** CAM policy language: {@code {"version":"2.0","statement":[{"effect":...}]}}. */
    TENCENT("version", "2.0", "statement", "effect", "allow", "deny", Names.TENCENT);

    private final String version;
    private final String versionValue;
    private final String statement;
    private final String effect;
    private final String allow;
    private final String deny;
    private final Names names;

    Dialect(
        String version,
        String versionValue,
        String statement,
        String effect,
        String allow,
        String deny,
        Names names) {
      this.version = version;
      this.versionValue = versionValue;
      this.statement = statement;
      this.effect = effect;
      this.allow = allow;
      this.deny = deny;
      this.names = names;
    }
  }

  private record Names(
      String action, String notAction, String resource, String notResource, String condition) {
    static final Names ALIBABA =
        new Names("Action", "NotAction", "Resource", "NotResource", "Condition");
    static final Names TENCENT =
        new Names("action", "not_action", "resource", "not_resource", "condition");

    Set<String> statementKeys(String effect) {
      return Set.of(effect, action, notAction, resource, notResource, condition);
    }
  }

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private PolicyGrammar() {}

  /** Whether {@code policy} is a grammatical session policy in {@code dialect}. */
  public static boolean accepts(String policy, Dialect dialect) {
    JsonNode root;
    try {
      root = JSON.readTree(policy);
    } catch (JsonProcessingException e) {
      return false;
    }
    if (root == null
        || !root.isObject()
        || !onlyKeys(root, Set.of(dialect.version, dialect.statement))) {
      return false;
    }
    JsonNode version = root.get(dialect.version);
    JsonNode statements = root.get(dialect.statement);
    if (version == null || !version.isTextual() || !version.asText().equals(dialect.versionValue)) {
      return false;
    }
    if (statements == null || !statements.isArray() || statements.isEmpty()) {
      return false;
    }
    for (JsonNode statement : statements) {
      if (!statementAccepted(statement, dialect)) {
        return false;
      }
    }
    return true;
  }

  private static boolean statementAccepted(JsonNode statement, Dialect dialect) {
    Names n = dialect.names;
    if (!statement.isObject() || !onlyKeys(statement, n.statementKeys(dialect.effect))) {
      return false;
    }
    JsonNode effect = statement.get(dialect.effect);
    if (effect == null
        || !(effect.asText().equals(dialect.allow) || effect.asText().equals(dialect.deny))) {
      return false;
    }
    if (!exactlyOneStringList(statement, n.action, n.notAction)
        || !exactlyOneStringList(statement, n.resource, n.notResource)) {
      return false;
    }
    JsonNode condition = statement.get(n.condition);
    return condition == null || conditionAccepted(condition);
  }

  private static boolean conditionAccepted(JsonNode condition) {
    if (!condition.isObject() || condition.isEmpty()) {
      return false;
    }
    for (Iterator<JsonNode> ops = condition.elements(); ops.hasNext(); ) {
      JsonNode op = ops.next();
      if (!op.isObject() || op.isEmpty()) {
        return false;
      }
      for (Iterator<JsonNode> values = op.elements(); values.hasNext(); ) {
        JsonNode value = values.next();
        if (value.isArray()) {
          for (JsonNode item : value) {
            if (!item.isValueNode()) {
              return false;
            }
          }
        } else if (!value.isValueNode()) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean exactlyOneStringList(JsonNode statement, String name, String negated) {
    JsonNode a = statement.get(name);
    JsonNode b = statement.get(negated);
    if ((a == null) == (b == null)) {
      return false;
    }
    JsonNode value = a != null ? a : b;
    if (value.isTextual()) {
      return !value.asText().isEmpty();
    }
    if (!value.isArray() || value.isEmpty()) {
      return false;
    }
    for (JsonNode item : value) {
      if (!item.isTextual() || item.asText().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyKeys(JsonNode object, Set<String> allowed) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      if (!allowed.contains(names.next())) {
        return false;
      }
    }
    return true;
  }
}
