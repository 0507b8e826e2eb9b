package io.mocksts.internal.alibaba;

import io.mocksts.internal.core.PolicyGrammar;

/**
 * The {@code Policy} parameter every AssumeRole* action takes: at most {@link #MAX_LENGTH}
 * characters ({@code InvalidParameter.PolicySize}), then the RAM policy grammar ({@code
 * InvalidParameter.PolicyGrammar}); absent or empty means no session policy.
 */
final class SessionPolicy {

  /** The documented Policy limit: 1 to 2,048 characters. */
  static final int MAX_LENGTH = 2048;

  private SessionPolicy() {}

  static void check(String policy) {
    if (policy == null || policy.isEmpty()) {
      return;
    }
    if (policy.length() > MAX_LENGTH) {
      throw AlibabaError.POLICY_SIZE.exception();
    }
    if (!PolicyGrammar.accepts(policy, PolicyGrammar.Dialect.ALIBABA)) {
      throw AlibabaError.POLICY_GRAMMAR.exception();
    }
  }
}
