package io.mocksts.testkit.oidc;

/**
 * Why a validating STS must refuse a forged or broken OIDC token: the verdict each {@link
 * HostileTokenCorpus.Forgery} expects, independent of any one STS's error codes. The mock STS's
 * validator gives its rejections the same names, and a test keeps the two lists equal.
 */
public enum TokenRefusal {
  /** Below the vendor's minimum token length. */
  TOO_SHORT,
  /** Above the vendor's maximum token length. */
  TOO_LONG,
  /** Not a well-formed compact JWS (or a JWE, or a claim of the wrong JSON type). */
  MALFORMED,
  /** {@code "alg":"none"}. */
  ALG_NONE,
  /** An algorithm outside RS/PS/ES 256–512, or one the chosen key may not verify. */
  ALG_NOT_ALLOWED,
  /** A {@code crit} header the verifier does not understand. */
  UNSUPPORTED_CRITICAL_HEADER,
  /** The provider has no usable key set. */
  NO_KEYS,
  /** No provider key has the header's {@code kid}. */
  UNKNOWN_KID,
  /** The signature fails with the provider's key. */
  BAD_SIGNATURE,
  /** {@code iss}, {@code aud}, {@code sub}, {@code exp} or {@code iat} is missing. */
  MISSING_CLAIM,
  /** {@code iss} names another issuer than the provider's. */
  WRONG_ISSUER,
  /** No {@code aud} is one of the provider's client ids. */
  WRONG_AUDIENCE,
  /** At or after {@code exp}. */
  EXPIRED,
  /** Before {@code nbf}. */
  NOT_YET_VALID,
  /** {@code iat} lies in the future. */
  ISSUED_IN_FUTURE,
  /** {@code iat} is older than the provider allows (Alibaba's IssuanceLimitTime). */
  ISSUED_TOO_LONG_AGO
}
