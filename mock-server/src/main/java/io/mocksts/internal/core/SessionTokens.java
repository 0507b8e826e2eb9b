package io.mocksts.internal.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints and checks temporary credentials without keeping any state: the security token carries the
 * session, sealed with an HMAC under a key that lives only in this process, and the temporary
 * secret is derived from the access key id under the same key. A token from another mock instance,
 * an edited token or an expired one is recognised as such; memory does not grow with the number of
 * sessions issued.
 */
public final class SessionTokens {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final ObjectMapper JSON =
      JsonMapper.builder().addModule(new JavaTimeModule()).build();

  private final byte[] key;
  private final Clock clock;

  /** The shape of one vendor's temporary credentials. */
  public record Format(
      String accessKeyIdPrefix,
      int accessKeyIdRandomLength,
      int secretLength,
      String tokenPrefix) {}

  /** The outcome of checking a token. */
  public sealed interface Check {
    /** A well-formed, authentic, unexpired token bound to the access key id presented. */
    record Valid(Session session) implements Check {}

    /** Not a token this mock issued, or one that has been altered. */
    record Malformed() implements Check {}

    /** An authentic token issued for another access key id. */
    record Mismatch() implements Check {}

    /** An authentic token whose session has expired. */
    record Expired(Session session) implements Check {}
  }

  public SessionTokens(Clock clock) {
    this(clock, randomKey());
  }

  public SessionTokens(Clock clock, byte[] key) {
    this.clock = clock;
    this.key = key.clone();
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /**
   * Mints credentials for a session. The session's {@code accessKeyId} is ignored and replaced by a
   * fresh one.
   */
  public IssuedCredentials mint(Session template, Format format) {
    String accessKeyId =
        format.accessKeyIdPrefix() + Ids.alphanumeric(format.accessKeyIdRandomLength());
    Session session = template.withAccessKeyId(accessKeyId);
    String payload;
    try {
      payload = B64.encodeToString(JSON.writeValueAsBytes(session));
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise a session", e);
    }
    String sealed = format.tokenPrefix() + payload;
    String token = sealed + "." + B64.encodeToString(mac("token|" + sealed));
    return new IssuedCredentials(
        accessKeyId, secretFor(accessKeyId, format.secretLength()), token, session.expiration());
  }

  /** The temporary secret that belongs to a temporary access key id. */
  public String secretFor(String accessKeyId, int length) {
    return Ids.alphanumeric(mac("secret|" + accessKeyId), length);
  }

  /**
   * Checks a token presented with an access key id.
   *
   * @param accessKeyId the temporary access key id the caller signed with
   * @param token the security token as sent
   * @param format the vendor format the token must have
   */
  public Check check(String accessKeyId, String token, Format format) {
    if (token == null || !token.startsWith(format.tokenPrefix())) {
      return new Check.Malformed();
    }
    int dot = token.lastIndexOf('.');
    if (dot <= format.tokenPrefix().length()) {
      return new Check.Malformed();
    }
    String sealed = token.substring(0, dot);
    byte[] presented;
    try {
      presented = B64D.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return new Check.Malformed();
    }
    if (!MessageDigest.isEqual(presented, mac("token|" + sealed))) {
      return new Check.Malformed();
    }
    Session session;
    try {
      session =
          JSON.readValue(
              B64D.decode(sealed.substring(format.tokenPrefix().length())), Session.class);
    } catch (IOException | IllegalArgumentException e) {
      return new Check.Malformed();
    }
    if (!session.accessKeyId().equals(accessKeyId)) {
      return new Check.Mismatch();
    }
    Instant now = clock.instant();
    if (!now.isBefore(session.expiration())) {
      return new Check.Expired(session);
    }
    return new Check.Valid(session);
  }

  private byte[] mac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(key, "HmacSHA512"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA512 is unavailable", e);
    }
  }
}
