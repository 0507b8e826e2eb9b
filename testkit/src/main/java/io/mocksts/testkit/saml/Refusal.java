package io.mocksts.testkit.saml;

/**
 * Why a validating STS must refuse a hostile Response: the verdict a {@link HostileCorpus.Recipe}
 * expects, independent of any one STS's error codes (each vendor answers every refusal with its own
 * documented code: Alibaba's {@code AuthenticationFail.SAMLAssertion.*}, Tencent's {@code
 * InvalidParameter.ParamError}). The mock STS's validator gives its rejections the same names, and
 * a test keeps the two lists equal.
 */
public enum Refusal {
  /** Shorter than the vendor's minimum length of {@code SAMLAssertion}. */
  TOO_SHORT,
  /** Longer than the vendor's maximum (Alibaba: 100,000 characters); refused before decoding. */
  TOO_LONG,
  /** Not strict Base64 (the MIME alphabet with line breaks is not accepted either). */
  NOT_BASE64,
  /** The bytes are not UTF-8, or the document declares another encoding (policy U2). */
  NOT_UTF8,
  /** A DOCTYPE declaration: DTDs, entities and XXE are never processed. */
  DOCTYPE,
  /** Not well-formed XML. */
  NOT_WELL_FORMED,
  /**
   * Well-formed XML that OpenSAML cannot read as SAML (e.g. a malformed ds:Signature), or cannot
   * read safely (a processing instruction, which would split a signed text value).
   */
  MALFORMED_SAML,
  /** The root is not a SAML 2.0 protocol {@code Response} of Version 2.0. */
  NOT_A_RESPONSE,
  /** The Response's StatusCode is not Success. */
  STATUS_NOT_SUCCESS,
  /** An {@code InResponseTo} in an unsolicited (IdP-initiated) flow. */
  UNEXPECTED_IN_RESPONSE_TO,
  /** The Response's Destination is not one of the vendor's endpoints. */
  WRONG_DESTINATION,
  /** An EncryptedAssertion: the mock has no decryption key and OpenSAML 4.0.1 must not decrypt. */
  ENCRYPTED_ASSERTION,
  /** Zero, or more than one, Assertion anywhere in the document. */
  NOT_EXACTLY_ONE_ASSERTION,
  /** The Response or Assertion Issuer is missing or not the IdP's entityID. */
  WRONG_ISSUER,
  /**
   * The signature does not cover its own parent: Reference URI not {@code "#"+ID} (empty or
   * foreign), several References, extra transforms, ds:Object children.
   */
  BAD_REFERENCE,
  /** A signature or digest algorithm outside the profile's allow-list (e.g. RSA-SHA1, MD5). */
  WEAK_ALGORITHM,
  /** The signature is valid for the key in its KeyInfo, but that key is not a trusted one. */
  UNTRUSTED_KEY,
  /** The signature does not verify with any trusted key (content edited, value corrupted). */
  BAD_SIGNATURE,
  /** No signature covers the Assertion (or the profile requires the Assertion's own). */
  UNSIGNED,
  /** No Conditions, or Conditions without NotOnOrAfter. */
  MISSING_CONDITIONS,
  /** A Condition other than AudienceRestriction or OneTimeUse. */
  UNSUPPORTED_CONDITION,
  /** NotBefore is later than now plus the clock skew. */
  NOT_YET_VALID,
  /** A NotOnOrAfter (or SessionNotOnOrAfter) is not later than now minus the clock skew. */
  EXPIRED,
  /** No AudienceRestriction, or one that names none of the vendor's audiences. */
  WRONG_AUDIENCE,
  /** No Subject with a NameID. */
  MISSING_SUBJECT,
  /**
   * Not exactly one SubjectConfirmation, not bearer, or its SubjectConfirmationData lacks
   * NotOnOrAfter.
   */
  NO_BEARER_CONFIRMATION,
  /** SubjectConfirmationData Recipient missing or not one of the vendor's endpoints. */
  WRONG_RECIPIENT,
  /** The vendor's role attribute is absent or has no value. */
  MISSING_ROLE_ATTRIBUTE,
  /** A role attribute value is not in the vendor's {@code role,provider} format. */
  BAD_ROLE_ATTRIBUTE,
  /** The requested RoleArn + provider ARN pair is not among the assertion's role values. */
  ROLE_NOT_IN_ASSERTION,
  /** The session-name attribute is missing, repeated, or breaks the length/charset rule. */
  BAD_SESSION_NAME,
  /** The session-duration attribute is repeated, not an integer or out of range. */
  BAD_SESSION_DURATION,
  /** The same Issuer + Assertion ID was accepted before and has not expired yet. */
  REPLAYED,
  /** The registered IdP metadata is unusable (not metadata, no IdP role, no signing key). */
  /** The registered IdP metadata is unusable (not metadata, no IdP role, no signing key). */
  IDP_METADATA_INVALID
}
