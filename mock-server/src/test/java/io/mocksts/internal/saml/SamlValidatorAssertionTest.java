package io.mocksts.internal.saml;

import static io.mocksts.internal.saml.SamlFixture.ALIBABA_PAIR;
import static io.mocksts.internal.saml.SamlFixture.ALIBABA_PROVIDER;
import static io.mocksts.internal.saml.SamlFixture.ALIBABA_ROLE;
import static io.mocksts.internal.saml.SamlFixture.NOW;
import static io.mocksts.internal.saml.SamlFixture.TENCENT_PROVIDER;
import static io.mocksts.internal.saml.SamlFixture.TENCENT_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.SamlRejection.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.core.ProxyRestriction;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.w3c.dom.Element;

/**
 * S3 and S5-S8 of the {@link SamlValidator} pipeline on validly signed Responses: the Response
 * envelope, time, audience, recipient, issuer, confirmation (SAML conditions, audience, recipient,
 * replay, https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf), encryption
 * (encrypted assertions, https://wiki.sunet.se/display/SWAMID/SWAMID+Security+Advisories),
 * attributes and replay.
 */
class SamlValidatorAssertionTest {

  private final SamlFixture f = new SamlFixture();

  // ---- S3: the Response ----------------------------------------------------------------------

  @Test
  void whenTheStatusIsNotSuccessThenTheResponseIsRejected() {
    f.alibabaRejects(
        f.alibabaResponse().statusCode(StatusCode.REQUESTER).toBase64(), Reason.STATUS_NOT_SUCCESS);
  }

  @Test
  void whenTheResponseAnswersARequestThenTheUnsolicitedFlowRejectsIt() {
    // IR1
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    forge.root().setAttribute("InResponseTo", "_request");

    f.alibabaRejects(forge.base64(), Reason.UNEXPECTED_IN_RESPONSE_TO);
  }

  @Test
  void whenTheDestinationIsAnotherEndpointThenTheResponseIsRejected() {
    // DS1
    f.alibabaRejects(
        f.alibabaResponse().destination("https://sp.example/acs").toBase64(),
        Reason.WRONG_DESTINATION);
    f.alibabaRejects(
        f.alibabaResponse().destination("https://cloud.tencent.com/login/saml").toBase64(),
        Reason.WRONG_DESTINATION);
  }

  @Test
  void whenTheAssertionIsEncryptedThenTheResponseIsRejected() {
    // EA1: never decrypted with OpenSAML 4.0.1 (Shibboleth advisory 2022-12-12).
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    Element encrypted = forge.document.createElementNS(Forge.SAML, "saml2:EncryptedAssertion");
    Element data =
        forge.document.createElementNS("http://www.w3.org/2001/04/xmlenc#", "xenc:EncryptedData");
    encrypted.appendChild(data);
    forge.root().replaceChild(encrypted, forge.assertion());

    f.alibabaRejects(forge.base64(), Reason.ENCRYPTED_ASSERTION);
  }

  @Test
  void whenAnEncryptedAssertionComesWithAPlainOneThenTheResponseIsRejected() {
    String response =
        f.alibabaResponse()
            .editResponse(
                r ->
                    r.getEncryptedAssertions()
                        .add(OpenSaml.build(EncryptedAssertion.DEFAULT_ELEMENT_NAME)))
            .toBase64();

    f.alibabaRejects(response, Reason.ENCRYPTED_ASSERTION);
  }

  @Test
  void whenThereIsNoAssertionThenTheResponseIsRejected() {
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    Forge.remove(forge.assertion());

    f.alibabaRejects(forge.base64(), Reason.NOT_EXACTLY_ONE_ASSERTION);
  }

  @Test
  void whenTwoIndependentlySignedAssertionsArriveThenTheResponseIsRejected() {
    // MA1
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    Element second =
        (Element)
            forge.document.importNode(
                Forge.of(f.alibabaResponse().nameId("bob").toXml()).assertion(), true);
    forge.root().appendChild(second);

    f.alibabaRejects(forge.base64(), Reason.NOT_EXACTLY_ONE_ASSERTION);
  }

  @Test
  void whenTheIssuerIsAnotherEntityThenTheResponseIsRejectedEvenWithATrustedSignature() {
    // IS1
    f.alibabaRejects(
        f.alibabaResponse().issuer("https://evil.example/idp").toBase64(), Reason.WRONG_ISSUER);
    f.alibabaRejects(
        f.alibabaResponse().responseIssuer("https://evil.example/idp").toBase64(),
        Reason.WRONG_ISSUER);
    f.alibabaRejects(
        f.alibabaResponse().assertionIssuer("https://evil.example/idp").toBase64(),
        Reason.WRONG_ISSUER);
  }

