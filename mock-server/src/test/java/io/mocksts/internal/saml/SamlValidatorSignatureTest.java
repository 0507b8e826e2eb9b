package io.mocksts.internal.saml;

import static io.mocksts.internal.saml.SamlFixture.ALIBABA_PAIR;
import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.idp.SamlResponseBuilder.Signing;
import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.SamlRejection.Reason;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * S4/S5 of the {@link SamlValidator} pipeline: signature presence, tampering, trust, algorithms,
 * wrapping.
 */
class SamlValidatorSignatureTest {

  private final SamlFixture f = new SamlFixture();

  // ---- presence --------------------------------------------------------------------------------

  @Test
  void whenTheAssertionSignatureIsStrippedThenTheAssertionIsRejected() {
    // SX1
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    Forge.remove(Forge.signatureOf(forge.assertion()));

    f.alibabaRejects(forge.base64(), Reason.UNSIGNED);
  }

  @Test
  void whenBothSignaturesAreStrippedThenTheAssertionIsRejected() {
    // SX2
    Forge forge = Forge.of(f.tencentResponse().sign(Signing.BOTH).toXml());
    Forge.stripSignatures(forge.root());

    f.tencentRejects(forge.base64(), Reason.UNSIGNED);
  }

  @Test
  void whenTheOnlyResponseSignatureIsStrippedThenTheAssertionIsRejected() {
    // SX3
    Forge forge = Forge.of(f.tencentResponse().sign(Signing.RESPONSE).toXml());
    Forge.remove(Forge.signatureOf(forge.root()));

    f.tencentRejects(forge.base64(), Reason.UNSIGNED);
  }

  @Test
  void whenTheResponseWasNeverSignedThenBothVendorsRejectIt() {
    // SX4
    f.alibabaRejects(f.alibabaResponse().sign(Signing.NONE).toBase64(), Reason.UNSIGNED);
    f.tencentRejects(f.tencentResponse().sign(Signing.NONE).toBase64(), Reason.UNSIGNED);
  }

  @Test
  void whenOnlyTheResponseIsSignedThenAlibabaRejectsItBecauseTheAssertionMustBeSigned() {
    // Alibaba role-based SSO,
    // https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso:
    // "the entire saml2:Assertion element be signed".
    f.alibabaRejects(f.alibabaResponse().sign(Signing.RESPONSE).toBase64(), Reason.UNSIGNED);
  }

  // ---- tampering and trust -------------------------------------------------------------------

  @Test
  void whenTheNameIdIsEditedAfterSigningThenTheAssertionIsRejected() {
    // TM1
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    forge.first(Forge.SAML, "NameID").setTextContent("admin");

    f.alibabaRejects(forge.base64(), Reason.BAD_SIGNATURE);
  }

  @Test
  void whenTheRoleIsEditedInsideASignedResponseThenTheResponseIsRejected() {
    // TM2
    Forge forge = Forge.of(f.tencentResponse().sign(Signing.RESPONSE).toXml());
    forge
        .first(Forge.SAML, "AttributeValue")
        .setTextContent(
            "qcs::cam::uin/100000000001:roleName/admin,"
                + "qcs::cam::uin/100000000001:saml-provider/mock-idp");

    f.tencentRejects(forge.base64(), Reason.BAD_SIGNATURE);
  }

  @Test
  void whenTheSignatureValueIsCorruptedThenTheAssertionIsRejected() {
    // TM3
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    Element value = forge.first(Forge.DS, "SignatureValue");
    String text = value.getTextContent().trim();
    value.setTextContent((text.charAt(0) == 'A' ? "B" : "A") + text.substring(1));

    f.alibabaRejects(forge.base64(), Reason.BAD_SIGNATURE);
  }

  @Test
  void whenAnUnsignedPartOfASignedResponseIsEditedThenTheResponseSignatureFails() {
    Forge forge = Forge.of(f.alibabaResponse().sign(Signing.BOTH).toXml());
    forge.root().setAttribute("Destination", "https://signin.alibabacloud.com/saml-role/sso");

    f.alibabaRejects(forge.base64(), Reason.BAD_SIGNATURE);
  }

