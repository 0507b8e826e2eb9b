package io.mocksts.internal.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Session tokens of an instance metadata service (the ECS IMDSv2 token a client fetches with {@code
 * PUT /latest/api/token} before it reads credentials): {@code <expiry epoch second>.<MAC>}, sealed
 * under a key of this instance, so nothing is stored. They expire by the mock's clock.
 */
public final class MetadataTokens {

  /** The longest lifetime a client may ask for (six hours, what credentials-java asks). */
  public static final int MAX_TTL_SECONDS = 21600;

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final Clock clock;
  private final byte[] key = new byte[32];

  public MetadataTokens(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  /** A token valid for {@code ttlSeconds} (1 to {@link #MAX_TTL_SECONDS}) from now. */
  public String issue(int ttlSeconds) {
    if (ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) {
      throw new IllegalArgumentException("ttl out of range: " + ttlSeconds);
    }
    String expiry = Long.toString(clock.instant().getEpochSecond() + ttlSeconds);
    return expiry + "." + mac(expiry);
  }

  /** Whether the token was issued by this instance and has not expired by the mock's clock. */
  public boolean valid(String token) {
    if (token == null) {
      return false;
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot > 19) {
      return false;
    }
    String expiry = token.substring(0, dot);
    byte[] expected = mac(expiry).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      return false;
    }
    try {
      return Long.parseLong(expiry) > clock.instant().getEpochSecond();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private String mac(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return B64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
