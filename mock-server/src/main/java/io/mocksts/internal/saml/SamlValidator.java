package io.mocksts.internal.saml;

import io.mocksts.internal.saml.AssertionChecks.AssertionIsVersion20WithIdAndIssueInstant;
import io.mocksts.internal.saml.AssertionChecks.AssertionIssuerIsTheIdp;
import io.mocksts.internal.saml.AssertionChecks.AudienceIsTheVendors;
import io.mocksts.internal.saml.AssertionChecks.AuthnStatementsAreCurrent;
import io.mocksts.internal.saml.AssertionChecks.ConditionsAreCurrent;
import io.mocksts.internal.saml.AssertionChecks.ConditionsAreUnderstood;
import io.mocksts.internal.saml.AssertionChecks.ConditionsHaveANotOnOrAfter;
import io.mocksts.internal.saml.AssertionChecks.ConfirmationIsCurrent;
import io.mocksts.internal.saml.AssertionChecks.ConfirmationIsUnsolicited;
import io.mocksts.internal.saml.AssertionChecks.RecipientIsTheVendors;
import io.mocksts.internal.saml.AssertionChecks.SubjectHasANameId;
import io.mocksts.internal.saml.AssertionChecks.SubjectIsConfirmedAsBearer;
import io.mocksts.internal.saml.AttributeChecks.RoleAttributeIsPresentAndWellFormed;
import io.mocksts.internal.saml.AttributeChecks.RoleAttributeListsTheRequestedPair;
import io.mocksts.internal.saml.AttributeChecks.SessionDurationIsInRange;
import io.mocksts.internal.saml.AttributeChecks.SessionNameFollowsTheRule;
import io.mocksts.internal.saml.DocumentChecks.BytesAreUtf8;
import io.mocksts.internal.saml.DocumentChecks.DeclaredEncodingIsUtf8;
import io.mocksts.internal.saml.DocumentChecks.DocumentHasNoProcessingInstruction;
import io.mocksts.internal.saml.DocumentChecks.RootIsASaml2Response;
import io.mocksts.internal.saml.DocumentChecks.SizeIsWithinTheProfile;
import io.mocksts.internal.saml.DocumentChecks.TextHasNoNulCharacter;
import io.mocksts.internal.saml.DocumentChecks.TextIsStrictBase64;
import io.mocksts.internal.saml.DocumentChecks.TextIsWellFormedXmlWithoutDoctype;
import io.mocksts.internal.saml.ResponseChecks.DestinationIsTheVendors;
import io.mocksts.internal.saml.ResponseChecks.DocumentHasExactlyOneAssertion;
import io.mocksts.internal.saml.ResponseChecks.NoAssertionIsEncrypted;
import io.mocksts.internal.saml.ResponseChecks.ResponseIsUnsolicited;
import io.mocksts.internal.saml.ResponseChecks.ResponseIsVersion20WithAnId;
import io.mocksts.internal.saml.ResponseChecks.ResponseIssuerIsTheIdp;
import io.mocksts.internal.saml.ResponseChecks.StatusIsSuccess;
import io.mocksts.internal.saml.SamlRejection.Reason;
import io.mocksts.internal.saml.SignatureChecks.AssertionSignatureVerifies;
import io.mocksts.internal.saml.SignatureChecks.ResponseIsSignedOrItsAssertionIs;
import io.mocksts.internal.saml.SignatureChecks.ResponseSignatureVerifies;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.xmlsec.signature.support.impl.SignatureAlgorithmValidator;
import org.w3c.dom.Document;

