package io.mocksts.internal.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints and checks temporary credentials without keeping any state: the security token carries the
 * session, sealed with an HMAC under a master key, and the temporary secret is derived from the
 * access key id under the same key. Each token names the id of the key that sealed it, so that
 * instances sharing the same {@link MasterKeys} accept each other's tokens, and tokens sealed by an
 * older key of a rotation stay valid. Without supplied keys the key is random and lives only in
 * this process. A token from an instance with other keys, an edited token, one naming an unknown
 * key or an expired one is recognised as such; memory does not grow with the number of sessions
 * issued (the {@link IssuedLog} of the control surface is bounded and keeps no secret).
 *
 * <p>Token layout: {@code <vendor prefix><keyId>.<base64url session JSON>.<base64url HMAC-SHA512>},
 * the HMAC over {@code "token|"} and everything before the last dot.
 */
public final class SessionTokens {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final ObjectMapper JSON =
      JsonMapper.builder().addModule(new JavaTimeModule()).build();

  private final MasterKeys keys;
  private final Clock clock;
  private final IssuedLog issued;

  /** The shape of one vendor's temporary credentials. */
  public record Format(
      String accessKeyIdPrefix,
      int accessKeyIdRandomLength,
      int secretLength,
      String tokenPrefix) {}

  /** The outcome of checking a token. */
  public sealed interface Check {
    /**
     * A well-formed, authentic, unexpired token bound to the access key id presented.
     *
     * @param keyId the id of the master key that sealed it (its secret derives from that key)
     */
    record Valid(Session session, String keyId) implements Check {}

    /** Not a token this mock issued, one sealed by an unknown key, or one that has been altered. */
    record Malformed() implements Check {}

    /** An authentic token issued for another access key id. */
    record Mismatch() implements Check {}

    /** An authentic token whose session has expired. */
    record Expired(Session session) implements Check {}
  }

  /** A random key of this process; a log of the default capacity. */
  public SessionTokens(Clock clock) {
    this(clock, MasterKeys.random());
  }

  public SessionTokens(Clock clock, MasterKeys keys) {
    this(clock, keys, new IssuedLog());
  }

  /**
   * @param clock the mock's clock: issue times and expiry
   * @param keys the current key seals, every listed key is accepted
   * @param issued where each minted credential is recorded (without secrets)
   */
  public SessionTokens(Clock clock, MasterKeys keys, IssuedLog issued) {
    this.clock = clock;
    this.keys = keys;
    this.issued = issued;
  }

  /** The log of issued credentials. */
  public IssuedLog issued() {
    return issued;
  }

  /**
   * Mints credentials for a session, without naming the action. The session's {@code accessKeyId}
   * is ignored and replaced by a fresh one.
   */
  public IssuedCredentials mint(Session template, Format format) {
    return mint(template, format, null, null);
  }

  /**
   * Mints credentials for a session and records them in the log. The session's {@code accessKeyId}
   * is ignored and replaced by a fresh one.
   *
   * @param action the action issuing them, for the log
   * @param arn the session's ARN as the vendor reports it, for the log
   */
  public IssuedCredentials mint(Session template, Format format, String action, String arn) {
    String accessKeyId =
        format.accessKeyIdPrefix() + Ids.alphanumeric(format.accessKeyIdRandomLength());
    Session session = template.withAccessKeyId(accessKeyId);
    String payload;
    try {
      payload = B64.encodeToString(JSON.writeValueAsBytes(session));
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise a session", e);
    }
    MasterKeys.Key key = keys.current();
    String sealed = format.tokenPrefix() + key.id() + "." + payload;
    String token = sealed + "." + B64.encodeToString(mac(key, "token|" + sealed));
    issued.record(
        new IssuedLog.Entry(
            session.vendor(),
            action,
            accessKeyId,
            arn,
            session.accountId(),
            session.sessionName(),
            key.id(),
            clock.instant(),
            session.expiration()));
    return new IssuedCredentials(
        accessKeyId, secret(key, accessKeyId, format.secretLength()), token, session.expiration());
  }

  /**
   * The temporary secret that belongs to a temporary access key id minted under the current key.
   */
  public String secretFor(String accessKeyId, int length) {
    return secret(keys.current(), accessKeyId, length);
  }

  /** The temporary secret of the credentials whose token was just checked. */
  public String secretFor(Check.Valid valid, int length) {
    MasterKeys.Key key =
        keys.find(valid.keyId())
            .orElseThrow(() -> new IllegalStateException("a checked token names a known key"));
    return secret(key, valid.session().accessKeyId(), length);
  }

  private static String secret(MasterKeys.Key key, String accessKeyId, int length) {
    return Ids.alphanumeric(mac(key, "secret|" + accessKeyId), length);
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
    String body = token.substring(format.tokenPrefix().length());
    int first = body.indexOf('.');
    int last = body.lastIndexOf('.');
    if (first <= 0 || last <= first + 1 || last == body.length() - 1) {
      return new Check.Malformed();
    }
    Optional<MasterKeys.Key> key = keys.find(body.substring(0, first));
    if (key.isEmpty()) {
      return new Check.Malformed();
    }
    String sealed = token.substring(0, format.tokenPrefix().length() + last);
    byte[] presented;
    try {
      presented = B64D.decode(body.substring(last + 1));
    } catch (IllegalArgumentException e) {
      return new Check.Malformed();
    }
    if (!MessageDigest.isEqual(presented, mac(key.get(), "token|" + sealed))) {
      return new Check.Malformed();
    }
    Session session;
    try {
      session = JSON.readValue(B64D.decode(body.substring(first + 1, last)), Session.class);
    } catch (IOException | IllegalArgumentException e) {
      return new Check.Malformed();
    }
    if (session.accessKeyId() == null || !session.accessKeyId().equals(accessKeyId)) {
      return new Check.Mismatch();
    }
    Instant now = clock.instant();
    if (!now.isBefore(session.expiration())) {
      return new Check.Expired(session);
    }
    return new Check.Valid(session, key.get().id());
  }

  private static byte[] mac(MasterKeys.Key key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(key.bytes(), "HmacSHA512"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA512 is unavailable", e);
    }
  }
}
