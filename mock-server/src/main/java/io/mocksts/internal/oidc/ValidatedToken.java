package io.mocksts.internal.oidc;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A token whose signature, issuer, audience and times have been checked.
 *
 * @param issuer the {@code iss} claim (equal to the provider's issuer URL)
 * @param subject the {@code sub} claim
 * @param audiences the {@code aud} claim, in token order (at least one is a client id of the
 *     provider)
 * @param issuedAt the {@code iat} claim
 * @param expiresAt the {@code exp} claim
 * @param notBefore the {@code nbf} claim, or {@code null} when the token has none
 * @param claims every claim of the token, as JSON values (times in epoch seconds)
 */
public record ValidatedToken(
    String issuer,
    String subject,
    List<String> audiences,
    Instant issuedAt,
    Instant expiresAt,
    Instant notBefore,
    Map<String, Object> claims)
    implements OidcResult {

  public ValidatedToken {
    audiences = List.copyOf(audiences);
    claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
  }
}
