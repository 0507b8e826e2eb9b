package io.mocksts.internal.saml;

/**
 * A SAML Response that the validator refuses. It carries one {@link Reason} per failure family, so
 * that each vendor protocol can map it to its documented error code; the message is for logs and
 * humans and may change.
 *
 * <p>{@link SamlValidator} answers it as a {@link SamlResult} (never throws it); {@link
 * IdpMetadata} throws it for unusable metadata. It carries no stack trace, so either is cheap.
 */
public final class SamlRejection extends RuntimeException implements SamlResult {

  private static final long serialVersionUID = 1L;

  private final Reason reason;

  public SamlRejection(Reason reason, String detail) {
    this(reason, detail, null);
  }

  public SamlRejection(Reason reason, String detail, Throwable cause) {
    super(reason + ": " + detail, cause, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /**
   * Why a Response was refused. {@link #step()} names the step of the {@link SamlValidator}
   * pipeline that finds it (S0 before any XML work, S8 last).
   */
  public enum Reason {
    /** Shorter than the vendor's minimum length of {@code SAMLAssertion}. */
    TOO_SHORT("S0-size"),
    /** Longer than the vendor's maximum (Alibaba: 100,000 characters); refused before decoding. */
    TOO_LONG("S0-size"),
    /** Not strict Base64 (the MIME alphabet with line breaks is not accepted either). */
    NOT_BASE64("S0-base64"),
    /** The bytes are not UTF-8, or the document declares another encoding (policy U2). */
    NOT_UTF8("S0-utf8"),
    /** A DOCTYPE declaration: DTDs, entities and XXE are never processed. */
    DOCTYPE("S1-parse"),
    /** Not well-formed XML. */
    NOT_WELL_FORMED("S1-parse"),
    /**
     * Well-formed XML that OpenSAML cannot read as SAML (e.g. a malformed ds:Signature), or cannot
     * read safely (a processing instruction, which would split a signed text value).
     */
    MALFORMED_SAML("S2-unmarshal"),
    /** The root is not a SAML 2.0 protocol {@code Response} of Version 2.0. */
    NOT_A_RESPONSE("S2-unmarshal"),
    /** The Response's StatusCode is not Success. */
    STATUS_NOT_SUCCESS("S3-response"),
    /** An {@code InResponseTo} in an unsolicited (IdP-initiated) flow. */
    UNEXPECTED_IN_RESPONSE_TO("S3-response"),
    /** The Response's Destination is not one of the vendor's endpoints. */
    WRONG_DESTINATION("S3-response"),
    /**
     * An EncryptedAssertion: the mock has no decryption key and OpenSAML 4.0.1 must not decrypt.
     */
    ENCRYPTED_ASSERTION("S3-response"),
    /** Zero, or more than one, Assertion anywhere in the document. */
    NOT_EXACTLY_ONE_ASSERTION("S3-response"),
    /** The Response or Assertion Issuer is missing or not the IdP's entityID. */
    WRONG_ISSUER("S3-response"),
    /**
     * The signature does not cover its own parent: Reference URI not {@code "#"+ID} (empty or
     * foreign), several References, extra transforms, ds:Object children.
     */
    BAD_REFERENCE("S4/S5-signature"),
    /** A signature or digest algorithm outside the profile's allow-list (e.g. RSA-SHA1, MD5). */
    WEAK_ALGORITHM("S4/S5-signature"),
    /** The signature is valid for the key in its KeyInfo, but that key is not a trusted one. */
    UNTRUSTED_KEY("S4/S5-signature"),
    /** The signature does not verify with any trusted key (content edited, value corrupted). */
    BAD_SIGNATURE("S4/S5-signature"),
    /** No signature covers the Assertion (or the profile requires the Assertion's own). */
    UNSIGNED("S5-assertion"),
    /** No Conditions, or Conditions without NotOnOrAfter. */
    MISSING_CONDITIONS("S6-subject"),
    /** A Condition other than AudienceRestriction or OneTimeUse. */
    UNSUPPORTED_CONDITION("S5-assertion"),
    /** NotBefore is later than now plus the clock skew. */
    NOT_YET_VALID("S5-assertion"),
    /** A NotOnOrAfter (or SessionNotOnOrAfter) is not later than now minus the clock skew. */
    EXPIRED("S5-assertion"),
    /** No AudienceRestriction, or one that names none of the vendor's audiences. */
    WRONG_AUDIENCE("S5-assertion"),
    /** No Subject with a NameID. */
    MISSING_SUBJECT("S6-subject"),
    /**
     * Not exactly one SubjectConfirmation, not bearer, or its SubjectConfirmationData lacks
     * NotOnOrAfter.
     */
    NO_BEARER_CONFIRMATION("S6-subject"),
    /** SubjectConfirmationData Recipient missing or not one of the vendor's endpoints. */
    WRONG_RECIPIENT("S5-assertion"),
    /** The vendor's role attribute is absent or has no value. */
    MISSING_ROLE_ATTRIBUTE("S7-attributes"),
    /** A role attribute value is not in the vendor's {@code role,provider} format. */
    BAD_ROLE_ATTRIBUTE("S7-attributes"),
    /** The requested RoleArn + provider ARN pair is not among the assertion's role values. */
    ROLE_NOT_IN_ASSERTION("S7-attributes"),
    /** The session-name attribute is missing, repeated, or breaks the length/charset rule. */
    BAD_SESSION_NAME("S7-attributes"),
    /** The session-duration attribute is repeated, not an integer or out of range. */
    BAD_SESSION_DURATION("S7-attributes"),
    /** The same Issuer + Assertion ID was accepted before and has not expired yet. */
    REPLAYED("S8-replay"),
    /** The registered IdP metadata is unusable (not metadata, no IdP role, no signing key). */
    IDP_METADATA_INVALID("metadata");

    private final String step;

    Reason(String step) {
      this.step = step;
    }

    /** The pipeline step of {@link SamlValidator} that reports this reason. */
    public String step() {
      return step;
    }
  }
}