  @Test
  void whenTheAssertionHasNoIssuerThenItIsRejected() {
    f.alibabaRejects(f.alibabaResponse().assertionIssuer(null).toBase64(), Reason.WRONG_ISSUER);
  }

  @Test
  void whenTheResponseHasNoIssuerThenTheAssertionIssuerSuffices() {
    assertThat(f.alibabaValidates(f.alibabaResponse().responseIssuer(null).toBase64()).issuer())
        .isEqualTo(TestIdp.ENTITY_ID);
  }

  // ---- S5, S6: time ---------------------------------------------------------------------------

  @Test
  void whenTheAssertionHasExpiredThenItIsRejected() {
    // TI1
    String response =
        f.alibabaResponse()
            .issueInstant(NOW.minus(Duration.ofMinutes(20)))
            .notOnOrAfter(NOW.minus(Duration.ofMinutes(10)))
            .toBase64();

    f.alibabaRejects(response, Reason.EXPIRED);
  }

  @Test
  void whenTheClockPassesTheEndOfValidityPlusSkewThenTheAssertionExpires() {
    String response = f.alibabaResponse().toBase64();
    f.clock.advance(Duration.ofMinutes(10));

    f.alibabaRejects(response, Reason.EXPIRED);
  }

  @Test
  void whenTheAssertionIsNotYetValidThenItIsRejected() {
    // TI2
    f.alibabaRejects(
        f.alibabaResponse().notBefore(NOW.plus(Duration.ofMinutes(10))).toBase64(),
        Reason.NOT_YET_VALID);
  }

  @Test
  void whenTheAssertionIsIssuedInTheFutureThenItIsRejected() {
    String response =
        f.alibabaResponse()
            .issueInstant(NOW.plus(Duration.ofMinutes(10)))
            .notBefore(NOW)
            .toBase64();

    f.alibabaRejects(response, Reason.NOT_YET_VALID);
  }

  @Test
  void whenTheLoginSessionHasEndedThenTheAssertionIsRejected() {
    String response =
        f.alibabaResponse().sessionNotOnOrAfter(NOW.minus(Duration.ofMinutes(10))).toBase64();

    f.alibabaRejects(response, Reason.EXPIRED);
  }

  @Test
  void whenOnlyTheBearerConfirmationHasExpiredThenTheAssertionIsRejected() {
    String response =
        f.alibabaResponse()
            .editAssertion(
                a ->
                    a.getSubject()
                        .getSubjectConfirmations()
                        .get(0)
                        .getSubjectConfirmationData()
                        .setNotOnOrAfter(NOW.minus(Duration.ofMinutes(10))))
            .toBase64();

    f.alibabaRejects(response, Reason.EXPIRED);
  }

  @Test
  void whenThereAreNoConditionsThenTheAssertionIsRejected() {
    f.alibabaRejects(
        f.alibabaResponse().editAssertion(a -> a.setConditions(null)).toBase64(),
        Reason.MISSING_CONDITIONS);
  }

  @Test
  void whenTheConditionsHaveNoEndThenTheAssertionIsRejected() {
    f.alibabaRejects(
        f.alibabaResponse().editAssertion(a -> a.getConditions().setNotOnOrAfter(null)).toBase64(),
        Reason.MISSING_CONDITIONS);
  }

  @Test
  void whenAConditionIsNotUnderstoodThenTheAssertionIsRejected() {
    String response =
        f.alibabaResponse()
            .editAssertion(
                a ->
                    a.getConditions()
                        .getConditions()
                        .add(OpenSaml.build(ProxyRestriction.DEFAULT_ELEMENT_NAME)))
            .toBase64();

    f.alibabaRejects(response, Reason.UNSUPPORTED_CONDITION);
  }

  // ---- S5: audience, recipient, confirmation ---------------------------------------------------

  @Test
  void whenTheAudienceIsAnotherSpThenTheAssertionIsRejected() {
    // AU1
    f.alibabaRejects(
        f.alibabaResponse().audiences("https://sp.example").toBase64(), Reason.WRONG_AUDIENCE);
    f.tencentRejects(
        f.tencentResponse().audiences("urn:alibaba:cloudcomputing").toBase64(),
        Reason.WRONG_AUDIENCE);
  }

