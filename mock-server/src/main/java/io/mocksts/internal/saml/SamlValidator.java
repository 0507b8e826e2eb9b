package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.KeyException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.schema.XSAny;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.core.xml.schema.XSURI;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Condition;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.OneTimeUse;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.credential.BasicCredential;
import org.opensaml.security.credential.Credential;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.SignatureValidator;
import org.opensaml.xmlsec.signature.support.impl.SignatureAlgorithmValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;
import org.w3c.dom.traversal.NodeIterator;

/**
 * Validates the {@code SAMLAssertion} of an AssumeRoleWithSAML request: the pipeline S0-S8 of
 * saml-security.md §0, for one vendor's {@link SamlProfile}, against the IdP registered for the
 * requested provider.
 *
 * <p>OpenSAML does the XML work: secure parsing, unmarshalling, the signature profile check ({@code
 * SAMLSignatureProfileValidator}), the algorithm allow-list ({@code SignatureAlgorithmValidator})
 * and the cryptographic check ({@code SignatureValidator}, with Santuario's secure validation). The
 * SAML rules around it are written out here rather than left to OpenSAML's {@code
 * SAML20AssertionValidator}, for two reasons: that validator reads {@code Instant.now()} (4.0.1 has
 * no injectable clock, §2.1), while this one must follow the mock's movable {@link Clock}; and each
 * failure must be told apart ({@link Reason}) so that the vendor protocols can answer with their
 * documented codes. The checks are the same as §2.2 configures, and stricter where §0 asks for own
 * code: exactly one Assertion in the whole document, Reference URI exactly {@code "#"+ID}, required
 * Conditions/NotOnOrAfter, AudienceRestriction, one bearer SubjectConfirmation with Recipient and
 * NotOnOrAfter, no address lookups, replay recorded last.
 *
 * <p>Identity and roles are read from the very Assertion object whose signature was verified, in
 * the same DOM (no second parser, §1.2). Verification keys come only from the {@link TrustedIdp};
 * {@code ds:KeyInfo} is used only to explain a failure ({@link Reason#UNTRUSTED_KEY}).
 *
 * <p>Thread-safe; build one per vendor and share it (the replay cache is per validator).
 */
public final class SamlValidator {

  private static final String DSIG_NS = SignatureConstants.XMLSIG_NS;
  private static final Pattern XML_DECLARATION_ENCODING =
      Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final SAMLSignatureProfileValidator SIGNATURE_PROFILE =
      new SAMLSignatureProfileValidator();

  static {
    OpenSaml.ensureStarted();
  }

  private final SamlProfile profile;
  private final Clock clock;
  private final AssertionReplayCache replayCache;
  private final SignatureAlgorithmValidator algorithms;

