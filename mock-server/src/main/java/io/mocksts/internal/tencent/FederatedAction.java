package io.mocksts.internal.tencent;

/**
 * An action a federated identity calls without a key (AssumeRoleWithSAML,
 * AssumeRoleWithWebIdentity): {@code Authorization: SKIP} (Tencent unsigned federation calls,
 * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go),
 * and its rate limit counted against the account its RoleArn names (Tencent STS actions and rate
 * limits, https://www.tencentcloud.website/document/product/1150/49443).
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