  @Test
  void whenTheAttackerSignsWithItsOwnKeyAndCertificateThenTheKeyIsUntrusted() {
    // KI1: only metadata keys are tried; the embedded certificate is not trusted.
    String response =
        f.attacker
            .response("alibaba")
            .role(SamlFixture.ALIBABA_ROLE, SamlFixture.ALIBABA_PROVIDER)
            .sessionName("alice")
            .toBase64();

    f.alibabaRejects(response, Reason.UNTRUSTED_KEY);
  }

  @Test
  void whenTheAttackerSignsBothThenTheResponseKeyIsUntrusted() {
    // KI2
    String response =
        f.attacker
            .response("tencent")
            .role(SamlFixture.TENCENT_ROLE, SamlFixture.TENCENT_PROVIDER)
            .sessionName("alice")
            .sign(Signing.BOTH)
            .toBase64();

    f.tencentRejects(response, Reason.UNTRUSTED_KEY);
  }

  @Test
  void whenTheAttackerSignatureCarriesNoKeyInfoThenItIsABadSignature() {
    Forge forge =
        Forge.of(
            f.attacker
                .response("alibaba")
                .role(SamlFixture.ALIBABA_ROLE, SamlFixture.ALIBABA_PROVIDER)
                .sessionName("alice")
                .toXml());
    Forge.remove(forge.first(Forge.DS, "KeyInfo"));

    f.alibabaRejects(forge.base64(), Reason.BAD_SIGNATURE);
  }

  @Test
  void whenTheMetadataListsTwoKeysDuringARolloverThenEitherVerifies() {
    TrustedIdp rollover =
        new TrustedIdp(TestIdp.ENTITY_ID, List.of(f.attacker.certificate(), f.idp.certificate()));

    ValidatedAssertion v =
        SamlFixture.accepted(f.alibaba, f.alibabaResponse().toBase64(), rollover, ALIBABA_PAIR);

    assertThat(v.assertionSigned()).isTrue();
  }

  // ---- algorithms -----------------------------------------------------------------------------

  @Test
  void whenTheSignatureUsesRsaSha1ThenItIsRejectedAsWeak() {
    // AL1
    f.alibabaRejects(f.alibabaResponse().algorithm("rsa-sha1").toBase64(), Reason.WEAK_ALGORITHM);
    f.tencentRejects(f.tencentResponse().algorithm("rsa-sha1").toBase64(), Reason.WEAK_ALGORITHM);
  }

  @Test
  void whenAnRsaSha256SignatureUsesASha1DigestThenItIsRejectedAsWeak() {
    // AL2
    String response =
        f.alibabaResponse().digestAlgorithm("http://www.w3.org/2000/09/xmldsig#sha1").toBase64();

    f.alibabaRejects(response, Reason.WEAK_ALGORITHM);
  }

  @Test
  void whenTheSignatureMethodIsRsaMd5ThenItIsRejectedWhileUnmarshalling() {
    // AL3: Santuario's secure validation forbids MD5 as soon as it reads the ds:Signature.
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    forge
        .first(Forge.DS, "SignatureMethod")
        .setAttribute("Algorithm", "http://www.w3.org/2001/04/xmldsig-more#rsa-md5");

    f.alibabaRejects(forge.base64(), Reason.MALFORMED_SAML);
  }

  @Test
  void whenTheSignatureMethodIsHmacThenItIsRejectedAsWeak() {
    // A shared-secret MAC makes no sense for an IdP signature (signature algorithms,
    // https://www.w3.org/TR/xmldsig-core1/).
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    forge
        .first(Forge.DS, "SignatureMethod")
        .setAttribute("Algorithm", "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256");

    f.alibabaRejects(forge.base64(), Reason.WEAK_ALGORITHM);
  }

  // ---- references --------------------------------------------------------------------------

  @Test
  void whenTheReferenceUriIsEmptyThenTheSignatureIsRejected() {
    // RF2: OpenSAML's profile validator alone would accept URI="".
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    forge.first(Forge.DS, "Reference").setAttribute("URI", "");

    f.alibabaRejects(forge.base64(), Reason.BAD_REFERENCE);
  }

  @Test
  void whenTheReferenceUriPointsToAnotherElementThenTheSignatureIsRejected() {
    // RF1
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    forge.first(Forge.DS, "Reference").setAttribute("URI", "#" + forge.root().getAttribute("ID"));

    f.alibabaRejects(forge.base64(), Reason.BAD_REFERENCE);
  }

