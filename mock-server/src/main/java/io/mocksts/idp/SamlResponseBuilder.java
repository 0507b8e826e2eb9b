package io.mocksts.idp;

import io.mocksts.internal.logging.MockStsThreads;
import io.mocksts.internal.saml.IdpMetadata;
import io.mocksts.internal.saml.OpenSaml;
import io.mocksts.internal.saml.RolePair;
import io.mocksts.internal.saml.SamlProfile;
import io.mocksts.internal.saml.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.opensaml.core.xml.schema.XSAny;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.core.xml.schema.impl.XSAnyBuilder;
import org.opensaml.saml.common.SAMLObjectContentReference;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AttributeValue;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.Signer;
import org.w3c.dom.Element;

/**
 * One SAML 2.0 Response of the {@link TestIdp}, built step by step and then signed. Every setter
 * returns the builder; {@link #toBase64()} gives what an AssumeRoleWithSAML request carries. Each
 * call of {@link #toXml()} or {@link #toBase64()} mints a new Response (fresh IDs unless set, times
 * from the IdP's clock), so one builder can print many distinct Responses.
 *
 * <p>Shape (Alibaba role-based SSO: SAML assertion content,
 * https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso; Tencent SAML assertion
 * content,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E4%BD%BF%E7%94%A8%20SAML%202.0%20%E8%81%94%E5%90%88%E8%BA%AB%E4%BB%BD%E7%94%A8%E6%88%B7%E8%AE%BF%E9%97%AE%E8%85%BE%E8%AE%AF%E4%BA%91%E7%AE%A1%E7%90%86%E6%8E%A7%E5%88%B6%E5%8F%B0_intl_en.md):
 * {@code samlp:Response} with Issuer, Status Success, Destination; one {@code saml2:Assertion} with
 * Issuer, Signature, Subject (NameID, one bearer SubjectConfirmation with Recipient and
 * NotOnOrAfter), Conditions (NotBefore, NotOnOrAfter, AudienceRestriction), AuthnStatement and an
 * AttributeStatement of {@code xs:string} values.
 */
public final class SamlResponseBuilder {

  /** Which elements carry an enveloped signature. */
  public enum Signing {
    NONE,
    RESPONSE,
    ASSERTION,
    BOTH;

    boolean response() {
      return this == RESPONSE || this == BOTH;
    }

    boolean assertion() {
      return this == ASSERTION || this == BOTH;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final TestIdp idp;
  private final SamlProfile profile;

  private String responseIssuer;
  private String assertionIssuer;
  private String nameId = "alice";
  private String nameIdFormat = NameIDType.PERSISTENT;
  private final Map<String, List<String>> attributes = new LinkedHashMap<>();
  private Duration validFor = Duration.ofMinutes(5);
  private Instant notBefore;
  private boolean withNotBefore = true;
  private Instant notOnOrAfter;
  private Instant issueInstant;
  private Instant sessionNotOnOrAfter;
  private List<String> audiences;
  private String recipient;
  private String destination;
  private String statusCode = StatusCode.SUCCESS;
  private Signing signing = Signing.ASSERTION;
  private SignatureAlgorithm algorithm = SignatureAlgorithm.RSA_SHA256;
  private String digestAlgorithm;
  private String responseId;
  private String assertionId;
  private boolean typedValues = true;
  private Consumer<Response> responseEdit = r -> {};
  private Consumer<Assertion> assertionEdit = a -> {};

  SamlResponseBuilder(TestIdp idp, SamlProfile profile) {
    this.idp = idp;
    this.profile = profile;
    this.responseIssuer = idp.entityId();
    this.assertionIssuer = idp.entityId();
    this.audiences = List.of(profile.audiences().get(0));
    this.recipient = profile.recipients().get(0);
    this.destination = profile.destinations().isEmpty() ? null : profile.destinations().get(0);
  }

  /** Adds a value to the vendor's role attribute for this role and provider. */
  public SamlResponseBuilder role(String roleArn, String providerArn) {
    return attribute(
        profile.roleAttribute(), profile.roleFormat().format(new RolePair(roleArn, providerArn)));
  }

  /** Adds a raw value to the vendor's role attribute (e.g. Tencent's {@code r1;r2,provider}). */
  public SamlResponseBuilder roleValue(String value) {
    return attribute(profile.roleAttribute(), value);
  }

  /** Sets the vendor's session-name attribute (replacing any earlier value). */
  public SamlResponseBuilder sessionName(String name) {
    attributes.remove(profile.sessionNameAttribute());
    return attribute(profile.sessionNameAttribute(), name);
  }

  /**
   * Sets the vendor's session-duration attribute (Alibaba only), as text so that invalid values can
   * be written too.
   *
   * @throws IllegalStateException when the vendor has no such attribute
   */
  public SamlResponseBuilder sessionDuration(String seconds) {
    String name =
        profile
            .sessionDurationAttribute()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        profile.vendor() + " documents no session-duration attribute"));
    attributes.remove(name);
    return attribute(name, seconds);
  }

