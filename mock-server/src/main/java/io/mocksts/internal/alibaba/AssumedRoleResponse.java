package io.mocksts.internal.alibaba;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.IssuedCredentials;
import io.mocksts.internal.core.Role;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fields every AssumeRole* response shares (Alibaba AssumeRole reference,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md;
 * Alibaba AssumeRoleWithSAML reference,
 * https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml; Alibaba AssumeRoleWithOIDC
 * reference,
 * https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc):
 * {@code RequestId}, {@code AssumedRoleUser}, {@code Credentials} and, only when set, {@code
 * SourceIdentity}.
 */
final class AssumedRoleResponse {

  /**
   * {@code yyyy-MM-dd'T'HH:mm:ss'Z'}: credentials-java parses exactly this (Alibaba credential
   * fields,
   * https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json).
   */
  private static final DateTimeFormatter EXPIRATION =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private AssumedRoleResponse() {}

  static Map<String, Object> body(
      String requestId,
      Account account,
      Role role,
      String sessionName,
      IssuedCredentials credentials,
      String sourceIdentity) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("AssumedRoleId", role.id() + ":" + sessionName);
    user.put("Arn", AlibabaArns.assumedRoleUser(account.id(), role.name(), sessionName));

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    body.put("AssumedRoleUser", user);
    body.put("Credentials", credentials(credentials));
    if (sourceIdentity != null) {
      body.put("SourceIdentity", sourceIdentity);
    }
    return body;
  }

  static Map<String, Object> credentials(IssuedCredentials credentials) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("SecurityToken", credentials.securityToken());
    out.put("Expiration", expiration(credentials.expiration()));
    out.put("AccessKeySecret", credentials.accessKeySecret());
    out.put("AccessKeyId", credentials.accessKeyId());
    return out;
  }

  static String expiration(Instant instant) {
    return EXPIRATION.format(instant);
  }
}