  @Test
  void whenTheReferenceHasNoUriThenTheSignatureIsRejected() {
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    forge.first(Forge.DS, "Reference").removeAttribute("URI");

    f.alibabaRejects(forge.base64(), Reason.BAD_REFERENCE);
  }

  @Test
  void whenTheSignatureHasTwoReferencesThenItIsRejected() {
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    Element reference = forge.first(Forge.DS, "Reference");
    reference.getParentNode().appendChild(forge.copy(reference));

    f.alibabaRejects(forge.base64(), Reason.BAD_REFERENCE);
  }

  @Test
  void whenAnExtraTransformIsAddedThenTheSignatureProfileRejectsIt() {
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    Element transforms = forge.first(Forge.DS, "Transforms");
    Element xpath = forge.document.createElementNS(Forge.DS, "ds:Transform");
    xpath.setAttribute("Algorithm", "http://www.w3.org/TR/1999/REC-xpath-19991116");
    transforms.appendChild(xpath);

    f.alibabaRejects(forge.base64(), Reason.BAD_REFERENCE);
  }

  @Test
  void whenTheSignatureCarriesADsObjectThenItIsRejected() {
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    Element object = forge.document.createElementNS(Forge.DS, "ds:Object");
    object.setTextContent("anything");
    Forge.signatureOf(forge.assertion()).appendChild(object);

    Reason reason = reasonOf(forge.base64());
    assertThat(reason).isIn(Reason.BAD_REFERENCE, Reason.MALFORMED_SAML);
  }

  // ---- XML Signature Wrapping ----------------------------------------------------------------

  static Stream<Arguments> wrappingAttacks() {
    Reason count = Reason.NOT_EXACTLY_ONE_ASSERTION;
    // XSW1 and XSW6 put an element into ds:Signature, which Santuario >= 2.2.6 refuses while
    // unmarshalling (XML Signature Wrapping,
    // https://www.usenix.org/conference/usenixsecurity12/technical-sessions/presentation/somorovsky); every other shape adds a second Assertion, which the
    // document-wide count refuses before any signature work.
    Reason unmarshal = Reason.MALFORMED_SAML;
    return Stream.of(
        wrapping("XSW1", Signing.RESPONSE, SamlValidatorSignatureTest::xsw1, unmarshal),
        wrapping("XSW2", Signing.RESPONSE, SamlValidatorSignatureTest::xsw2, count),
        wrapping("XSW3", Signing.ASSERTION, SamlValidatorSignatureTest::xsw3, count),
        wrapping("XSW4", Signing.ASSERTION, SamlValidatorSignatureTest::xsw4, count),
        wrapping("XSW5", Signing.ASSERTION, SamlValidatorSignatureTest::xsw5, count),
        wrapping("XSW6", Signing.ASSERTION, SamlValidatorSignatureTest::xsw6, unmarshal),
        wrapping("XSW7", Signing.ASSERTION, SamlValidatorSignatureTest::xsw7, count),
        wrapping("XSW8", Signing.ASSERTION, SamlValidatorSignatureTest::xsw8, count),
        wrapping("MA2", Signing.ASSERTION, SamlValidatorSignatureTest::ma2, count));
  }