  @Test
  void whenThereIsNoAudienceRestrictionThenTheAssertionIsRejected() {
    f.alibabaRejects(f.alibabaResponse().audiences().toBase64(), Reason.WRONG_AUDIENCE);
  }

  @Test
  void whenTheRecipientIsAnotherEndpointThenTheAssertionIsRejected() {
    // RC1; the API examples' upper-case ".../SSO" is not the documented value (UNCONFIRMED).
    f.alibabaRejects(
        f.alibabaResponse().recipient("https://sp.example/acs").toBase64(), Reason.WRONG_RECIPIENT);
    f.alibabaRejects(
        f.alibabaResponse()
            .recipient("https://signin.aliyun.com/saml-role/SSO")
            .destination(null)
            .toBase64(),
        Reason.WRONG_RECIPIENT);
  }

  @Test
  void whenTheRecipientIsMissingThenTheAssertionIsRejected() {
    // RC2
    f.alibabaRejects(f.alibabaResponse().recipient(null).toBase64(), Reason.WRONG_RECIPIENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key",
        "urn:oasis:names:tc:SAML:2.0:cm:sender-vouches"
      })
  void whenTheConfirmationIsNotBearerThenTheAssertionIsRejected(String method) {
    // SC1, SC2
    String response =
        f.alibabaResponse()
            .editAssertion(a -> a.getSubject().getSubjectConfirmations().get(0).setMethod(method))
            .toBase64();

    f.alibabaRejects(response, Reason.NO_BEARER_CONFIRMATION);
  }

  @Test
  void whenThereIsNoSubjectConfirmationThenTheAssertionIsRejected() {
    // SC3: OpenSAML alone returns VALID here.
    String response =
        f.alibabaResponse()
            .editAssertion(a -> a.getSubject().getSubjectConfirmations().clear())
            .toBase64();

    f.alibabaRejects(response, Reason.NO_BEARER_CONFIRMATION);
  }

  @Test
  void whenThereAreTwoSubjectConfirmationsThenTheAssertionIsRejected() {
    String response =
        f.alibabaResponse()
            .editAssertion(
                a -> {
                  SubjectConfirmation extra =
                      OpenSaml.build(SubjectConfirmation.DEFAULT_ELEMENT_NAME);
                  extra.setMethod(SubjectConfirmation.METHOD_BEARER);
                  a.getSubject().getSubjectConfirmations().add(extra);
                })
            .toBase64();

    f.alibabaRejects(response, Reason.NO_BEARER_CONFIRMATION);
  }

  @Test
  void whenTheBearerDataHasNoEndThenTheAssertionIsRejected() {
    String response =
        f.alibabaResponse()
            .editAssertion(
                a ->
                    a.getSubject()
                        .getSubjectConfirmations()
                        .get(0)
                        .getSubjectConfirmationData()
                        .setNotOnOrAfter(null))
            .toBase64();

    f.alibabaRejects(response, Reason.NO_BEARER_CONFIRMATION);
  }

  @Test
  void whenTheBearerDataAnswersARequestThenTheUnsolicitedFlowRejectsIt() {
    String response =
        f.alibabaResponse()
            .editAssertion(
                a ->
                    a.getSubject()
                        .getSubjectConfirmations()
                        .get(0)
                        .getSubjectConfirmationData()
                        .setInResponseTo("_request"))
            .toBase64();

    f.alibabaRejects(response, Reason.UNEXPECTED_IN_RESPONSE_TO);
  }

  @Test
  void whenTheSubjectHasNoNameIdThenTheAssertionIsRejected() {
    f.alibabaRejects(
        f.alibabaResponse().editAssertion(a -> a.getSubject().setNameID(null)).toBase64(),
        Reason.MISSING_SUBJECT);
  }

  @Test
  void whenThereIsNoSubjectThenTheAssertionIsRejected() {
    f.alibabaRejects(
        f.alibabaResponse().editAssertion(a -> a.setSubject(null)).toBase64(),
        Reason.MISSING_SUBJECT);
  }

  @Test
  void whenTheAssertionVersionIsNotTwoThenItIsRejected() {
    f.alibabaRejects(
        f.alibabaResponse().editAssertion(a -> a.setVersion(SAMLVersion.VERSION_11)).toBase64(),
        Reason.NOT_A_RESPONSE);
  }

  // ---- S7: attributes -------------------------------------------------------------------------

