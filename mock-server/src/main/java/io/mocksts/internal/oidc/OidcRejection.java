package io.mocksts.internal.oidc;

/**
 * Why a token is refused. The vendor protocols map the reason to their documented codes (Alibaba
 * {@code AuthenticationFail.OIDCToken.*}, Tencent {@code InvalidParameter.WebIdentityTokenError}).
 *
 * @param reason the first check the token failed, in the validator's order
 * @param detail a short English explanation that names no secret (never the token itself)
 */
public record OidcRejection(Reason reason, String detail) implements OidcResult {

  /** The checks of {@link OidcValidator}, in the order they run. */
  public enum Reason {
    /**
     * Fewer than {@link OidcValidator#MIN_LENGTH} characters (Alibaba AssumeRoleWithOIDC reference,
     * https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc).
     */
    TOO_SHORT,
    /**
     * More than {@link OidcValidator#MAX_LENGTH} characters (Alibaba AssumeRoleWithOIDC reference).
     */
    TOO_LONG,
    /**
     * Not a compact JWS of three base64url segments whose header and payload are JSON objects, a
     * JWE, or a claim of the wrong type.
     */
    MALFORMED,
    /** An unsecured token ({@code "alg":"none"}). */
    ALG_NONE,
    /**
     * An algorithm outside the allow-list (RS/PS/ES 256/384/512: never HMAC, whose "secret" would
     * be the public key), or one the selected key cannot verify (wrong key type or curve, or the
     * key's own {@code alg}/{@code use}/{@code key_ops} forbid it).
     */
    ALG_NOT_ALLOWED,
    /** A {@code crit} header: the validator understands no extension, so it must refuse. */
    UNSUPPORTED_CRITICAL_HEADER,
    /** The provider has no usable JWK set (the world gives none, or it cannot be parsed). */
    NO_KEYS,
    /** The header's {@code kid} names no key of the provider. */
    UNKNOWN_KID,
    /** The signature does not verify with the provider's key. */
    BAD_SIGNATURE,
    /**
     * A required claim ({@code iss}, {@code aud}, {@code sub}, {@code exp}, {@code iat}) is absent.
     */
    MISSING_CLAIM,
    /** {@code iss} is not the provider's issuer URL. */
    WRONG_ISSUER,
    /** No {@code aud} value is a client id of the provider. */
    WRONG_AUDIENCE,
    /** The token is at or past its {@code exp}. */
    EXPIRED,
    /** The token is before its {@code nbf}. */
    NOT_YET_VALID,
    /** {@code iat} is later than the current time. */
    ISSUED_IN_FUTURE,
    /**
     * {@code iat} is older than the provider's IssuanceLimitTime (Alibaba RAM: manage an OIDC IdP,
     * https://www.alibabacloud.com/help/en/ram/user-guide/manage-an-oidc-idp).
     */
    ISSUED_TOO_LONG_AGO
  }
}