  private static Arguments wrapping(
      String id, Signing signing, UnaryOperator<Forge> attack, Reason expected) {
    return Arguments.of(id, signing, attack, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrappingAttacks")
  void whenTheSignedContentIsWrappedThenTheEvilIdentityIsNeverAccepted(
      String id, Signing signing, UnaryOperator<Forge> attack, Reason expected) {
    Forge forge = attack.apply(Forge.of(f.tencentResponse().sign(signing).toXml()));

    assertThat(rejectedByTencent(forge.base64())).as(id).isEqualTo(expected);
  }

  @Test
  void whenAnAssertionOfAForeignNamespaceComesFirstThenTheGenuineOneIsRead() {
    // NS1: same prefix, other namespace; not a SAML Assertion at all.
    Forge forge = Forge.of(f.alibabaResponse().nameId("alice").toXml());
    Element evil = forge.document.createElementNS("urn:evil", "saml2:Assertion");
    Element evilNameId = forge.document.createElementNS("urn:evil", "saml2:NameID");
    evilNameId.setTextContent("admin");
    evil.appendChild(evilNameId);
    forge.root().insertBefore(evil, forge.assertion());

    assertThat(f.alibabaValidates(forge.base64()).nameId()).isEqualTo("alice");
  }

  // Shapes after SAML Raider's XSWHelpers
  // (https://github.com/CompassSecurity/SAMLRaider/blob/master/src/main/java/helpers/XSWHelpers.java). "evil" = copy of the genuine
  // element, NameID changed, its own signature removed.

  private static Forge xsw1(Forge forge) {
    Element response = forge.root();
    Element clone = forge.copy(response);
    Forge.remove(Forge.signatureOf(clone));
    Forge.signatureOf(response).appendChild(clone);
    response.setAttribute("ID", "_evil_response");
    makeEvil(directAssertion(response));
    return forge;
  }

  private static Forge xsw2(Forge forge) {
    Element response = forge.root();
    Element clone = forge.copy(response);
    Forge.remove(Forge.signatureOf(clone));
    response.insertBefore(clone, Forge.signatureOf(response));
    response.setAttribute("ID", "_evil_response");
    makeEvil(directAssertion(response));
    return forge;
  }

  private static Forge xsw3(Forge forge) {
    Element original = forge.assertion();
    Element evil = evilCopy(forge, original);
    original.getParentNode().insertBefore(evil, original);
    return forge;
  }

  private static Forge xsw4(Forge forge) {
    Element original = forge.assertion();
    Element evil = evilCopy(forge, original);
    original.getParentNode().replaceChild(evil, original);
    evil.appendChild(original);
    return forge;
  }

  private static Forge xsw5(Forge forge) {
    Element original = forge.assertion();
    Element genuine = forge.copy(original);
    Forge.remove(Forge.signatureOf(genuine));
    original.setAttribute("ID", "_evil_assertion");
    makeEvil(original);
    original.getParentNode().appendChild(genuine);
    return forge;
  }

  private static Forge xsw6(Forge forge) {
    Element original = forge.assertion();
    Element genuine = forge.copy(original);
    Forge.remove(Forge.signatureOf(genuine));
    original.setAttribute("ID", "_evil_assertion");
    makeEvil(original);
    Forge.signatureOf(original).appendChild(genuine);
    return forge;
  }

  private static Forge xsw7(Forge forge) {
    Element original = forge.assertion();
    Element extensions = forge.document.createElementNS(Forge.SAMLP, "samlp:Extensions");
    Element evil = forge.copy(original);
    Forge.remove(Forge.signatureOf(evil));
    makeEvil(evil);
    extensions.appendChild(evil);
    original.getParentNode().insertBefore(extensions, original);
    return forge;
  }

  private static Forge xsw8(Forge forge) {
    Element original = forge.assertion();
    Element genuine = forge.copy(original);
    Forge.remove(Forge.signatureOf(genuine));
    makeEvil(original);
    Element object = forge.document.createElementNS(Forge.DS, "ds:Object");
    object.appendChild(genuine);
    Forge.signatureOf(original).appendChild(object);
    return forge;
  }

  private static Forge ma2(Forge forge) {
    Element original = forge.assertion();
    Element evil = evilCopy(forge, original);
    original.getParentNode().appendChild(evil);
    return forge;
  }

  private static Element evilCopy(Forge forge, Element original) {
    Element evil = forge.copy(original);
    Forge.remove(Forge.signatureOf(evil));
    evil.setAttribute("ID", "_evil_assertion");
    makeEvil(evil);
    return evil;
  }

  private static void makeEvil(Element assertion) {
    assertion.getElementsByTagNameNS(Forge.SAML, "NameID").item(0).setTextContent("admin");
  }

  private static Element directAssertion(Element response) {
    return Forge.children(response).stream()
        .filter(e -> "Assertion".equals(e.getLocalName()))
        .findFirst()
        .orElseThrow();
  }

  private Reason rejectedByTencent(String samlAssertion) {
    try {
      ValidatedAssertion accepted = f.tencentValidates(samlAssertion);
      throw new AssertionError("accepted with NameID " + accepted.nameId());
    } catch (SamlRejection e) {
      return e.reason();
    }
  }

  private Reason reasonOf(String samlAssertion) {
    try {
      f.alibabaValidates(samlAssertion);
      throw new AssertionError("accepted");
    } catch (SamlRejection e) {
      return e.reason();
    }
  }
}