  @Test
  void whenThereIsNoRoleAttributeThenTheAssertionIsRejected() {
    String response =
        f.alibabaResponse().withoutAttribute(SamlProfile.alibaba().roleAttribute()).toBase64();

    f.alibabaRejects(response, Reason.MISSING_ROLE_ATTRIBUTE);
  }

  @Test
  void whenTheRoleAttributeIsTencentsThenAlibabaFindsNoRole() {
    String response =
        f.idp
            .response("alibaba")
            .attribute(SamlProfile.tencent().roleAttribute(), ALIBABA_ROLE + "," + ALIBABA_PROVIDER)
            .sessionName("alice")
            .toBase64();

    f.alibabaRejects(response, Reason.MISSING_ROLE_ATTRIBUTE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acs:ram::1234567890123456:role/mock-saml-role",
        "acs:ram::1234567890123456:role/a,acs:ram::1234567890123456:role/b",
        "acs:ram::1234567890123456:saml-provider/a,acs:ram::1234567890123456:saml-provider/b",
        "acs:ram::1:role/a,acs:ram::1:saml-provider/p,acs:ram::1:role/c",
        "acs:ram::1:role/a;acs:ram::1:role/b,acs:ram::1:saml-provider/p"
      })
  void whenAnAlibabaRoleValueIsNotOneRoleAndOneProviderThenTheAssertionIsRejected(String value) {
    String response = f.alibabaResponse().roleValue(value).toBase64();

    f.alibabaRejects(response, Reason.BAD_ROLE_ATTRIBUTE);
  }

  @Test
  void whenTheRequestedRoleIsNotInTheAssertionThenItIsRejected() {
    String response = f.alibabaResponse().toBase64();

    SamlFixture.rejected(
        () ->
            SamlFixture.accepted(
                f.alibaba,
                response,
                f.trusted,
                new RolePair("acs:ram::1234567890123456:role/admin", ALIBABA_PROVIDER)),
        Reason.ROLE_NOT_IN_ASSERTION);
  }

  @Test
  void whenTheRequestedProviderIsNotTheOneOfTheRoleThenItIsRejected() {
    String response = f.alibabaResponse().toBase64();

    SamlFixture.rejected(
        () ->
            SamlFixture.accepted(
                f.alibaba,
                response,
                f.trusted,
                new RolePair(ALIBABA_ROLE, "acs:ram::1234567890123456:saml-provider/other")),
        Reason.ROLE_NOT_IN_ASSERTION);
  }

  @Test
  void whenTencentArnsDifferInCaseThenTheyDoNotMatch() {
    String response =
        f.idp
            .response("tencent")
            .role(TENCENT_ROLE.replace("mock-saml-role", "Mock-SAML-Role"), TENCENT_PROVIDER)
            .sessionName("alice")
            .toBase64();

    f.tencentRejects(response, Reason.ROLE_NOT_IN_ASSERTION);
  }

  @Test
  void whenARejectedRoleCheckFailsThenTheAssertionIsNotConsumed() {
    String response = f.alibabaResponse().toBase64();
    SamlFixture.rejected(
        () ->
            SamlFixture.accepted(
                f.alibaba,
                response,
                f.trusted,
                new RolePair("acs:ram::1234567890123456:role/admin", ALIBABA_PROVIDER)),
        Reason.ROLE_NOT_IN_ASSERTION);

    assertThat(f.alibabaValidates(response).role()).isEqualTo(ALIBABA_PAIR);
  }