  /** Adds a value to an attribute (several calls with one name give several values). */
  public SamlResponseBuilder attribute(String name, String value) {
    attributes.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  /** Removes an attribute, e.g. the session name, to produce an incomplete assertion. */
  public SamlResponseBuilder withoutAttribute(String name) {
    attributes.remove(name);
    return this;
  }

  /**
   * Writes attribute values without {@code xsi:type="xs:string"}, as xmlsec1 templates and some
   * IdPs do.
   */
  public SamlResponseBuilder untypedValues() {
    this.typedValues = false;
    return this;
  }

  /** The NameID value (default {@code alice}). */
  public SamlResponseBuilder nameId(String value) {
    this.nameId = value;
    return this;
  }

  /** The NameID Format (default persistent); {@code null} omits it. */
  public SamlResponseBuilder nameIdFormat(String format) {
    this.nameIdFormat = format;
    return this;
  }

  /** Both Issuers (Response and Assertion); default the IdP's entityID. */
  public SamlResponseBuilder issuer(String issuer) {
    this.responseIssuer = issuer;
    this.assertionIssuer = issuer;
    return this;
  }

  /** The Response's Issuer only; {@code null} omits it (it is optional). */
  public SamlResponseBuilder responseIssuer(String issuer) {
    this.responseIssuer = issuer;
    return this;
  }

  /** The Assertion's Issuer only; {@code null} omits it. */
  public SamlResponseBuilder assertionIssuer(String issuer) {
    this.assertionIssuer = issuer;
    return this;
  }

  /** The Audiences of the one AudienceRestriction; none omits the restriction. */
  public SamlResponseBuilder audiences(String... audiences) {
    this.audiences = List.of(audiences);
    return this;
  }

  /** SubjectConfirmationData/@Recipient; {@code null} omits it. */
  public SamlResponseBuilder recipient(String recipient) {
    this.recipient = recipient;
    return this;
  }

  /** Response/@Destination; {@code null} omits it. */
  public SamlResponseBuilder destination(String destination) {
    this.destination = destination;
    return this;
  }

  /** The window length when no explicit NotOnOrAfter is set (default 5 minutes from now). */
  public SamlResponseBuilder validFor(Duration duration) {
    this.validFor = Objects.requireNonNull(duration);
    return this;
  }

  /** Conditions/@NotBefore (default one minute before now). */
  public SamlResponseBuilder notBefore(Instant instant) {
    this.notBefore = Objects.requireNonNull(instant);
    this.withNotBefore = true;
    return this;
  }

  /** Leaves Conditions/@NotBefore out. */
  public SamlResponseBuilder withoutNotBefore() {
    this.withNotBefore = false;
    return this;
  }

  /** Conditions/@NotOnOrAfter and SubjectConfirmationData/@NotOnOrAfter. */
  public SamlResponseBuilder notOnOrAfter(Instant instant) {
    this.notOnOrAfter = Objects.requireNonNull(instant);
    return this;
  }

  /** IssueInstant of Response and Assertion, and AuthnInstant (default now). */
  public SamlResponseBuilder issueInstant(Instant instant) {
    this.issueInstant = Objects.requireNonNull(instant);
    return this;
  }

  /** AuthnStatement/@SessionNotOnOrAfter; {@code null} (default) omits it. */
  public SamlResponseBuilder sessionNotOnOrAfter(Instant instant) {
    this.sessionNotOnOrAfter = instant;
    return this;
  }

  /** The StatusCode value (default Success). */
  public SamlResponseBuilder statusCode(String value) {
    this.statusCode = Objects.requireNonNull(value);
    return this;
  }

  /** What to sign (default the Assertion). */
  public SamlResponseBuilder sign(Signing signing) {
    this.signing = Objects.requireNonNull(signing);
    return this;
  }

  /**
   * The signature algorithm (default {@code rsa-sha256}); its digest goes with it. Named as the
   * {@code saml-response} command names them ({@code rsa-sha1}, {@code rsa-sha256}, {@code
   * rsa-sha384}, {@code rsa-sha512}, {@code ecdsa-sha256}, {@code ecdsa-sha384}, {@code
   * ecdsa-sha512}) or by the XML Signature algorithm URI.
   *
   * @throws IllegalArgumentException for an algorithm the test IdP cannot sign with
   */
  public SamlResponseBuilder algorithm(String algorithm) {
    this.algorithm = SignatureAlgorithm.parse(Objects.requireNonNull(algorithm));
    return this;
  }

  /** Overrides the Reference's DigestMethod URI (e.g. SHA-1 under RSA-SHA256). */
  public SamlResponseBuilder digestAlgorithm(String uri) {
    this.digestAlgorithm = uri;
    return this;
  }

  /** Fixes the Response ID (default a fresh random NCName per Response). */
  public SamlResponseBuilder responseId(String id) {
    this.responseId = id;
    return this;
  }

  /** Fixes the Assertion ID (default a fresh random NCName per Response). */
  public SamlResponseBuilder assertionId(String id) {
    this.assertionId = id;
    return this;
  }

  /**
   * Changes the Assertion object after it is built and before it is signed, for shapes that have no
   * option of their own (the hostile corpus of mock-sts-testkit, tests).
   */
  public SamlResponseBuilder editAssertion(Consumer<Assertion> edit) {
    this.assertionEdit = assertionEdit.andThen(edit);
    return this;
  }

  /** Changes the Response object after it is built and before it is signed. */
  public SamlResponseBuilder editResponse(Consumer<Response> edit) {
    this.responseEdit = responseEdit.andThen(edit);
    return this;
  }

  /** A new signed Response, serialised exactly as signed (no re-indentation). */
  public String toXml() {
    return OpenSaml.toXml(build());
  }

  /** A new signed Response, Base64-encoded (UTF-8): the {@code SAMLAssertion} parameter. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(toXml().getBytes(StandardCharsets.UTF_8));
  }

  private Element build() {
    checkKeyFitsAlgorithm();
    Instant now = issueInstant != null ? issueInstant : idp.clock().instant();
    now = now.truncatedTo(ChronoUnit.MILLIS);
    Instant end = notOnOrAfter != null ? notOnOrAfter : now.plus(validFor);
    Instant start = notBefore != null ? notBefore : now.minus(Duration.ofMinutes(1));

    Response response = OpenSaml.build(Response.DEFAULT_ELEMENT_NAME);
    response.setID(responseId != null ? responseId : newId());
    response.setVersion(SAMLVersion.VERSION_20);
    response.setIssueInstant(now);
    response.setDestination(destination);
    if (responseIssuer != null) {
      response.setIssuer(issuerElement(responseIssuer));
    }
    Status status = OpenSaml.build(Status.DEFAULT_ELEMENT_NAME);
    StatusCode code = OpenSaml.build(StatusCode.DEFAULT_ELEMENT_NAME);
    code.setValue(statusCode);
    status.setStatusCode(code);
    response.setStatus(status);

    Assertion assertion = OpenSaml.build(Assertion.DEFAULT_ELEMENT_NAME);
    assertion.setID(assertionId != null ? assertionId : newId());
    assertion.setVersion(SAMLVersion.VERSION_20);
    assertion.setIssueInstant(now);
    if (assertionIssuer != null) {
      assertion.setIssuer(issuerElement(assertionIssuer));
    }
    assertion.setSubject(subject(end));
    assertion.setConditions(conditions(start, end));
    assertion.getAuthnStatements().add(authnStatement(now));
    if (!attributes.isEmpty()) {
      assertion.getAttributeStatements().add(attributeStatement());
    }
    response.getAssertions().add(assertion);
    assertionEdit.accept(assertion);
    responseEdit.accept(response);

    Signature assertionSignature = signing.assertion() ? signature() : null;
    Signature responseSignature = signing.response() ? signature() : null;
    if (assertionSignature != null) {
      assertion.setSignature(assertionSignature);
      setDigest(assertionSignature);
    }
    if (responseSignature != null) {
      response.setSignature(responseSignature);
      setDigest(responseSignature);
    }
    Element element = OpenSaml.marshall(response);
    // Quietly: Santuario logs the pre-digested assertion at DEBUG (docs/embedding.md, "Logging").
    MockStsThreads.quietly(
        () -> {
          try {
            // Inner first: the Response's digest covers the signed Assertion.
            if (assertionSignature != null) {
              Signer.signObject(assertionSignature);
            }
            if (responseSignature != null) {
              Signer.signObject(responseSignature);
            }
          } catch (SignatureException e) {
            throw new IllegalStateException("cannot sign the SAML Response", e);
          }
          return null;
        });
    return element;
  }

  private void checkKeyFitsAlgorithm() {
    boolean ecdsa = algorithm.name().startsWith("ECDSA");
    if (ecdsa && !(idp.key() instanceof ECPrivateKey)) {
      throw new IllegalArgumentException(algorithm.cliName() + " needs an EC key");
    }
    if (!ecdsa && !(idp.key() instanceof RSAPrivateKey)) {
      throw new IllegalArgumentException(algorithm.cliName() + " needs an RSA key");
    }
  }

  private Subject subject(Instant end) {
    NameID id = OpenSaml.build(NameID.DEFAULT_ELEMENT_NAME);
    id.setValue(nameId);
    id.setFormat(nameIdFormat);
    SubjectConfirmationData data = OpenSaml.build(SubjectConfirmationData.DEFAULT_ELEMENT_NAME);
    data.setNotOnOrAfter(end);
    data.setRecipient(recipient);
    SubjectConfirmation confirmation = OpenSaml.build(SubjectConfirmation.DEFAULT_ELEMENT_NAME);
    confirmation.setMethod(SubjectConfirmation.METHOD_BEARER);
    confirmation.setSubjectConfirmationData(data);
    Subject subject = OpenSaml.build(Subject.DEFAULT_ELEMENT_NAME);
    subject.setNameID(id);
    subject.getSubjectConfirmations().add(confirmation);
    return subject;
  }

  private Conditions conditions(Instant start, Instant end) {
    Conditions conditions = OpenSaml.build(Conditions.DEFAULT_ELEMENT_NAME);
    if (withNotBefore) {
      conditions.setNotBefore(start);
    }
    conditions.setNotOnOrAfter(end);
    if (!audiences.isEmpty()) {
      AudienceRestriction restriction = OpenSaml.build(AudienceRestriction.DEFAULT_ELEMENT_NAME);
      for (String uri : audiences) {
        Audience audience = OpenSaml.build(Audience.DEFAULT_ELEMENT_NAME);
        audience.setURI(uri);
        restriction.getAudiences().add(audience);
      }
      conditions.getAudienceRestrictions().add(restriction);
    }
    return conditions;
  }

  private AuthnStatement authnStatement(Instant now) {
    AuthnContextClassRef classRef = OpenSaml.build(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
    classRef.setURI(AuthnContext.PPT_AUTHN_CTX);
    AuthnContext context = OpenSaml.build(AuthnContext.DEFAULT_ELEMENT_NAME);
    context.setAuthnContextClassRef(classRef);
    AuthnStatement statement = OpenSaml.build(AuthnStatement.DEFAULT_ELEMENT_NAME);
    statement.setAuthnInstant(now);
    statement.setSessionIndex(newId());
    statement.setSessionNotOnOrAfter(sessionNotOnOrAfter);
    statement.setAuthnContext(context);
    return statement;
  }

  private AttributeStatement attributeStatement() {
    AttributeStatement statement = OpenSaml.build(AttributeStatement.DEFAULT_ELEMENT_NAME);
    attributes.forEach(
        (name, values) -> {
          Attribute attribute = OpenSaml.build(Attribute.DEFAULT_ELEMENT_NAME);
          attribute.setName(name);
          attribute.setNameFormat(Attribute.URI_REFERENCE);
          for (String value : values) {
            if (typedValues) {
              XSString text =
                  OpenSaml.build(AttributeValue.DEFAULT_ELEMENT_NAME, XSString.TYPE_NAME);
              text.setValue(value);
              attribute.getAttributeValues().add(text);
            } else {
              XSAny text = new XSAnyBuilder().buildObject(AttributeValue.DEFAULT_ELEMENT_NAME);
              text.setTextContent(value);
              attribute.getAttributeValues().add(text);
            }
          }
          statement.getAttributes().add(attribute);
        });
    return statement;
  }

  private static Issuer issuerElement(String value) {
    Issuer issuer = OpenSaml.build(Issuer.DEFAULT_ELEMENT_NAME);
    issuer.setValue(value);
    issuer.setFormat(NameIDType.ENTITY);
    return issuer;
  }

  private Signature signature() {
    Signature signature = OpenSaml.build(Signature.DEFAULT_ELEMENT_NAME);
    signature.setSigningCredential(new BasicX509Credential(idp.certificate(), idp.key()));
    signature.setSignatureAlgorithm(algorithm.uri());
    signature.setCanonicalizationAlgorithm(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
    signature.setKeyInfo(IdpMetadata.keyInfo(idp.certificate()));
    return signature;
  }

  private void setDigest(Signature signature) {
    String digest = digestAlgorithm != null ? digestAlgorithm : algorithm.digestUri();
    ((SAMLObjectContentReference) signature.getContentReferences().get(0))
        .setDigestAlgorithm(digest);
  }

  /**
   * {@code _} + 32 hex digits: an NCName, as XML IDs must be (XML Signature,
   * https://www.w3.org/TR/xmldsig-core1/).
   */
  public static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "_" + HexFormat.of().formatHex(bytes);
  }
}
