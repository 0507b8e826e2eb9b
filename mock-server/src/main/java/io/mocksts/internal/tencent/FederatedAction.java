package io.mocksts.internal.tencent;

/**
 * An action a federated identity calls without a key (AssumeRoleWithSAML,
 * AssumeRoleWithWebIdentity): {@code Authorization: SKIP} (tencent-sts.md §2.7), and its rate limit
 * counted against the account its RoleArn names (§1.1).
 */
abstract class FederatedAction implements TencentAction {

  @Override
  public final boolean anonymous() {
    return true;
  }

  @Override
  public final String rateLimitKey(Params params, Caller caller) {
    return FederationRequest.rateLimitKey(params);
  }
}
