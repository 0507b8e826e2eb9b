package io.mocksts.testkit.oidc;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.mocksts.idp.TestIssuer;
import io.mocksts.internal.oidc.OidcValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Forged and broken ID tokens, each derived from one valid token of the bundled issuer (or signed
 * like it with one thing changed), with the check that must refuse it. Used against the validator
 * and against both vendors' protocols ({@code OidcHostileCorpusTest} in this module's tests).
 */
public final class HostileTokenCorpus {

  /** One hostile token and the first check that must refuse it. */
  public record Forgery(String name, String token, TokenRefusal reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final TestIssuer issuer;
  private final TestIssuer attacker;
  private final String audience;
  private final Instant now;
  private final String jku;
  private final List<Forgery> forgeries = new ArrayList<>();

  /**
   * @param clock the STS's clock; tokens are issued "now"
   * @param audience the client id the target provider accepts
   * @param jku a URL that no verifier may ever fetch (the test listens there)
   */
  public HostileTokenCorpus(Clock clock, String audience, String jku) {
    this.issuer = TestIssuer.bundled(clock);
    this.attacker = AttackerIssuer.of(clock);
    this.audience = audience;
    this.now = clock.instant();
    this.jku = jku;
    build();
  }

  /** Every forgery, in a stable order. */
  public List<Forgery> forgeries() {
    return List.copyOf(forgeries);
  }

  /** The valid token every forgery starts from. */
  public String valid() {
    return base().sign();
  }

  /** A token of the bundled issuer for the audience, to sign as it is or change first. */
  public TestIssuer.Token base() {
    return issuer.token("system:serviceaccount:prod:web").audience(audience);
  }

  private void add(String name, TokenRefusal reason, Supplier<String> token) {
    forgeries.add(new Forgery(name, token.get(), reason));
  }

  private void build() {
    String valid = valid();
    String[] parts = valid.split("\\.");
    String header = parts[0];
    String payload = parts[1];
    String signature = parts[2];

    // ---- algorithm attacks
    add(
        "alg none, signature dropped",
        TokenRefusal.ALG_NONE,
        () -> b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
    add(
        "alg none, original signature kept",
        TokenRefusal.ALG_NONE,
        () -> b64("{\"alg\":\"none\"}") + "." + payload + "." + signature);
    add(
        "alg None (capitalised)",
        TokenRefusal.ALG_NOT_ALLOWED,
        () -> b64("{\"alg\":\"None\"}") + "." + payload + ".");
    add(
        "alg confusion: HS256 keyed with the RSA public key (PEM)",
        TokenRefusal.ALG_NOT_ALLOWED,
        () -> hmac("HS256", "HmacSHA256", "mock-oidc-rsa-1", payload, rsaPublicPem()));
    add(
        "alg confusion: HS512 keyed with the published jwks.json",
        TokenRefusal.ALG_NOT_ALLOWED,
        () ->
            hmac(
                "HS512",
                "HmacSHA512",
                "mock-oidc-rsa-1",
                payload,
                read("jwks.json").getBytes(StandardCharsets.UTF_8)));
    add(
        "alg RS256 with a NUL byte appended",
        TokenRefusal.ALG_NOT_ALLOWED,
        () ->
            b64("{\"alg\":\"RS256\\u0000\",\"kid\":\"mock-oidc-rsa-1\"}")
                + "."
                + payload
                + "."
                + signature);
    add(
        "alg ES384 claimed for the P-256 key",
        TokenRefusal.ALG_NOT_ALLOWED,
        () ->
            b64("{\"alg\":\"ES384\",\"kid\":\"mock-oidc-ec-1\"}")
                + "."
                + payload
                + "."
                + signature);
    add(
        "alg RS256 claimed for the EC key",
        TokenRefusal.ALG_NOT_ALLOWED,
        () ->
            b64("{\"alg\":\"RS256\",\"kid\":\"mock-oidc-ec-1\"}")
                + "."
                + payload
                + "."
                + signature);
    add(
        "crit header naming an extension",
        TokenRefusal.UNSUPPORTED_CRITICAL_HEADER,
        () -> base().header("x-ext", true).header("crit", List.of("x-ext")).sign());

    // ---- keys
    add("unknown kid", TokenRefusal.UNKNOWN_KID, () -> base().keyId("mock-oidc-rsa-2").sign());
    add(
        "attacker RSA key under its own kid",
        TokenRefusal.UNKNOWN_KID,
        () -> attackerToken().sign());
    add(
        "attacker RSA key borrowing the issuer's kid",
        TokenRefusal.BAD_SIGNATURE,
        () -> attackerToken().keyId("mock-oidc-rsa-1").sign());
    add(
        "attacker P-256 key borrowing the issuer's kid",
        TokenRefusal.BAD_SIGNATURE,
        () -> attackerToken().algorithm("ES256").keyId("mock-oidc-ec-1").sign());
    add(
        "attacker RSA key, no kid",
        TokenRefusal.BAD_SIGNATURE,
        () -> attackerToken().withoutKeyId().sign());
    add(
        "jku header pointing at the attacker's JWKS (never fetched)",
        TokenRefusal.BAD_SIGNATURE,
        () -> attackerToken().keyId("mock-oidc-rsa-1").header("jku", jku).sign());
    add(
        "x5u header pointing at the attacker's certificate (never fetched)",
        TokenRefusal.BAD_SIGNATURE,
        () -> attackerToken().keyId("mock-oidc-rsa-1").header("x5u", jku).sign());
    add(
        "embedded jwk header with the attacker's public key",
        TokenRefusal.BAD_SIGNATURE,
        () -> embeddedJwk(payload));
    add(
        "ES256 signature made with a P-384 (wrong-curve) key",
        TokenRefusal.BAD_SIGNATURE,
        () -> wrongCurve(payload));
    add(
        "ES256 'psychic' all-zero signature (CVE-2022-21449)",
        TokenRefusal.BAD_SIGNATURE,
        () -> psychic(payload));

    // ---- integrity
    add("signature stripped", TokenRefusal.BAD_SIGNATURE, () -> header + "." + payload + ".");
    add(
        "signature of another token",
        TokenRefusal.BAD_SIGNATURE,
        () -> header + "." + payload + "." + base().claim("sub", "root").sign().split("\\.")[2]);
    add(
        "payload edited after signing (sub changed)",
        TokenRefusal.BAD_SIGNATURE,
        () ->
            header
                + "."
                + b64(decode(payload).replace("prod:web", "prod:admin"))
                + "."
                + signature);
    add(
        "header edited after signing (typ changed)",
        TokenRefusal.BAD_SIGNATURE,
        () ->
            b64(decode(header).replace("\"JWT\"", "\"at+jwt\"")) + "." + payload + "." + signature);
    add(
        "one signature character changed",
        TokenRefusal.BAD_SIGNATURE,
        () -> header + "." + payload + "." + flip(signature));

    // ---- times
    add(
        "expired a second ago",
        TokenRefusal.EXPIRED,
        () -> base().issuedAt(now.minusSeconds(3601)).expiresAt(now.minusSeconds(1)).sign());
    add(
        "expires exactly now",
        TokenRefusal.EXPIRED,
        () -> base().issuedAt(now.minusSeconds(60)).expiresAt(now).sign());
    add(
        "not valid before five minutes from now",
        TokenRefusal.NOT_YET_VALID,
        () -> base().notBefore(now.plusSeconds(300)).sign());
    add(
        "issued five minutes in the future",
        TokenRefusal.ISSUED_IN_FUTURE,
        () -> base().issuedAt(now.plusSeconds(300)).sign());
    add(
        "issued 13 hours ago (IssuanceLimitTime 12 h)",
        TokenRefusal.ISSUED_TOO_LONG_AGO,
        () ->
            base()
                .issuedAt(now.minus(Duration.ofHours(13)))
                .expiresAt(now.plusSeconds(600))
                .sign());

    // ---- claims
    add(
        "wrong issuer",
        TokenRefusal.WRONG_ISSUER,
        () -> base().issuer("https://evil.example").sign());
    add(
        "issuer with a trailing slash",
        TokenRefusal.WRONG_ISSUER,
        () -> base().issuer(TestIssuer.ISSUER + "/").sign());
    add(
        "wrong audience",
        TokenRefusal.WRONG_AUDIENCE,
        () -> issuer.token("system:serviceaccount:prod:web").audience("attacker-client").sign());
    add(
        "audience of the other cloud",
        TokenRefusal.WRONG_AUDIENCE,
        () ->
            issuer
                .token("system:serviceaccount:prod:web")
                .audience(
                    audience.equals("sts.aliyuncs.com")
                        ? "sts.cloud.tencent.com"
                        : "sts.aliyuncs.com")
                .sign());
    for (String claim : List.of("sub", "exp", "iat", "aud", "iss")) {
      add("missing " + claim, TokenRefusal.MISSING_CLAIM, () -> base().without(claim).sign());
    }
    add("empty sub", TokenRefusal.MISSING_CLAIM, () -> base().claim("sub", "").sign());
    add("exp as a string", TokenRefusal.MALFORMED, () -> base().claim("exp", "2099-01-01").sign());
    add(
        "aud as a number",
        TokenRefusal.MALFORMED,
        () -> signedByIssuer(decode(payload).replaceFirst("\"aud\":\"[^\"]*\"", "\"aud\":42")));

    // ---- structure and size
    add("oversize (20,001 characters)", TokenRefusal.TOO_LONG, () -> oversize());
    add("too short (3 characters)", TokenRefusal.TOO_SHORT, () -> "a.b");
    add("garbage segments", TokenRefusal.MALFORMED, () -> "abc.def.ghi");
    add("two segments", TokenRefusal.MALFORMED, () -> header + "." + payload);
    add("four segments", TokenRefusal.MALFORMED, () -> valid + ".AAAA");
    add(
        "five segments (JWE)",
        TokenRefusal.MALFORMED,
        () -> b64("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}") + ".AAAA.AAAA.AAAA.AAAA");
    // ---- encrypted tokens (pac4j-jwt CVE-2026-29000): a JWE encrypted to the issuer's public
    // key wraps a token nobody signed; a verifier that decrypts and then trusts the inner token
    // as if it were verified is fooled. Neither vendor documents encrypted ID tokens and the STS
    // holds no decryption key, so every JWE is refused unread.
    String plain = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + admin(payload) + ".";
    add(
        "JWE (RSA-OAEP-256/A256GCM) wrapping an alg-none token (CVE-2026-29000)",
        TokenRefusal.MALFORMED,
        () -> issuer.encrypted(plain, false));
    add(
        "JWE wrapping a JWS-shaped token whose header is alg none (CVE-2026-29000)",
        TokenRefusal.MALFORMED,
        () ->
            issuer.encrypted(
                b64("{\"alg\":\"none\",\"kid\":\"mock-oidc-rsa-1\",\"typ\":\"JWT\"}")
                    + "."
                    + admin(payload)
                    + "."
                    + signature,
                false));
    add(
        "JWE with cty JWT wrapping an alg-none token (CVE-2026-29000)",
        TokenRefusal.MALFORMED,
        () -> issuer.encrypted(plain, true));
    add(
        "JWE with cty JWT wrapping a genuinely signed token (nested JWT, no decryption key)",
        TokenRefusal.MALFORMED,
        () -> issuer.encrypted(valid, true));
    add(
        "non-base64url characters (+ and /)",
        TokenRefusal.MALFORMED,
        () ->
            header
                + "."
                + payload.substring(0, 10)
                + "+/"
                + payload.substring(10)
                + "."
                + signature);
    add("padded segments", TokenRefusal.MALFORMED, () -> valid + "==");
    add(
        "whitespace inside the token",
        TokenRefusal.MALFORMED,
        () -> header + ". " + payload + "." + signature);
    add(
        "payload is a JSON array, not an object",
        TokenRefusal.MALFORMED,
        () -> header + "." + b64("[\"sub\",\"admin\"]") + "." + signature);
    add(
        "header is a JSON string, not an object",
        TokenRefusal.MALFORMED,
        () -> b64("\"RS256\"") + "." + payload + "." + signature);
    add(
        "payload nested 7,000 levels deep",
        TokenRefusal.MALFORMED,
        () ->
            header
                + "."
                + b64("{\"a\":" + "[".repeat(7000) + "]".repeat(7000) + "}")
                + "."
                + signature);
    add(
        "header nested 7,000 levels deep",
        TokenRefusal.MALFORMED,
        () ->
            b64("{\"alg\":\"RS256\",\"x\":" + "[".repeat(7000) + "]".repeat(7000) + "}")
                + "."
                + payload
                + "."
                + signature);
    add(
        "payload is not JSON",
        TokenRefusal.MALFORMED,
        () -> header + "." + b64("sub=admin") + "." + signature);
  }

  /** The payload with the subject changed to an administrator's. */
  private static String admin(String payload) {
    return b64(decode(payload).replace("prod:web", "prod:admin"));
  }

  private TestIssuer.Token attackerToken() {
    return attacker.token("system:serviceaccount:prod:web").audience(audience);
  }

  private String oversize() {
    String token = base().claim("pad", "x".repeat(20_000)).sign();
    return token.length() > OidcValidator.MAX_LENGTH ? token : null;
  }

  private String hmac(String alg, String jca, String kid, String payload, byte[] secret) {
    String head = b64("{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}");
    String input = head + "." + payload;
    try {
      Mac mac = Mac.getInstance(jca);
      mac.init(new SecretKeySpec(secret, jca));
      return input
          + "."
          + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] rsaPublicPem() {
    try {
      RSAKey key = (RSAKey) key(issuer, "mock-oidc-rsa-1");
      String pem =
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                  .encodeToString(key.toRSAPublicKey().getEncoded())
              + "\n-----END PUBLIC KEY-----\n";
      return pem.getBytes(StandardCharsets.US_ASCII);
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The attacker signs with its key and embeds the matching public key in the header. */
  private String embeddedJwk(String payload) {
    RSAKey key = (RSAKey) key(attacker, "attacker-rsa-1");
    String head =
        b64(
            "{\"alg\":\"RS256\",\"kid\":\"mock-oidc-rsa-1\",\"jwk\":"
                + key.toPublicJWK().toJSONString()
                + "}");
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key.toRSAPrivateKey());
      rs256.update((head + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return head + "." + payload + "." + B64.encodeToString(rs256.sign());
    } catch (GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A payload nimbus would not serialise, signed RS256 with the issuer's real key. */
  private String signedByIssuer(String payloadJson) {
    RSAKey key = (RSAKey) key(issuer, "mock-oidc-rsa-1");
    String head = b64("{\"alg\":\"RS256\",\"kid\":\"mock-oidc-rsa-1\"}");
    String body = b64(payloadJson);
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key.toRSAPrivateKey());
      rs256.update((head + "." + body).getBytes(StandardCharsets.US_ASCII));
      return head + "." + body + "." + B64.encodeToString(rs256.sign());
    } catch (GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Header ES256 with the issuer's EC kid; the signature is ECDSA over P-384. */
  private String wrongCurve(String payload) {
    ECKey key = (ECKey) key(attacker, "attacker-ec384-1");
    String head = b64("{\"alg\":\"ES256\",\"kid\":\"mock-oidc-ec-1\"}");
    try {
      Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
      ecdsa.initSign(key.toECPrivateKey());
      ecdsa.update((head + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return head + "." + payload + "." + B64.encodeToString(ecdsa.sign());
    } catch (GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** r = s = 0: verifies against any message on unpatched JDKs 15 to 18. */
  private static String psychic(String payload) {
    String head = b64("{\"alg\":\"ES256\",\"kid\":\"mock-oidc-ec-1\"}");
    return head + "." + payload + "." + B64.encodeToString(new byte[64]);
  }

  private static JWK key(TestIssuer from, String kid) {
    return from.keys().stream()
        .filter(k -> kid.equals(k.getKeyID()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no key " + kid));
  }

  private static String flip(String segment) {
    char[] chars = segment.toCharArray();
    int at = chars.length / 2;
    chars[at] = chars[at] == 'A' ? 'B' : 'A';
    return new String(chars);
  }

  static String b64(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String segment) {
    return new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
  }

  /** A file of the bundled issuer's fixtures ({@code io/mocksts/fixtures/oidc/} in mock-server). */
  static String read(String fixture) {
    try (InputStream in =
        TestIssuer.class.getResourceAsStream("/io/mocksts/fixtures/oidc/" + fixture)) {
      if (in == null) {
        throw new IllegalStateException("bundled fixture missing from the classpath: " + fixture);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