  @Test
  void whenTheSessionNameIsMissingThenTheAssertionIsRejected() {
    String response =
        f.alibabaResponse()
            .withoutAttribute(SamlProfile.alibaba().sessionNameAttribute())
            .toBase64();

    f.alibabaRejects(response, Reason.BAD_SESSION_NAME);
    f.tencentRejects(
        f.tencentResponse()
            .withoutAttribute(SamlProfile.tencent().sessionNameAttribute())
            .toBase64(),
        Reason.BAD_SESSION_NAME);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "with space", "名前", "semi;colon", "slash/name"})
  void whenTheAlibabaSessionNameBreaksTheCharacterRuleThenTheAssertionIsRejected(String name) {
    f.alibabaRejects(f.alibabaResponse().sessionName(name).toBase64(), Reason.BAD_SESSION_NAME);
  }

  @Test
  void whenTheSessionNameIsLongerThanTheVendorAllowsThenTheAssertionIsRejected() {
    assertThat(
            f.alibabaValidates(f.alibabaResponse().sessionName("a".repeat(64)).toBase64())
                .sessionName())
        .contains("a".repeat(64));
    f.alibabaRejects(
        f.alibabaResponse().sessionName("a".repeat(65)).toBase64(), Reason.BAD_SESSION_NAME);

    assertThat(
            f.tencentValidates(f.tencentResponse().sessionName("b".repeat(32)).toBase64())
                .sessionName())
        .contains("b".repeat(32));
    f.tencentRejects(
        f.tencentResponse().sessionName("b".repeat(33)).toBase64(), Reason.BAD_SESSION_NAME);
  }

  @Test
  void whenTheSessionNameHasTwoValuesThenTheAssertionIsRejected() {
    String response =
        f.alibabaResponse()
            .attribute(SamlProfile.alibaba().sessionNameAttribute(), "bob")
            .toBase64();

    f.alibabaRejects(response, Reason.BAD_SESSION_NAME);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "899", "43201", "-1", "1.5", ""})
  void whenTheSessionDurationIsNotAnAcceptedNumberThenTheAssertionIsRejected(String seconds) {
    f.alibabaRejects(
        f.alibabaResponse().sessionDuration(seconds).toBase64(), Reason.BAD_SESSION_DURATION);
  }

  @Test
  void whenTheSessionDurationHasTwoValuesThenTheAssertionIsRejected() {
    String name = SamlProfile.alibaba().sessionDurationAttribute().orElseThrow();
    String response = f.alibabaResponse().sessionDuration("900").attribute(name, "1200").toBase64();

    f.alibabaRejects(response, Reason.BAD_SESSION_DURATION);
  }

  @Test
  void whenTheSessionDurationIsAtItsBoundsThenItIsAccepted() {
    assertThat(
            f.alibabaValidates(f.alibabaResponse().sessionDuration("900").toBase64())
                .sessionDurationSeconds())
        .hasValue(900);
    assertThat(
            f.alibabaValidates(f.alibabaResponse().sessionDuration("43200").toBase64())
                .sessionDurationSeconds())
        .hasValue(43_200);
  }

  // ---- S8: replay -----------------------------------------------------------------------------

  @Test
  void whenTheSameResponseIsSubmittedTwiceThenTheSecondIsAReplay() {
    // RP0, RP1
    String response = f.alibabaResponse().toBase64();

    assertThat(f.alibabaValidates(response).role()).isEqualTo(ALIBABA_PAIR);
    f.alibabaRejects(response, Reason.REPLAYED);
  }

  @Test
  void whenANewResponseReusesTheAssertionIdThenItIsAReplay() {
    f.alibabaValidates(f.alibabaResponse().assertionId("_fixed").toBase64());

    f.alibabaRejects(f.alibabaResponse().assertionId("_fixed").toBase64(), Reason.REPLAYED);
  }

  @Test
  void whenAReplayArrivesAfterExpiryThenItIsRejectedAsExpired() {
    String response = f.alibabaResponse().toBase64();
    f.alibabaValidates(response);
    f.clock.advance(Duration.ofMinutes(11));

    f.alibabaRejects(response, Reason.EXPIRED);
  }

  @Test
  void whenTheSameAssertionGoesToTwoVendorsThenEachValidatorRemembersItsOwn() {
    // One replay cache per validator; a shared cache can be passed in.
    AssertionReplayCache shared = new AssertionReplayCache(10);
    SamlValidator first = new SamlValidator(SamlProfile.alibaba(), f.clock, shared);
    SamlValidator second = new SamlValidator(SamlProfile.alibaba(), f.clock, shared);
    String response = f.alibabaResponse().toBase64();

    SamlFixture.accepted(first, response, f.trusted, ALIBABA_PAIR);

    SamlFixture.rejected(
        () -> SamlFixture.accepted(second, response, f.trusted, ALIBABA_PAIR), Reason.REPLAYED);
  }

  @Test
  void whenAnAssertionIsRejectedThenItIsNotRemembered() {
    String expired =
        f.alibabaResponse()
            .assertionId("_later")
            .issueInstant(NOW.minus(Duration.ofMinutes(20)))
            .notOnOrAfter(NOW.minus(Duration.ofMinutes(10)))
            .toBase64();
    f.alibabaRejects(expired, Reason.EXPIRED);

    assertThat(
            f.alibabaValidates(f.alibabaResponse().assertionId("_later").toBase64()).assertionId())
        .isEqualTo("_later");
  }
}