  /**
   * @param profile what the vendor expects
   * @param clock the STS's clock: every time check uses it
   * @param replayCache where accepted assertions are remembered
   */
  public SamlValidator(SamlProfile profile, Clock clock, AssertionReplayCache replayCache) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.replayCache = Objects.requireNonNull(replayCache, "replayCache");
    List<String> allowed = new ArrayList<>(profile.signatureUris());
    allowed.addAll(profile.digestUris());
    this.algorithms = new SignatureAlgorithmValidator(allowed, null);
  }

  /** A validator with its own replay cache of the default capacity. */
  public SamlValidator(SamlProfile profile, Clock clock) {
    this(profile, clock, new AssertionReplayCache());
  }

  public SamlProfile profile() {
    return profile;
  }

  /**
   * Validates a SAML Response and, if it is accepted, records its assertion against replay.
   *
   * @param samlAssertion the request's {@code SAMLAssertion}: a Base64-encoded SAML 2.0 Response
   * @param idp the IdP registered for the requested provider
   * @param requested the request's RoleArn and provider ARN ({@code SAMLProviderArn} / {@code
   *     PrincipalArn}); must be one of the assertion's role pairs
   * @return what the assertion says
   * @throws SamlRejection when anything is wrong; nothing is recorded then
   */
  public ValidatedAssertion validate(String samlAssertion, TrustedIdp idp, RolePair requested) {
    return validate(samlAssertion, idp, requested, validated -> {});
  }

  /**
   * Validates a SAML Response, runs the caller's own acceptance checks (the STS's trust policy and
   * lifetime rules), and only then records the assertion against replay: a request refused by any
   * check, the caller's included, leaves the assertion unused (saml-security.md §0, S8 last).
   *
   * @param acceptance the caller's checks on the validated assertion; an exception it throws
   *     propagates unchanged and nothing is recorded
   * @throws SamlRejection when the assertion is invalid or was used before
   */
  public ValidatedAssertion validate(
      String samlAssertion,
      TrustedIdp idp,
      RolePair requested,
      Consumer<ValidatedAssertion> acceptance) {
    Objects.requireNonNull(samlAssertion, "samlAssertion");
    Objects.requireNonNull(idp, "idp");
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(acceptance, "acceptance");
    String xml = decode(samlAssertion);
    Document document = parse(xml);
    ValidatedAssertion validated;
    try {
      validated = validate(document, idp, requested);
    } catch (SamlRejection e) {
      throw e;
    } catch (RuntimeException e) {
      // Fail closed: an unexpected shape that trips OpenSAML or our reading is a rejection.
      throw new SamlRejection(Reason.MALFORMED_SAML, "unreadable SAML: " + e, e);
    }
    acceptance.accept(validated);
    // S8, last: only an assertion that passed everything else is remembered.
    String replayKey = validated.issuer() + "!" + validated.assertionId();
    if (!replayCache.firstUse(
        validated.issuer(),
        replayKey,
        validated.notOnOrAfter().plus(profile.clockSkew()),
        clock.instant())) {
      throw reject(Reason.REPLAYED, "assertion " + validated.assertionId() + " was already used");
    }
    return validated;
  }

  private ValidatedAssertion validate(Document document, TrustedIdp idp, RolePair requested) {
    Response response = unmarshallResponse(document);
    Assertion assertion = checkResponse(response, document, idp);

    boolean responseSigned = response.getSignature() != null;
    if (responseSigned) {
      verifySignature(response.getSignature(), response, idp, "Response");
    }
    boolean assertionSigned = assertion.getSignature() != null;
    if (assertionSigned) {
      verifySignature(assertion.getSignature(), assertion, idp, "Assertion");
    } else if (profile.assertionSignatureRequired()) {
      throw reject(Reason.UNSIGNED, profile.vendor() + " requires the Assertion to be signed");
    } else if (!responseSigned) {
      throw reject(Reason.UNSIGNED, "neither the Response nor the Assertion is signed");
    }

    Instant now = clock.instant();
    String issuer = checkIssuer(assertion.getIssuer(), idp, "Assertion");
    checkAssertionBasics(assertion, now);
    Instant conditionsEnd = checkConditions(assertion.getConditions(), now);
    List<String> audiences = checkAudiences(assertion.getConditions());
    NameID nameId = checkSubject(assertion.getSubject());
    SubjectConfirmationData confirmation = checkBearerConfirmation(assertion.getSubject(), now);
    Optional<Instant> authnInstant = Optional.empty();
    Optional<Instant> sessionEnd = Optional.empty();
    for (AuthnStatement statement : assertion.getAuthnStatements()) {
      Instant instant = statement.getAuthnInstant();
      if (instant == null) {
        throw reject(Reason.MALFORMED_SAML, "AuthnStatement without AuthnInstant");
      }
      notInTheFuture(instant, now, "AuthnInstant");
      authnInstant = authnInstant.or(() -> Optional.of(instant));
      Instant sessionNotOnOrAfter = statement.getSessionNotOnOrAfter();
      if (sessionNotOnOrAfter != null) {
        notExpired(sessionNotOnOrAfter, now, "AuthnStatement SessionNotOnOrAfter");
        sessionEnd =
            Optional.of(
                sessionEnd
                    .filter(e -> e.isBefore(sessionNotOnOrAfter))
                    .orElse(sessionNotOnOrAfter));
      }
    }

    Map<String, List<String>> attributes = attributes(assertion);
    List<RolePair> rolePairs = rolePairs(attributes);
    RolePair role =
        rolePairs.stream()
            .filter(p -> p.matches(requested, profile.arnsCaseSensitive()))
            .findFirst()
            .orElseThrow(
                () ->
                    reject(
                        Reason.ROLE_NOT_IN_ASSERTION,
                        "the role attribute does not list "
                            + profile.roleFormat().format(requested)));
    Optional<String> sessionName = sessionName(attributes);
    OptionalLong sessionDuration = sessionDuration(attributes);

    Instant notOnOrAfter =
        confirmation.getNotOnOrAfter().isBefore(conditionsEnd)
            ? confirmation.getNotOnOrAfter()
            : conditionsEnd;
    Conditions conditions = assertion.getConditions();
    return new ValidatedAssertion(
        issuer,
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
        attributes,
        rolePairs,
        role,
        sessionName,
        sessionDuration,
        responseSigned,
        assertionSigned);
  }

  // ---- S0: size, Base64, UTF-8 ---------------------------------------------------------------

  private String decode(String samlAssertion) {
    int length = samlAssertion.length();
    if (length > profile.maxLength()) {
      throw reject(
          Reason.TOO_LONG, length + " characters, more than " + profile.maxLength() + " allowed");
    }
    if (length < profile.minLength()) {
      throw reject(
          Reason.TOO_SHORT, length + " characters, fewer than " + profile.minLength() + " needed");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(samlAssertion);
    } catch (IllegalArgumentException e) {
      throw reject(Reason.NOT_BASE64, e.getMessage());
    }
    String xml;
    try {
      xml =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw reject(Reason.NOT_UTF8, "the decoded bytes are not UTF-8");
    }
    if (xml.startsWith("\uFEFF")) {
      xml = xml.substring(1);
    }
    if (xml.indexOf('\0') >= 0) {
      throw reject(Reason.NOT_UTF8, "NUL characters (UTF-16 or binary data?)");
    }
    Matcher declaration = XML_DECLARATION_ENCODING.matcher(xml);
    if (declaration.find()) {
      String encoding = declaration.group(1).toUpperCase(Locale.ROOT);
      if (!encoding.equals("UTF-8") && !encoding.equals("UTF8")) {
        throw reject(Reason.NOT_UTF8, "declared encoding " + declaration.group(1));
      }
    }
    return xml;
  }

  // ---- S1, S2: parse, unmarshall ----------------------------------------------------------------

  private static Document parse(String xml) {
    Document document;
    try {
      // A character stream: the parser sees exactly the UTF-8 text checked above.
      document = OpenSaml.parse(new StringReader(xml));
    } catch (XMLParserException e) {
      if (xml.contains("<!DOCTYPE")) {
        throw new SamlRejection(Reason.DOCTYPE, "DOCTYPE declarations are not accepted", e);
      }
      throw new SamlRejection(Reason.NOT_WELL_FORMED, rootCause(e), e);
    }
    refuseProcessingInstructions(document);
    return document;
  }

  /**
   * No processing instruction anywhere. The parser drops comments and coalesces CDATA, so a signed
   * text value reaches OpenSAML as one text node, except when a processing instruction splits it:
   * OpenSAML then keeps only the last piece, and a NameID the IdP signed as {@code
   * victim@example.test<?x?>.evil.test} would be read as {@code .evil.test} (the twin of comment
   * injection, OneUptime 2025). SAML protocol messages never need one, so refuse them all.
   */
  private static void refuseProcessingInstructions(Document document) {
    NodeIterator instructions =
        ((DocumentTraversal) document)
            .createNodeIterator(document, NodeFilter.SHOW_PROCESSING_INSTRUCTION, null, false);
    Node found = instructions.nextNode();
    if (found != null) {
      throw reject(
          Reason.MALFORMED_SAML, "processing instruction <?" + found.getNodeName() + "?> refused");
    }
  }

  private static Response unmarshallResponse(Document document) {
    Element root = document.getDocumentElement();
    if (!SAMLConstants.SAML20P_NS.equals(root.getNamespaceURI())
        || !"Response".equals(root.getLocalName())) {
      throw reject(
          Reason.NOT_A_RESPONSE,
          "root element {" + root.getNamespaceURI() + "}" + root.getLocalName());
    }
    XMLObject object;
    try {
      object = OpenSaml.unmarshall(root);
    } catch (Exception e) {
      throw new SamlRejection(Reason.MALFORMED_SAML, rootCause(e), e);
    }
    if (!(object instanceof Response response)) {
      throw reject(Reason.NOT_A_RESPONSE, "not a SAML 2.0 Response");
    }
    return response;
  }

  // ---- S3: the Response around the assertion ----------------------------------------------------

  private Assertion checkResponse(Response response, Document document, TrustedIdp idp) {
    if (response.getVersion() == null
        || response.getVersion().getMajorVersion() != SAMLVersion.VERSION_20.getMajorVersion()
        || response.getVersion().getMinorVersion() != SAMLVersion.VERSION_20.getMinorVersion()) {
      throw reject(Reason.NOT_A_RESPONSE, "Response Version is not 2.0");
    }
    if (response.getID() == null || response.getID().isBlank()) {
      throw reject(Reason.MALFORMED_SAML, "Response without ID");
    }
    Status status = response.getStatus();
    StatusCode code = status == null ? null : status.getStatusCode();
    if (code == null || !StatusCode.SUCCESS.equals(code.getValue())) {
      throw reject(
          Reason.STATUS_NOT_SUCCESS, "StatusCode " + (code == null ? "missing" : code.getValue()));
    }
    if (response.getInResponseTo() != null) {
      throw reject(
          Reason.UNEXPECTED_IN_RESPONSE_TO, "Response InResponseTo in an unsolicited flow");
    }
    String destination = response.getDestination();
    if (destination != null && !profile.destinations().contains(destination)) {
      throw reject(Reason.WRONG_DESTINATION, "Destination " + destination);
    }
    if (response.getIssuer() != null) {
      checkIssuer(response.getIssuer(), idp, "Response");
    }
    if (count(document, SAMLConstants.SAML20_NS, EncryptedAssertion.DEFAULT_ELEMENT_LOCAL_NAME)
        > 0) {
      throw reject(Reason.ENCRYPTED_ASSERTION, "EncryptedAssertion is not supported");
    }
    int assertions = count(document, SAMLConstants.SAML20_NS, Assertion.DEFAULT_ELEMENT_LOCAL_NAME);
    if (assertions != 1 || response.getAssertions().size() != 1) {
      throw reject(
          Reason.NOT_EXACTLY_ONE_ASSERTION,
          assertions
              + " Assertion elements in the document, "
              + response.getAssertions().size()
              + " in the Response");
    }
    return response.getAssertions().get(0);
  }

  private static int count(Document document, String namespace, String localName) {
    return document.getElementsByTagNameNS(namespace, localName).getLength();
  }

  private static String checkIssuer(Issuer issuer, TrustedIdp idp, String where) {
    String value = issuer == null || issuer.getValue() == null ? null : issuer.getValue().trim();
    if (value == null || value.isEmpty()) {
      throw reject(Reason.WRONG_ISSUER, where + " has no Issuer");
    }
    if (!value.equals(idp.entityId())) {
      throw reject(Reason.WRONG_ISSUER, where + " Issuer " + value + " is not " + idp.entityId());
    }
    return value;
  }

  // ---- S4, S5: signatures --------------------------------------------------------------------

  private void verifySignature(
      Signature signature, SignableSAMLObject signed, TrustedIdp idp, String what) {
    checkReferenceUri(signature, signed.getSignatureReferenceID(), what);
    try {
      SIGNATURE_PROFILE.validate(signature);
    } catch (SignatureException e) {
      throw new SamlRejection(Reason.BAD_REFERENCE, what + " signature: " + e.getMessage(), e);
    }
    try {
      algorithms.validate(signature);
    } catch (SignatureException e) {
      throw new SamlRejection(Reason.WEAK_ALGORITHM, what + " signature: " + e.getMessage(), e);
    }
    for (X509Certificate certificate : idp.signingCertificates()) {
      if (verifies(signature, new BasicX509Credential(certificate))) {
        return;
      }
    }
    if (verifiesWithItsOwnKeyInfo(signature)) {
      throw reject(
          Reason.UNTRUSTED_KEY,
          what + " is signed with a key that is not in the IdP metadata of " + idp.entityId());
    }
    throw reject(Reason.BAD_SIGNATURE, what + " signature does not verify with a trusted key");
  }

  /**
   * The strict reference rule (RF1/RF2): one Reference, whose URI is exactly {@code "#"} plus the
   * signed element's own, non-empty ID. OpenSAML's profile validator would accept {@code URI=""}.
   */
  private static void checkReferenceUri(Signature signature, String id, String what) {
    Element signatureElement = signature.getDOM();
    if (signatureElement == null) {
      throw reject(Reason.MALFORMED_SAML, what + " signature has no DOM");
    }
    Element signedInfo = onlyChild(signatureElement, "SignedInfo", what);
    List<Element> references = children(signedInfo, "Reference");
    if (references.size() != 1) {
      throw reject(
          Reason.BAD_REFERENCE,
          what + " signature has " + references.size() + " References, not exactly 1");
    }
    if (id == null || id.isBlank()) {
      throw reject(Reason.BAD_REFERENCE, what + " has no ID for its signature to reference");
    }
    Element reference = references.get(0);
    String uri = reference.hasAttribute("URI") ? reference.getAttribute("URI") : null;
    if (!("#" + id).equals(uri)) {
      throw reject(
          Reason.BAD_REFERENCE,
          what
              + " signature references "
              + (uri == null ? "nothing" : "'" + uri + "'")
              + ", not #"
              + id);
    }
  }

  private static Element onlyChild(Element parent, String localName, String what) {
    List<Element> found = children(parent, localName);
    if (found.size() != 1) {
      throw reject(Reason.BAD_REFERENCE, what + " signature has " + found.size() + " " + localName);
    }
    return found.get(0);
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element e
          && DSIG_NS.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static boolean verifies(Signature signature, Credential credential) {
    try {
      SignatureValidator.validate(signature, credential);
      return true;
    } catch (SignatureException e) {
      return false;
    }
  }

  /** Only to name the failure: would the signature verify with the key it carries itself? */
  private static boolean verifiesWithItsOwnKeyInfo(Signature signature) {
    if (signature.getKeyInfo() == null) {
      return false;
    }
    try {
      for (X509Certificate certificate : KeyInfoSupport.getCertificates(signature.getKeyInfo())) {
        if (verifies(signature, new BasicX509Credential(certificate))) {
          return true;
        }
      }
      for (PublicKey key : KeyInfoSupport.getPublicKeys(signature.getKeyInfo())) {
        if (verifies(signature, new BasicCredential(key))) {
          return true;
        }
      }
    } catch (CertificateException | KeyException | RuntimeException e) {
      return false;
    }
    return false;
  }

  // ---- S5, S6: the assertion's own rules --------------------------------------------------------

  private void checkAssertionBasics(Assertion assertion, Instant now) {
    SAMLVersion version = assertion.getVersion();
    if (version == null || version.getMajorVersion() != 2 || version.getMinorVersion() != 0) {
      throw reject(Reason.NOT_A_RESPONSE, "Assertion Version is not 2.0");
    }
    if (assertion.getID() == null || assertion.getID().isBlank()) {
      throw reject(Reason.MALFORMED_SAML, "Assertion without ID");
    }
    if (assertion.getIssueInstant() == null) {
      throw reject(Reason.MALFORMED_SAML, "Assertion without IssueInstant");
    }
    notInTheFuture(assertion.getIssueInstant(), now, "Assertion IssueInstant");
  }

  /** Returns Conditions/@NotOnOrAfter after checking the window and the condition types. */
  private Instant checkConditions(Conditions conditions, Instant now) {
    if (conditions == null) {
      throw reject(Reason.MISSING_CONDITIONS, "Assertion has no Conditions");
    }
    if (conditions.getNotOnOrAfter() == null) {
      throw reject(Reason.MISSING_CONDITIONS, "Conditions have no NotOnOrAfter");
    }
    if (conditions.getNotBefore() != null) {
      notInTheFuture(conditions.getNotBefore(), now, "Conditions NotBefore");
    }
    notExpired(conditions.getNotOnOrAfter(), now, "Conditions NotOnOrAfter");
    for (Condition condition : conditions.getConditions()) {
      // OneTimeUse is honoured by the replay cache; anything else is not understood (OpenSAML
      // would answer INDETERMINATE, which is a rejection too).
      if (!(condition instanceof AudienceRestriction) && !(condition instanceof OneTimeUse)) {
        throw reject(
            Reason.UNSUPPORTED_CONDITION,
            "Condition " + condition.getElementQName().getLocalPart() + " is not supported");
      }
    }
    return conditions.getNotOnOrAfter();
  }

  /** Every AudienceRestriction must name one of the vendor's audiences (SAML core §2.5.1.4). */
  private List<String> checkAudiences(Conditions conditions) {
    List<AudienceRestriction> restrictions = conditions.getAudienceRestrictions();
    if (restrictions.isEmpty()) {
      throw reject(Reason.WRONG_AUDIENCE, "no AudienceRestriction");
    }
    List<String> all = new ArrayList<>();
    for (AudienceRestriction restriction : restrictions) {
      boolean accepted = false;
      for (Audience audience : restriction.getAudiences()) {
        String uri = audience.getURI() == null ? "" : audience.getURI().trim();
        all.add(uri);
        accepted |= profile.audiences().contains(uri);
      }
      if (!accepted) {
        throw reject(
            Reason.WRONG_AUDIENCE, "no audience of " + profile.vendor() + " in " + all.toString());
      }
    }
    return all;
  }

  private static NameID checkSubject(Subject subject) {
    if (subject == null) {
      throw reject(Reason.MISSING_SUBJECT, "Assertion has no Subject");
    }
    NameID nameId = subject.getNameID();
    if (nameId == null || nameId.getValue() == null || nameId.getValue().isBlank()) {
      throw reject(Reason.MISSING_SUBJECT, "Subject has no NameID");
    }
    return nameId;
  }

  /**
   * Exactly one SubjectConfirmation, of method bearer, whose data has a Recipient of the vendor and
   * a NotOnOrAfter that has not passed (SAML profiles §4.1.4.2; Alibaba: alibaba-sts.md §6.2).
   */
  private SubjectConfirmationData checkBearerConfirmation(Subject subject, Instant now) {
    List<SubjectConfirmation> confirmations = subject.getSubjectConfirmations();
    if (confirmations.size() != 1) {
      throw reject(
          Reason.NO_BEARER_CONFIRMATION,
          confirmations.size() + " SubjectConfirmations, exactly 1 (bearer) needed");
    }
    SubjectConfirmation confirmation = confirmations.get(0);
    if (!SubjectConfirmation.METHOD_BEARER.equals(confirmation.getMethod())) {
      throw reject(
          Reason.NO_BEARER_CONFIRMATION, "SubjectConfirmation Method " + confirmation.getMethod());
    }
    SubjectConfirmationData data = confirmation.getSubjectConfirmationData();
    if (data == null || data.getNotOnOrAfter() == null) {
      throw reject(
          Reason.NO_BEARER_CONFIRMATION, "bearer SubjectConfirmationData without NotOnOrAfter");
    }
    String recipient = data.getRecipient();
    if (recipient == null || !profile.recipients().contains(recipient)) {
      throw reject(
          Reason.WRONG_RECIPIENT,
          recipient == null ? "no Recipient" : "Recipient " + recipient + " is not accepted");
    }
    if (data.getInResponseTo() != null) {
      throw reject(
          Reason.UNEXPECTED_IN_RESPONSE_TO,
          "SubjectConfirmationData InResponseTo in an unsolicited flow");
    }
    if (data.getNotBefore() != null) {
      notInTheFuture(data.getNotBefore(), now, "SubjectConfirmationData NotBefore");
    }
    notExpired(data.getNotOnOrAfter(), now, "SubjectConfirmationData NotOnOrAfter");
    return data;
  }

  private void notInTheFuture(Instant instant, Instant now, String what) {
    if (instant.isAfter(now.plus(profile.clockSkew()))) {
      throw reject(Reason.NOT_YET_VALID, what + " " + instant + " is later than now " + now);
    }
  }

  private void notExpired(Instant notOnOrAfter, Instant now, String what) {
    Duration skew = profile.clockSkew();
    if (!notOnOrAfter.isAfter(now.minus(skew))) {
      throw reject(Reason.EXPIRED, what + " " + notOnOrAfter + " has passed (now " + now + ")");
    }
  }

  // ---- S7: attributes ----------------------------------------------------------------------

  private static Map<String, List<String>> attributes(Assertion assertion) {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (AttributeStatement statement : assertion.getAttributeStatements()) {
      for (Attribute attribute : statement.getAttributes()) {
        if (attribute.getName() == null) {
          continue;
        }
        List<String> values =
            attributes.computeIfAbsent(attribute.getName(), n -> new ArrayList<>());
        for (XMLObject value : attribute.getAttributeValues()) {
          values.add(text(value));
        }
      }
    }
    return attributes;
  }

  /** Text of an AttributeValue: typed {@code xs:string}, untyped (XSAny) or any other type. */
  private static String text(XMLObject value) {
    String text;
    if (value instanceof XSString s) {
      text = s.getValue();
    } else if (value instanceof XSAny any) {
      text = any.getTextContent();
    } else if (value instanceof XSURI uri) {
      text = uri.getURI();
    } else {
      text = value.getDOM() == null ? null : value.getDOM().getTextContent();
    }
    return text == null ? "" : text;
  }

  private List<RolePair> rolePairs(Map<String, List<String>> attributes) {
    List<String> values = attributes.getOrDefault(profile.roleAttribute(), List.of());
    if (values.stream().allMatch(String::isBlank)) {
      throw reject(Reason.MISSING_ROLE_ATTRIBUTE, "no value of " + profile.roleAttribute());
    }
    List<RolePair> pairs = new ArrayList<>();
    for (String value : values) {
      try {
        pairs.addAll(profile.roleFormat().parse(value));
      } catch (IllegalArgumentException e) {
        throw reject(Reason.BAD_ROLE_ATTRIBUTE, e.getMessage());
      }
    }
    return pairs;
  }

  private Optional<String> sessionName(Map<String, List<String>> attributes) {
    List<String> values = attributes.get(profile.sessionNameAttribute());
    if (values == null || values.isEmpty()) {
      if (profile.sessionNameRequired()) {
        throw reject(Reason.BAD_SESSION_NAME, "no " + profile.sessionNameAttribute());
      }
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw reject(Reason.BAD_SESSION_NAME, values.size() + " session names, exactly 1 allowed");
    }
    String name = values.get(0);
    if (!profile.sessionNameRule().accepts(name)) {
      throw reject(
          Reason.BAD_SESSION_NAME,
          "session name of " + name.length() + " characters breaks " + profile.sessionNameRule());
    }
    return Optional.of(name);
  }

  private OptionalLong sessionDuration(Map<String, List<String>> attributes) {
    if (profile.sessionDurationAttribute().isEmpty()) {
      return OptionalLong.empty();
    }
    List<String> values = attributes.get(profile.sessionDurationAttribute().get());
    if (values == null || values.isEmpty()) {
      return OptionalLong.empty();
    }
    if (values.size() > 1) {
      throw reject(Reason.BAD_SESSION_DURATION, values.size() + " values, at most 1 allowed");
    }
    long seconds;
    try {
      seconds = Long.parseLong(values.get(0).trim());
    } catch (NumberFormatException e) {
      throw reject(Reason.BAD_SESSION_DURATION, "not an integer number of seconds");
    }
    if (seconds < profile.sessionDurationMin() || seconds > profile.sessionDurationMax()) {
      throw reject(
          Reason.BAD_SESSION_DURATION,
          seconds
              + " is outside "
              + profile.sessionDurationMin()
              + ".."
              + profile.sessionDurationMax());
    }
    return OptionalLong.of(seconds);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static SamlRejection reject(Reason reason, String detail) {
    return new SamlRejection(reason, detail);
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return String.valueOf(cause.getMessage());
  }
}
