package io.mocksts.kit.steps;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the placeholders scenarios may use in parameter values, so long or target-specific values
 * stay readable:
 *
 * <ul>
 *   <li>{@code ${a*64}}: the text {@code a} repeated 64 times;
 *   <li>{@code ${policy:2048}}: a grammatical RAM policy of exactly 2,048 characters;
 *   <li>{@code ${role-arn:mock-role}} / {@code ${role-arn:other/mock-role}}: the ARN of a role of
 *       account "main" (or of the named account) on the target;
 *   <li>{@code ${account:main}}: an account id on the target.
 * </ul>
 */
final class Values {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
  private static final Pattern REPEAT = Pattern.compile("(.+)\\*([0-9]+)");
  private static final String POLICY_HEAD =
      "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ecs:Describe";
  private static final String POLICY_TAIL = "\"],\"Resource\":[\"*\"]}]}";

  private Values() {}

  static String expand(String value, ScenarioState state) {
    if (value == null) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1), state)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String resolve(String expression, ScenarioState state) {
    Matcher repeat = REPEAT.matcher(expression);
    if (expression.startsWith("policy:")) {
      return policy(Integer.parseInt(expression.substring("policy:".length())));
    }
    if (expression.startsWith("role-arn:")) {
      String ref = expression.substring("role-arn:".length());
      int slash = ref.indexOf('/');
      return slash < 0
          ? roleArn(state, "main", ref)
          : roleArn(state, ref.substring(0, slash), ref.substring(slash + 1));
    }
    if (expression.startsWith("account:")) {
      return state.profile().accountId("alibaba", expression.substring("account:".length()));
    }
    if (repeat.matches()) {
      return repeat.group(1).repeat(Integer.parseInt(repeat.group(2)));
    }
    throw new IllegalArgumentException("unknown placeholder ${" + expression + "}");
  }

  static String roleArn(ScenarioState state, String account, String role) {
    return "acs:ram::" + state.profile().accountId("alibaba", account) + ":role/" + role;
  }

  /** The AssumedRoleUser.Arn documented for AssumeRole: the role name lower-cased (§4.1, §10). */
  static String assumedRoleUserArn(
      ScenarioState state, String account, String role, String session) {
    return roleArn(state, account, role.toLowerCase(Locale.ROOT)) + "/" + session;
  }

  /** A grammatical session policy of exactly {@code length} characters. */
  static String policy(int length) {
    int padding = length - POLICY_HEAD.length() - POLICY_TAIL.length();
    if (padding < 0) {
      throw new IllegalArgumentException(
          "a policy needs at least " + (length - padding) + " characters");
    }
    return POLICY_HEAD + "X".repeat(padding) + POLICY_TAIL;
  }
}