/**
 * Validates the {@code SAMLAssertion} of an AssumeRoleWithSAML request: the pipeline S0-S8 (SAML
 * validation pipeline after SAML 2.0 core,
 * https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf, profiles,
 * https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf, and XML Signature,
 * https://www.w3.org/TR/xmldsig-core1/), for one vendor's {@link SamlProfile}, against the IdP
 * registered for the requested provider. Acceptance has two phases, so that the action's own rules
 * run in between:
 *
 * <ol>
 *   <li>{@link #validate} runs S0-S7 and answers the {@link ValidatedAssertion}, or the first
 *       {@link SamlRejection}; it records nothing;
 *   <li>the action checks the role's trust policy, the lifetime and whatever else it must;
 *   <li>only if all of that passed, {@link #recordAgainstReplay} runs S8 (the assertion is now
 *       used), answering the assertion again, or {@link Reason#REPLAYED}.
 * </ol>
 *
 * A request refused anywhere before the last phase therefore leaves the assertion unused.
 *
 * <p>Each step is a small check named as the sentence it verifies ({@link SamlCheck}; S0-S2 read
 * the input into its next form, {@link SamlRead}), run in the documented order; the first failure
 * is the answer, with the {@link Reason} the vendor protocols map to their documented codes.
 *
 * <p>OpenSAML does the XML work: secure parsing, unmarshalling, the signature profile check ({@code
 * SAMLSignatureProfileValidator}), the algorithm allow-list ({@code SignatureAlgorithmValidator})
 * and the cryptographic check ({@code SignatureValidator}, with Santuario's secure validation). The
 * SAML rules around it are written out rather than left to OpenSAML's {@code
 * SAML20AssertionValidator}, for two reasons: that validator reads {@code Instant.now()} (4.0.1 has
 * no injectable clock), while this one must follow the mock's movable {@link Clock} (read once per
 * phase, and handed to the checks); and each failure must be told apart. The checks are the same as
 * OpenSAML's (OpenSAML validation,
 * https://wiki.shibboleth.net/confluence/display/OS30/Initialization+and+Configuration), and
 * stricter where OpenSAML leaves a rule to its caller: exactly one Assertion in the whole document,
 * Reference URI exactly {@code "#"+ID}, required Conditions/NotOnOrAfter, AudienceRestriction, one
 * bearer SubjectConfirmation with Recipient and NotOnOrAfter, no address lookups, replay recorded
 * last.
 *
 * <p>Identity and roles are read from the very Assertion object whose signature was verified, in
 * the same DOM (no second parser: XML Signature Wrapping,
 * https://www.usenix.org/conference/usenixsecurity12/technical-sessions/presentation/somorovsky).
 * Verification keys come only from the {@link TrustedIdp}; {@code ds:KeyInfo} is used only to
 * explain a failure ({@link Reason#UNTRUSTED_KEY}).
 *
 * <p>Thread-safe; build one per vendor and share it (the replay cache is per validator).
 */
public final class SamlValidator {

  static {
    OpenSaml.ensureStarted();
  }

  private final SamlProfile profile;
  private final Clock clock;
  private final AssertionReplayCache replayCache;

  /** S0-size, before any decoding. */
  private final SamlCheck<String> size;

  /** S3-S7 on the parsed Response, in the documented order. */
  private final List<SamlCheck<SamlInput>> checks;

