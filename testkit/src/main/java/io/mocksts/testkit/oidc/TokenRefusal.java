package io.mocksts.testkit.oidc;

/**
 * Why a validating STS must refuse a forged or broken OIDC token: the verdict each {@link
 * HostileTokenCorpus.Forgery} expects, independent of any one STS's error codes. The mock STS's
 * validator gives its rejections the same names, and a test keeps the two lists equal.
 */
public enum TokenRefusal {
  /**
   * Fewer than the vendor's minimum length (Alibaba AssumeRoleWithOIDC reference,
   * https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc).
   */
  TOO_SHORT,
  /** More than the vendor's maximum length (Alibaba AssumeRoleWithOIDC reference). */
  TOO_LONG,
  /**
   * Not a compact JWS of three base64url segments whose header and payload are JSON objects, a JWE,
   * or a claim of the wrong type.
   */
  MALFORMED,
  /** An unsecured token ({@code "alg":"none"}). */
  ALG_NONE,
  /**
   * An algorithm outside the allow-list (RS/PS/ES 256/384/512: never HMAC, whose "secret" would be
   * the public key), or one the selected key cannot verify (wrong key type or curve, or the key's
   * own {@code alg}/{@code use}/{@code key_ops} forbid it).
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
