package io.mocksts.internal.oidc;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import io.mocksts.internal.core.Provider;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Validates an OIDC ID token against a registered provider, as the vendors document it: "STS
 * validates the OIDC token's signature, issuer, and audience (client ID)" (Alibaba OIDC SSO,
 * https://www.alibabacloud.com/help/en/ram/overview-of-oidc-based-sso), the IssuanceLimitTime on
 * {@code iat}, and the usual JWT times. Checks run in this order and the first failure is reported
 * ({@link OidcRejection.Reason} lists them):
 *
 * <ol>
 *   <li>length: 4 to 20,000 characters (Alibaba AssumeRoleWithOIDC reference,
 *       https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc;
 *       Tencent documents no bound and gets the same);
 *   <li>structure: a compact JWS, three strict base64url segments, the header a JOSE header and the
 *       payload a JSON object; {@code alg} {@code none} and JWE are refused;
 *   <li>algorithm: RS256/384/512, PS256/384/512, ES256/384/512 only; no HMAC (a public key must
 *       never serve as an HMAC secret), and a {@code crit} header is refused;
 *   <li>key: from the provider's own JWK set only, by {@code kid} (or, without one, every key that
 *       fits the algorithm). Header parameters that point elsewhere ({@code jku}, {@code x5u},
 *       {@code jwk}, {@code x5c}) are ignored: nothing is ever fetched or trusted from a token;
 *   <li>signature;
 *   <li>claims: {@code iss}, {@code aud}, {@code sub}, {@code exp} and {@code iat} present, {@code
 *       iss} equal to the provider's issuer URL, one {@code aud} among its client ids;
 *   <li>times: {@code exp} not reached, {@code nbf} (if any) reached, {@code iat} not in the future
 *       and not older than the provider's IssuanceLimitTime.
 * </ol>
 *
 * <p>The clock is injected (the mock's clock, which tests and the admin API can move); nothing here
 * reads the system time.
 */
public final class OidcValidator {

  /**
   * "The OIDC token must be 4 to 20,000 characters in length." (Alibaba AssumeRoleWithOIDC
   * reference).
   */
  public static final int MIN_LENGTH = 4;

  public static final int MAX_LENGTH = 20_000;

  /**
   * Tolerance for clock differences between issuer and STS on {@code exp}, {@code nbf} and {@code
   * iat}: none. UNCONFIRMED: neither vendor documents a skew; the one statement found is Alibaba's
   * "If the value of the iat field in the ID token is later than the current time, the request is
   * rejected" (Alibaba RAM: manage an OIDC IdP,
   * https://www.alibabacloud.com/help/en/ram/user-guide/manage-an-oidc-idp), which admits no
   * leeway, so the mock applies none anywhere.
   */
  public static final Duration CLOCK_SKEW = Duration.ZERO;

  /** The JWS algorithms accepted: asymmetric signatures only. Supported algorithms UNCONFIRMED. */
  public static final Set<JWSAlgorithm> ALLOWED_ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  private static final Map<JWSAlgorithm, Curve> CURVES =
      Map.of(
          JWSAlgorithm.ES256, Curve.P_256,
          JWSAlgorithm.ES384, Curve.P_384,
          JWSAlgorithm.ES512, Curve.P_521);

  /** Strict unpadded base64url (RFC 7515 §2): nothing the decoder would silently skip. */
  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");

  private final Clock clock;
  private final Map<String, Optional<List<JWK>>> keySets = new ConcurrentHashMap<>();

  public OidcValidator(Clock clock) {
    this.clock = clock;
  }

  /**
   * Validates a token for a provider.
   *
   * @param token the token as sent (not base64-encoded again)
   * @param provider the OIDC provider the request names, with its JWK set and settings
   */
  public OidcResult validate(String token, Provider provider) {
    if (token == null || token.length() < MIN_LENGTH) {
      return reject(OidcRejection.Reason.TOO_SHORT, "shorter than " + MIN_LENGTH + " characters");
    }
    if (token.length() > MAX_LENGTH) {
      return reject(OidcRejection.Reason.TOO_LONG, "longer than " + MAX_LENGTH + " characters");
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return reject(
          OidcRejection.Reason.MALFORMED,
          "a signed JWT has 3 dot-separated segments, not " + parts.length);
    }
    for (int i = 0; i < 3; i++) {
      if (!BASE64URL.matcher(parts[i]).matches()) {
        return reject(OidcRejection.Reason.MALFORMED, "segment " + (i + 1) + " is not base64url");
      }
    }
    if (parts[0].isEmpty() || parts[1].isEmpty()) {
      return reject(OidcRejection.Reason.MALFORMED, "empty header or payload");
    }
    Header parsed;
    try {
      parsed = Header.parse(new Base64URL(parts[0]));
    } catch (ParseException e) {
      return reject(OidcRejection.Reason.MALFORMED, "the header is not a JOSE header");
    }
    if (parsed instanceof PlainHeader) {
      return reject(OidcRejection.Reason.ALG_NONE, "unsecured tokens (alg none) are refused");
    }
    if (!(parsed instanceof JWSHeader header)) {
      return reject(OidcRejection.Reason.MALFORMED, "encrypted tokens (JWE) are refused");
    }
    JWSAlgorithm algorithm = header.getAlgorithm();
    if (!ALLOWED_ALGORITHMS.contains(algorithm)) {
      return reject(
          OidcRejection.Reason.ALG_NOT_ALLOWED, "algorithm " + algorithm + " is not allowed");
    }
    if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
      return reject(
          OidcRejection.Reason.UNSUPPORTED_CRITICAL_HEADER,
          "critical header parameters are not understood");
    }
    JWTClaimsSet claims;
    try {
      claims = JWTClaimsSet.parse(new Base64URL(parts[1]).decodeToString());
    } catch (ParseException e) {
      return reject(OidcRejection.Reason.MALFORMED, "the payload is not a JSON object of claims");
    }

    Optional<List<JWK>> keys = keys(provider.jwks());
    if (keys.isEmpty() || keys.get().isEmpty()) {
      return reject(OidcRejection.Reason.NO_KEYS, "the provider has no usable public keys");
    }
    String kid = header.getKeyID();
    List<JWK> named =
        kid == null
            ? keys.get()
            : keys.get().stream().filter(k -> kid.equals(k.getKeyID())).toList();
    if (named.isEmpty()) {
      return reject(OidcRejection.Reason.UNKNOWN_KID, "no key of the provider has this kid");
    }
    List<JWK> usable = named.stream().filter(k -> fits(k, algorithm)).toList();
    if (usable.isEmpty()) {
      return reject(
          OidcRejection.Reason.ALG_NOT_ALLOWED,
          "no key of the provider"
              + (kid == null ? "" : " with this kid")
              + " verifies "
              + algorithm);
    }
    byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    Base64URL signature = new Base64URL(parts[2]);
    if (usable.stream().noneMatch(k -> verifies(k, header, signingInput, signature))) {
      return reject(OidcRejection.Reason.BAD_SIGNATURE, "the signature does not verify");
    }
    return checkClaims(claims, provider);
  }

  private OidcResult checkClaims(JWTClaimsSet claims, Provider provider) {
    String issuer;
    String subject;
    List<String> audiences;
    Date expires;
    Date issued;
    Date notBefore;
    try {
      issuer = claims.getStringClaim("iss");
      subject = claims.getStringClaim("sub");
      audiences = audiences(claims.getClaim("aud"));
      expires = claims.getDateClaim("exp");
      issued = claims.getDateClaim("iat");
      notBefore = claims.getDateClaim("nbf");
    } catch (ParseException e) {
      return reject(OidcRejection.Reason.MALFORMED, "a registered claim has the wrong type");
    }
    for (Map.Entry<String, Object> required :
        requiredClaims(issuer, subject, audiences, expires, issued).entrySet()) {
      if (required.getValue() == null) {
        return reject(OidcRejection.Reason.MISSING_CLAIM, "no " + required.getKey() + " claim");
      }
    }
    if (!provider.issuer().equals(issuer)) {
      return reject(OidcRejection.Reason.WRONG_ISSUER, "iss is not the provider's issuer URL");
    }
    if (audiences.stream().noneMatch(provider.clientIds()::contains)) {
      return reject(
          OidcRejection.Reason.WRONG_AUDIENCE, "no aud value is a client id of the provider");
    }
    Instant now = clock.instant();
    Instant exp = expires.toInstant();
    Instant iat = issued.toInstant();
    Instant nbf = notBefore == null ? null : notBefore.toInstant();
    if (!now.isBefore(exp.plus(CLOCK_SKEW))) {
      return reject(OidcRejection.Reason.EXPIRED, "the token expired at " + exp);
    }
    if (nbf != null && now.plus(CLOCK_SKEW).isBefore(nbf)) {
      return reject(OidcRejection.Reason.NOT_YET_VALID, "the token is not valid before " + nbf);
    }
    if (iat.isAfter(now.plus(CLOCK_SKEW))) {
      return reject(OidcRejection.Reason.ISSUED_IN_FUTURE, "iat " + iat + " is in the future");
    }
    Duration limit = Duration.ofHours(provider.issuanceLimitHours());
    if (iat.plus(limit).plus(CLOCK_SKEW).isBefore(now)) {
      return reject(
          OidcRejection.Reason.ISSUED_TOO_LONG_AGO,
          "iat " + iat + " is older than the provider's limit of " + limit.toHours() + " hours");
    }
    return new ValidatedToken(issuer, subject, audiences, iat, exp, nbf, claims.toJSONObject());
  }

  /** {@code aud}: a string or a list of strings (RFC 7519 §4.1.3); anything else is malformed. */
  private static List<String> audiences(Object aud) throws ParseException {
    if (aud == null) {
      return List.of();
    }
    if (aud instanceof String single) {
      return List.of(single);
    }
    if (aud instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw new ParseException("aud is neither a string nor a list of strings", 0);
  }

  private static Map<String, Object> requiredClaims(
      String issuer, String subject, List<String> audiences, Date expires, Date issued) {
    Map<String, Object> required = new LinkedHashMap<>();
    required.put("iss", blankToNull(issuer));
    required.put("aud", audiences == null || audiences.isEmpty() ? null : audiences);
    required.put("sub", blankToNull(subject));
    required.put("exp", expires);
    required.put("iat", issued);
    return required;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The provider's public keys; empty when it has none or they cannot be parsed. */
  private Optional<List<JWK>> keys(String jwks) {
    if (jwks == null || jwks.isBlank()) {
      return Optional.empty();
    }
    return keySets.computeIfAbsent(
        jwks,
        text -> {
          try {
            return Optional.of(JWKSet.parse(text).toPublicJWKSet().getKeys());
          } catch (ParseException e) {
            return Optional.empty();
          }
        });
  }

  /** Whether a key may verify a signature made with an algorithm. */
  private static boolean fits(JWK key, JWSAlgorithm algorithm) {
    if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
      return false;
    }
    if (key.getKeyOperations() != null && !key.getKeyOperations().contains(KeyOperation.VERIFY)) {
      return false;
    }
    if (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm)) {
      return false;
    }
    if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
      return key instanceof RSAKey;
    }
    return key instanceof ECKey ec && CURVES.get(algorithm).equals(ec.getCurve());
  }

  private static boolean verifies(
      JWK key, JWSHeader header, byte[] signingInput, Base64URL signature) {
    try {
      JWSVerifier verifier =
          key instanceof RSAKey rsa
              ? new RSASSAVerifier(rsa.toRSAPublicKey())
              : new ECDSAVerifier(((ECKey) key).toECPublicKey());
      return verifier.verify(header, signingInput, signature);
    } catch (JOSEException e) {
      return false;
    }
  }

  private static OidcRejection reject(OidcRejection.Reason reason, String detail) {
    return new OidcRejection(reason, detail);
  }
}