  /**
   * @param profile what the vendor expects
   * @param clock the STS's clock: every time check uses it
   * @param replayCache where accepted assertions are remembered
   */
  public SamlValidator(SamlProfile profile, Clock clock, AssertionReplayCache replayCache) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.replayCache = Objects.requireNonNull(replayCache, "replayCache");
    this.size = new SizeIsWithinTheProfile(profile);
    SignatureAlgorithmValidator algorithms = SignatureChecks.allowList(profile);
    this.checks =
        List.of(
            // S3-response
            new ResponseIsVersion20WithAnId(),
            new StatusIsSuccess(),
            new ResponseIsUnsolicited(),
            new DestinationIsTheVendors(),
            new ResponseIssuerIsTheIdp(),
            new NoAssertionIsEncrypted(),
            new DocumentHasExactlyOneAssertion(),
            // S4-response-sig, S5-assertion-sig
            new ResponseSignatureVerifies(algorithms),
            new AssertionSignatureVerifies(algorithms),
            new ResponseIsSignedOrItsAssertionIs(),
            // S5-assertion, S6-subject
            new AssertionIssuerIsTheIdp(),
            new AssertionIsVersion20WithIdAndIssueInstant(),
            new ConditionsHaveANotOnOrAfter(),
            new ConditionsAreCurrent(),
            new ConditionsAreUnderstood(),
            new AudienceIsTheVendors(),
            new SubjectHasANameId(),
            new SubjectIsConfirmedAsBearer(),
            new RecipientIsTheVendors(),
            new ConfirmationIsUnsolicited(),
            new ConfirmationIsCurrent(),
            new AuthnStatementsAreCurrent(),
            // S7-attributes
            new RoleAttributeIsPresentAndWellFormed(),
            new RoleAttributeListsTheRequestedPair(),
            new SessionNameFollowsTheRule(),
            new SessionDurationIsInRange());
  }

  /** A validator with its own replay cache of the default capacity. */
  public SamlValidator(SamlProfile profile, Clock clock) {
    this(profile, clock, new AssertionReplayCache());
  }

  public SamlProfile profile() {
    return profile;
  }

  /**
   * Phase one, S0-S7: validates a SAML Response and reads what its assertion says. Records nothing:
   * the assertion is used only once {@link #recordAgainstReplay} has accepted it.
   *
   * @param samlAssertion the request's {@code SAMLAssertion}: a Base64-encoded SAML 2.0 Response
   * @param idp the IdP registered for the requested provider
   * @param requested the request's RoleArn and provider ARN ({@code SAMLProviderArn} / {@code
   *     PrincipalArn}); must be one of the assertion's role pairs
   * @return the {@link ValidatedAssertion}, or the {@link SamlRejection} of the first check that
   *     failed (never thrown)
   */
  public SamlResult validate(String samlAssertion, TrustedIdp idp, RolePair requested) {
    Objects.requireNonNull(samlAssertion, "samlAssertion");
    Objects.requireNonNull(idp, "idp");
    Objects.requireNonNull(requested, "requested");
    SamlRead<Document> document =
        SamlRead.of(samlAssertion)
            // S0: size before decoding, then Base64 and UTF-8
            .check(size)
            .then(new TextIsStrictBase64())
            .then(new BytesAreUtf8())
            .check(new TextHasNoNulCharacter())
            .check(new DeclaredEncodingIsUtf8())
            // S1
            .then(new TextIsWellFormedXmlWithoutDoctype())
            .check(new DocumentHasNoProcessingInstruction());
    if (document.refused()) {
      return document.rejection();
    }
    try {
      // S2
      SamlRead<Response> response = document.then(new RootIsASaml2Response());
      if (response.refused()) {
        return response.rejection();
      }
      SamlInput input =
          new SamlInput(
              profile, idp, requested, clock.instant(), document.value(), response.value());
      Optional<SamlRejection> failure = SamlCheck.firstFailure(input, checks);
      return failure.isPresent() ? failure.get() : validated(input);
    } catch (RuntimeException e) {
      // Fail closed: an unexpected shape that trips OpenSAML or our reading is a rejection.
      return new SamlRejection(Reason.MALFORMED_SAML, "unreadable SAML: " + e, e);
    }
  }

  /**
   * Phase two, S8, last: records an assertion that {@link #validate} accepted, and that the
   * caller's own checks (the STS's trust policy and lifetime rules) accepted too, as used. Call it
   * only when the request will succeed: a request refused before it leaves the assertion unused.
   *
   * @param validated what {@link #validate} answered
   * @return {@code validated}, or a {@link SamlRejection} with {@link Reason#REPLAYED} when the
   *     same Issuer and Assertion ID were recorded before and have not expired (or the cache is
   *     full, failing closed)
   */
  public SamlResult recordAgainstReplay(ValidatedAssertion validated) {
    Objects.requireNonNull(validated, "validated");
    Optional<SamlRejection> replayed =
        new AssertionIsUsedForTheFirstTime(replayCache, profile.clockSkew(), clock.instant())
            .check(validated);
    return replayed.isPresent() ? replayed.get() : validated;
  }

  /** What the assertion says; every check passed, so each value read here is there. */
  private static ValidatedAssertion validated(SamlInput input) {
    Response response = input.response();
    Assertion assertion = input.assertion();
    Conditions conditions = assertion.getConditions();
    NameID nameId = assertion.getSubject().getNameID();
    SubjectConfirmationData confirmation = AssertionChecks.bearer(assertion);

    Optional<Instant> authnInstant = Optional.empty();
    Optional<Instant> sessionEnd = Optional.empty();
    for (AuthnStatement statement : assertion.getAuthnStatements()) {
      Instant instant = statement.getAuthnInstant();
      authnInstant = authnInstant.or(() -> Optional.of(instant));
      Instant sessionNotOnOrAfter = statement.getSessionNotOnOrAfter();
      if (sessionNotOnOrAfter != null) {
        sessionEnd =
            Optional.of(
                sessionEnd
                    .filter(e -> e.isBefore(sessionNotOnOrAfter))
                    .orElse(sessionNotOnOrAfter));
      }
    }
    List<String> audiences = new ArrayList<>();
    for (AudienceRestriction restriction : conditions.getAudienceRestrictions()) {
      for (Audience audience : restriction.getAudiences()) {
        audiences.add(AssertionChecks.audienceUri(audience));
      }
    }
    List<String> sessionNames =
        input.attributes().getOrDefault(input.profile().sessionNameAttribute(), List.of());
    List<String> sessionDuration = AttributeChecks.sessionDurationValues(input);
    Instant notOnOrAfter =
        confirmation.getNotOnOrAfter().isBefore(conditions.getNotOnOrAfter())
            ? confirmation.getNotOnOrAfter()
            : conditions.getNotOnOrAfter();
    return new ValidatedAssertion(
        ResponseChecks.issuerValue(assertion.getIssuer()),
        nameId.getValue(),
        nameId.getFormat() == null ? "" : nameId.getFormat(),
        response.getID(),
        assertion.getID(),
        assertion.getIssueInstant(),
        Optional.ofNullable(conditions.getNotBefore()),
        notOnOrAfter,
        sessionEnd,
        authnInstant,
        confirmation.getRecipient(),
        Optional.ofNullable(response.getDestination()),
        audiences,
        input.attributes(),
        AttributeChecks.rolePairs(input),
        AttributeChecks.matchingRole(input).orElseThrow(),
        sessionNames.stream().findFirst(),
        sessionDuration.isEmpty()
            ? OptionalLong.empty()
            : OptionalLong.of(Long.parseLong(sessionDuration.get(0).trim())),
        response.getSignature() != null,
        assertion.getSignature() != null);
  }
}
