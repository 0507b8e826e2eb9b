package io.mocksts.idp;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The bundled test OIDC issuer: signs ID tokens with the TEST keys of {@code
 * fixtures/oidc/issuer-keys.json}, which the default world's {@code mock-oidc} providers trust.
 * Every claim, time, algorithm and header can be chosen, so tests and the {@code oidc-token}
 * command can make tokens that pass or fail any check of {@code OidcValidator} (the mock's
 * validator).
 *
 * <p>Never use these keys for anything real: their private halves are public.
 */
public final class TestIssuer {

  /** The bundled issuer's URL: the {@code iss} the default world's providers expect. */
  public static final String ISSUER = "https://oidc.mock-sts.local";

  /** The {@code kid} of the bundled RSA-2048 key (RS256/384/512, PS256/384/512). */
  public static final String RSA_KEY_ID = "mock-oidc-rsa-1";

  /** The {@code kid} of the bundled P-256 key (ES256). */
  public static final String EC_KEY_ID = "mock-oidc-ec-1";

  /** The bundled private keys on the classpath (packed from {@code fixtures/oidc/}). */
  public static final String BUNDLED_KEYS = "/io/mocksts/fixtures/oidc/issuer-keys.json";

  /** The lifetime of a token when none is chosen. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  private static final Map<JWSAlgorithm, Curve> CURVES =
      Map.of(
          JWSAlgorithm.ES256, Curve.P_256,
          JWSAlgorithm.ES384, Curve.P_384,
          JWSAlgorithm.ES512, Curve.P_521);

  private final List<JWK> keys;
  private final Clock clock;

  private TestIssuer(List<JWK> keys, Clock clock) {
    this.keys = List.copyOf(keys);
    this.clock = clock;
  }

  /** The bundled issuer, its times taken from {@code clock}. */
  public static TestIssuer bundled(Clock clock) {
    try (InputStream in = TestIssuer.class.getResourceAsStream(BUNDLED_KEYS)) {
      if (in == null) {
        throw new IllegalStateException("the bundled issuer keys " + BUNDLED_KEYS + " are missing");
      }
      return fromJwkSet(new String(in.readAllBytes(), StandardCharsets.UTF_8), clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An issuer signing with the private keys of a JWK set (e.g. {@code attacker-keys.json}).
   *
   * @throws IllegalArgumentException when the set cannot be parsed or holds a public key only
   */
  public static TestIssuer fromJwkSet(String privateJwkSet, Clock clock) {
    List<JWK> keys;
    try {
      keys = JWKSet.parse(privateJwkSet).getKeys();
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a JWK set: " + e.getMessage(), e);
    }
    for (JWK key : keys) {
      if (!key.isPrivate()) {
        throw new IllegalArgumentException("key " + key.getKeyID() + " has no private part");
      }
    }
    return new TestIssuer(keys, clock);
  }

  /** The public JWK set of this issuer's keys (what a provider must trust), as JSON text. */
  public String publicJwks() {
    return new JWKSet(keys).toPublicJWKSet().toString();
  }

  /** A token for a subject, to be shaped and then {@link Token#sign() signed}. */
  public Token token(String subject) {
    return new Token(subject);
  }

  /** One token under construction; registered claims have the defaults documented per method. */
  public final class Token {

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private final Set<String> omitted = new HashSet<>();
    private final Map<String, Object> headers = new LinkedHashMap<>();
    private String issuer = ISSUER;
    private List<String> audiences = List.of();
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant notBefore;
    private Duration lifetime = DEFAULT_LIFETIME;
    private JWSAlgorithm algorithm = JWSAlgorithm.RS256;
    private String keyId;
    private boolean withoutKeyId;
    private final String subject;

    private Token(String subject) {
      this.subject = subject;
    }

    /** {@code iss}; default {@link #ISSUER}. */
    public Token issuer(String value) {
      this.issuer = value;
      return this;
    }

    /** {@code aud}: one value is sent as a string, several as a list; default none. */
    public Token audience(String... values) {
      this.audiences = List.of(values);
      return this;
    }

    /** {@code aud} as a list. */
    public Token audiences(List<String> values) {
      this.audiences = List.copyOf(values);
      return this;
    }

    /** {@code iat}; default the clock's current second. */
    public Token issuedAt(Instant value) {
      this.issuedAt = value;
      return this;
    }

    /** {@code exp}; default {@code iat} plus the lifetime. */
    public Token expiresAt(Instant value) {
      this.expiresAt = value;
      return this;
    }

    /** {@code nbf}; default none. */
    public Token notBefore(Instant value) {
      this.notBefore = value;
      return this;
    }

    /** The time from {@code iat} to {@code exp}; default one hour. */
    public Token lifetime(Duration value) {
      this.lifetime = value;
      return this;
    }

    /** The JWS algorithm, e.g. {@code RS256} (default), {@code PS384}, {@code ES256}. */
    public Token algorithm(String name) {
      this.algorithm = JWSAlgorithm.parse(name);
      return this;
    }

    /**
     * The header's {@code kid}. The signing key is the issuer's key with this id if it has one,
     * otherwise its first key that fits the algorithm (so a foreign key can borrow a trusted kid).
     * Default: the signing key's own id.
     */
    public Token keyId(String value) {
      this.keyId = value;
      return this;
    }

    /** Sends no {@code kid} header (a verifier must then try every key that fits). */
    public Token withoutKeyId() {
      this.withoutKeyId = true;
      return this;
    }

    /** Any claim; a registered one ({@code sub}, {@code iss}, ...) replaces its default. */
    public Token claim(String name, Object value) {
      claims.put(name, value);
      omitted.remove(name);
      return this;
    }

    /**
     * Leaves a claim out ({@code iss}, {@code sub}, {@code aud}, {@code exp}, {@code iat}, ...).
     */
    public Token without(String name) {
      omitted.add(name);
      claims.remove(name);
      return this;
    }

    /**
     * A header parameter: {@code typ}, {@code jku} and {@code x5u} (URLs), {@code crit} (a
     * collection of names), or any custom one.
     */
    public Token header(String name, Object value) {
      headers.put(name, value);
      return this;
    }

    /** Signs the token and returns its compact serialisation. */
    public String sign() {
      JWK key = signingKey();
      Instant iat = issuedAt != null ? issuedAt : clock.instant().truncatedTo(ChronoUnit.SECONDS);
      Instant exp = expiresAt != null ? expiresAt : iat.plus(lifetime);
      JWTClaimsSet.Builder body =
          new JWTClaimsSet.Builder()
              .issuer(issuer)
              .subject(subject)
              .issueTime(Date.from(iat))
              .expirationTime(Date.from(exp))
              .jwtID(UUID.randomUUID().toString());
      if (audiences.size() == 1) {
        body.audience(audiences.get(0));
      } else if (!audiences.isEmpty()) {
        body.audience(audiences);
      }
      if (notBefore != null) {
        body.notBeforeTime(Date.from(notBefore));
      }
      claims.forEach(body::claim);
      omitted.forEach(name -> body.claim(name, null));
      JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
      if (!withoutKeyId) {
        header.keyID(keyId != null ? keyId : key.getKeyID());
      }
      headers.forEach((name, value) -> header(header, name, value));
      SignedJWT jwt = new SignedJWT(header.build(), body.build());
      try {
        jwt.sign(signer(key));
      } catch (JOSEException e) {
        throw new IllegalArgumentException("cannot sign with " + algorithm + ": " + e.getMessage());
      }
      return jwt.serialize();
    }

    private void header(JWSHeader.Builder header, String name, Object value) {
      switch (name) {
        case "typ" -> header.type(new JOSEObjectType(String.valueOf(value)));
        case "jku" -> header.jwkURL(URI.create(String.valueOf(value)));
        case "x5u" -> header.x509CertURL(URI.create(String.valueOf(value)));
        case "crit" -> {
          Set<String> names = new HashSet<>();
          ((Collection<?>) value).forEach(v -> names.add(String.valueOf(v)));
          header.criticalParams(names);
        }
        default -> header.customParam(name, value);
      }
    }

    private JWK signingKey() {
      if (keyId != null) {
        for (JWK key : keys) {
          if (keyId.equals(key.getKeyID()) && fits(key)) {
            return key;
          }
        }
      }
      for (JWK key : keys) {
        if (fits(key)) {
          return key;
        }
      }
      throw new IllegalArgumentException("the issuer has no key for " + algorithm);
    }

    private boolean fits(JWK key) {
      if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
        return key instanceof RSAKey;
      }
      return key instanceof ECKey ec && ec.getCurve().equals(CURVES.get(algorithm));
    }

    private JWSSigner signer(JWK key) throws JOSEException {
      return key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
    }
  }

  /**
   * Wraps a token in a compact JWE ({@code RSA-OAEP-256} / {@code A256GCM}) encrypted to this
   * issuer's own published RSA key, as an attacker can: the public half is in the JWK set. For the
   * hostile corpus of pac4j-jwt CVE-2026-29000, where a verifier that decrypted such a JWE accepted
   * the unsigned token inside; an STS that only holds the public keys must refuse it unread.
   *
   * @param inner the text to encrypt (e.g. an {@code alg: none} token)
   * @param contentTypeJwt whether the header says {@code "cty":"JWT"} (a nested JWT)
   */
  public String encrypted(String inner, boolean contentTypeJwt) {
    RSAKey rsa =
        keys.stream()
            .filter(k -> k instanceof RSAKey)
            .map(k -> (RSAKey) k)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the issuer has no RSA key"));
    JWEHeader.Builder header =
        new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
            .keyID(rsa.getKeyID());
    if (contentTypeJwt) {
      header.contentType("JWT");
    }
    JWEObject jwe = new JWEObject(header.build(), new Payload(inner));
    try {
      jwe.encrypt(new RSAEncrypter(rsa.toPublicJWK()));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot encrypt: " + e.getMessage(), e);
    }
    return jwe.serialize();
  }

  /** The private keys, for tests that forge tokens by hand. */
  public List<JWK> keys() {
    return new ArrayList<>(keys);
  }
}
