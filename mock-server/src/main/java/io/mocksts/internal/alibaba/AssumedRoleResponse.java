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
 * The fields every AssumeRole* response shares (alibaba-sts.md §4.1–4.3): {@code RequestId}, {@code
 * AssumedRoleUser}, {@code Credentials} and, only when set, {@code SourceIdentity}.
 */
final class AssumedRoleResponse {

  /** {@code yyyy-MM-dd'T'HH:mm:ss'Z'}: credentials-java parses exactly this (§3.4). */
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
