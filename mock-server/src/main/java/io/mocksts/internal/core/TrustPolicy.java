package io.mocksts.internal.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A role's trust policy (Alibaba {@code AssumeRolePolicyDocument}, Tencent role {@code
 * PolicyDocument}) reduced to what the STS evaluates: who may perform which action under which
 * conditions. Element names are compared case-insensitively, so both vendors' dialects load into
 * the same model ({@code Principal.RAM} / {@code principal.qcs}, {@code StringEquals} / {@code
 * string_equal}).
 *
 * @param source the document as written, kept for diagnostics
 * @param statements the statements in document order
 */
public record TrustPolicy(String source, List<Statement> statements) {

  public TrustPolicy {
    statements = List.copyOf(statements);
  }

  /**
   * One statement.
   *
   * @param allow {@code true} for Effect Allow, {@code false} for Deny
   * @param actions action names, e.g. {@code sts:AssumeRole} or {@code name/sts:AssumeRole}
   * @param principals principal type (lower-cased, e.g. {@code ram}, {@code federated}, {@code
   *     qcs}) to principal values
   * @param conditions every condition must hold for the statement to apply
   */
  public record Statement(
      boolean allow,
      List<String> actions,
      Map<String, List<String>> principals,
      List<Condition> conditions) {

    public Statement {
      actions = List.copyOf(actions);
      principals = Map.copyOf(principals);
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * One condition test.
   *
   * @param operator lower-cased operator, e.g. {@code stringequals} or {@code string_equal}
   * @param key lower-cased condition key, e.g. {@code sts:externalid}
   * @param values accepted values
   */
  public record Condition(String operator, String key, List<String> values) {

    public Condition {
      values = List.copyOf(values);
    }

    boolean holds(Map<String, String> context) {
      String actual = context.get(key);
      if (actual == null) {
        return false;
      }
      return switch (operator) {
        case "stringequals", "string_equal" -> values.contains(actual);
        case "stringequalsignorecase", "string_equal_ignore_case" ->
            values.stream().anyMatch(v -> v.equalsIgnoreCase(actual));
        case "stringlike", "string_like" -> values.stream().anyMatch(v -> Glob.matches(v, actual));
        case "stringnotequals", "string_not_equal" -> !values.contains(actual);
        default -> false;
      };
    }
  }

  /**
   * Decides whether a principal may perform an action. An explicit Deny wins over any Allow; with
   * no matching Allow the answer is no.
   *
   * @param action the action being performed, e.g. {@code sts:AssumeRole}
   * @param principalType lower-cased principal type the caller presents, e.g. {@code ram}
   * @param principalIds every identifier of the caller in that type (its own ARN and its account
   *     root), compared case-insensitively
   * @param context condition keys (lower-cased) to request values
   */
  public boolean allows(
      String action, String principalType, Set<String> principalIds, Map<String, String> context) {
    boolean allowed = false;
    for (Statement statement : statements) {
      if (!matchesAction(statement, action)
          || !matchesPrincipal(statement, principalType, principalIds)
          || !statement.conditions().stream().allMatch(c -> c.holds(context))) {
        continue;
      }
      if (!statement.allow()) {
        return false;
      }
      allowed = true;
    }
    return allowed;
  }

  private static boolean matchesAction(Statement statement, String action) {
    return statement.actions().stream().anyMatch(a -> Glob.matchesIgnoreCase(a, action));
  }

  private static boolean matchesPrincipal(
      Statement statement, String principalType, Set<String> principalIds) {
    List<String> values = statement.principals().get(principalType);
    if (values == null) {
      return false;
    }
    return values.stream()
        .anyMatch(
            v ->
                v.equals("*")
                    || principalIds.stream()
                        .anyMatch(
                            id -> id.toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))));
  }
}
