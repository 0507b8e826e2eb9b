package io.mocksts.internal.tencent;

import io.mocksts.internal.core.IssuedCredentials;
import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.SessionTokens;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mints temporary credentials and renders them as every credential-issuing action documents them
 * (Tencent credential fields,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json):
 * {@code Credentials{Token, TmpSecretId, TmpSecretKey}}, {@code ExpiredTime} (Unix seconds, a JSON
 * number) and {@code Expiration} ({@code yyyy-MM-dd'T'HH:mm:ss'Z'}, the same instant).
 */
final class TemporaryCredentials {

  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);

  private final SessionTokens tokens;
  private final Clock clock;

  TemporaryCredentials(SessionTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** When credentials of the given lifetime, issued now, expire (whole seconds). */
  Instant expiry(long durationSeconds) {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(durationSeconds);
  }

  /**
   * Mints credentials for a session and renders the documented response fields.
   *
   * @param action the issuing action, for the control surface's listing
   */
  Map<String, Object> issue(String action, Session session) {
    IssuedCredentials issued =
        tokens.mint(
            session,
            TencentAuthenticator.STS_FORMAT,
            action,
            GetCallerIdentity.arn(session.accountId(), session));
    Map<String, Object> credentials = new LinkedHashMap<>();
    credentials.put("Token", issued.securityToken());
    credentials.put("TmpSecretId", issued.accessKeyId());
    credentials.put("TmpSecretKey", issued.accessKeySecret());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Credentials", credentials);
    body.put("ExpiredTime", issued.expiration().getEpochSecond());
    body.put("Expiration", ISO_SECONDS.format(issued.expiration()));
    return body;
  }
}
