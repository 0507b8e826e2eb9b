package io.mocksts.internal.saml;

import static io.mocksts.internal.saml.SamlFixture.ALIBABA_PAIR;
import static io.mocksts.internal.saml.SamlFixture.ALIBABA_PROVIDER;
import static io.mocksts.internal.saml.SamlFixture.ALIBABA_ROLE;
import static io.mocksts.internal.saml.SamlFixture.NOW;
import static io.mocksts.internal.saml.SamlFixture.TENCENT_PROVIDER;
import static io.mocksts.internal.saml.SamlFixture.TENCENT_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.idp.SamlResponseBuilder.Signing;
import io.mocksts.idp.TestIdp;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Responses the validator must accept, and what it reads from them. */
class SamlValidatorAcceptanceTest {

  private final SamlFixture f = new SamlFixture();

  @Test
  void whenAnAlibabaResponseIsValidThenEveryFieldIsRead() {
    String response =
        f.alibabaResponse()
            .role("acs:ram::1234567890123456:role/other-role", ALIBABA_PROVIDER)
            .sessionDuration("1800")
            .sessionNotOnOrAfter(NOW.plus(Duration.ofHours(1)))
            .attribute("urn:example:department", "finance")
            .attribute("urn:example:department", "audit")
            .nameId("alice@example.com")
            .responseId("_r1")
            .assertionId("_a1")
            .toBase64();

    ValidatedAssertion v = f.alibabaValidates(response);

    assertThat(v.issuer()).isEqualTo(TestIdp.ENTITY_ID);
    assertThat(v.nameId()).isEqualTo("alice@example.com");
    assertThat(v.nameIdFormat()).isEqualTo("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
    assertThat(v.responseId()).isEqualTo("_r1");
    assertThat(v.assertionId()).isEqualTo("_a1");
    assertThat(v.issueInstant()).isEqualTo(NOW);
    assertThat(v.notBefore()).contains(NOW.minus(Duration.ofMinutes(1)));
    assertThat(v.notOnOrAfter()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(v.sessionNotOnOrAfter()).contains(NOW.plus(Duration.ofHours(1)));
    assertThat(v.authnInstant()).contains(NOW);
    assertThat(v.recipient()).isEqualTo("https://signin.aliyun.com/saml-role/sso");
    assertThat(v.destination()).contains("https://signin.aliyun.com/saml-role/sso");
    assertThat(v.audiences()).containsExactly("urn:alibaba:cloudcomputing");
    assertThat(v.rolePairs())
        .containsExactly(
            ALIBABA_PAIR,
            new RolePair("acs:ram::1234567890123456:role/other-role", ALIBABA_PROVIDER));
    assertThat(v.role()).isEqualTo(ALIBABA_PAIR);
    assertThat(v.sessionName()).contains("alice");
    assertThat(v.sessionDurationSeconds()).hasValue(1800);
    assertThat(v.attributes())
        .containsEntry("urn:example:department", List.of("finance", "audit"))
        .containsEntry(
            "https://www.aliyun.com/SAML-Role/Attributes/RoleSessionName", List.of("alice"));
    assertThat(v.responseSigned()).isFalse();
    assertThat(v.assertionSigned()).isTrue();
  }

  @Test
  void whenATencentResponseListsSeveralRolesInOneValueThenEachIsAPairOfTheProvider() {
    String second = "qcs::cam::uin/100000000001:roleName/second-role";
    String response =
        f.idp
            .response("tencent")
            .roleValue(TENCENT_ROLE + ";" + second + "," + TENCENT_PROVIDER)
            .sessionName("bob.smith@example.com")
            .toBase64();

    ValidatedAssertion v =
        SamlFixture.accepted(
            f.tencent, response, f.trusted, new RolePair(second, TENCENT_PROVIDER));

    assertThat(v.rolePairs())
        .containsExactly(
            new RolePair(TENCENT_ROLE, TENCENT_PROVIDER), new RolePair(second, TENCENT_PROVIDER));
    assertThat(v.role()).isEqualTo(new RolePair(second, TENCENT_PROVIDER));
    assertThat(v.sessionName()).contains("bob.smith@example.com");
    assertThat(v.sessionDurationSeconds()).isEmpty();
    assertThat(v.audiences()).containsExactly("https://cloud.tencent.com");
    assertThat(v.recipient()).isEqualTo("https://cloud.tencent.com/login/saml");
  }

  @Test
  void whenEveryPublishedTencentAudienceIsUsedThenEachIsAccepted() {
    for (String audience : SamlProfile.tencent().audiences()) {
      assertThat(f.tencentValidates(f.tencentResponse().audiences(audience).toBase64()).audiences())
          .containsExactly(audience);
    }
  }

  @Test
  void whenTheInternationalAlibabaEndpointsAreUsedThenTheyAreAccepted() {
    String acs = "https://signin.alibabacloud.com/saml-role/sso";
    String response =
        f.alibabaResponse()
            .audiences("urn:alibaba:cloudcomputing:international")
            .recipient(acs)
            .destination(acs)
            .toBase64();

    assertThat(f.alibabaValidates(response).recipient()).isEqualTo(acs);
  }

  @Test
  void whenTheAudienceRestrictionAlsoNamesOtherSpsThenItIsAccepted() {
    String response =
        f.alibabaResponse()
            .audiences("https://other.example", "urn:alibaba:cloudcomputing")
            .toBase64();

    assertThat(f.alibabaValidates(response).audiences())
        .containsExactly("https://other.example", "urn:alibaba:cloudcomputing");
  }

  @Test
  void whenBothTheResponseAndTheAssertionAreSignedThenBothAreVerified() {
    ValidatedAssertion v = f.alibabaValidates(f.alibabaResponse().sign(Signing.BOTH).toBase64());

    assertThat(v.responseSigned()).isTrue();
    assertThat(v.assertionSigned()).isTrue();
  }

  @Test
  void whenOnlyTheResponseIsSignedThenTencentAcceptsIt() {
    ValidatedAssertion v =
        f.tencentValidates(f.tencentResponse().sign(Signing.RESPONSE).toBase64());

    assertThat(v.responseSigned()).isTrue();
    assertThat(v.assertionSigned()).isFalse();
  }

  @Test
  void whenTheResponseIsUnsignedAroundASignedAssertionThenTheUnsignedPartsAreStillChecked() {
    // The Destination of an unsigned Response is attacker-controlled, but still has to be right.
    ValidatedAssertion v = f.alibabaValidates(f.alibabaResponse().destination(null).toBase64());

    assertThat(v.destination()).isEmpty();
  }

  @Test
  void whenTheKeyInfoIsSwappedToTheAttackerCertificateThenTheTrustedSignatureStillCounts() {
    // KI3: KeyInfo is not signed and must be ignored; only the metadata key verifies.
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    Element attackerCertificate =
        Forge.of(f.attacker.response("alibaba").toXml()).first(Forge.DS, "X509Certificate");
    Element certificate = forge.first(Forge.DS, "X509Certificate");
    certificate.setTextContent(attackerCertificate.getTextContent());

    assertThat(f.alibabaValidates(forge.base64()).assertionSigned()).isTrue();
  }

  @Test
  void whenACommentSplitsTheSignedNameIdThenTheWholeValueIsRead() {
    // CI1 (Duo 2018): the comment is not signed; a reader of the first text node would see
    // "victim@example.test". OpenSAML's parser drops comments and coalesces text.
    Forge forge = Forge.of(f.alibabaResponse().nameId("victim@example.test.evil.test").toXml());
    Element nameId = forge.first(Forge.SAML, "NameID");
    nameId.setTextContent("");
    nameId.appendChild(forge.document.createTextNode("victim@example.test"));
    nameId.appendChild(forge.document.createComment(""));
    nameId.appendChild(forge.document.createTextNode(".evil.test"));

    assertThat(forge.xml()).contains("victim@example.test<!---->.evil.test");
    assertThat(f.alibabaValidates(forge.base64()).nameId())
        .isEqualTo("victim@example.test.evil.test");
  }

  @Test
  void whenTheAssertionExpiredInsideTheClockSkewThenItIsAccepted() {
    // TI3: expired two minutes ago, skew five minutes.
    String response = f.alibabaResponse().notOnOrAfter(NOW.minus(Duration.ofMinutes(2))).toBase64();

    assertThat(f.alibabaValidates(response).notOnOrAfter())
        .isEqualTo(NOW.minus(Duration.ofMinutes(2)));
  }

  @Test
  void whenTheClockLagsBehindNotBeforeByLessThanTheSkewThenItIsAccepted() {
    Instant soon = NOW.plus(Duration.ofMinutes(4));
    String response = f.alibabaResponse().issueInstant(soon).notBefore(soon).toBase64();

    assertThat(f.alibabaValidates(response).notBefore()).contains(soon);
  }

  @Test
  void whenEveryRecommendedRsaAlgorithmIsUsedThenEachVerifies() {
    for (SignatureAlgorithm algorithm :
        EnumSet.of(
            SignatureAlgorithm.RSA_SHA256,
            SignatureAlgorithm.RSA_SHA384,
            SignatureAlgorithm.RSA_SHA512)) {
      assertThat(
              f.alibabaValidates(f.alibabaResponse().algorithm(algorithm.cliName()).toBase64())
                  .assertionSigned())
          .isTrue();
    }
  }

  @Test
  void whenTheIdpSignsWithEcdsaThenEachRecommendedEcdsaAlgorithmVerifies() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    X500Name name = new X500Name("CN=mock-sts ECDSA test IdP");
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        name,
                        BigInteger.ONE,
                        Date.from(NOW.minus(Duration.ofDays(1))),
                        Date.from(NOW.plus(Duration.ofDays(365))),
                        name,
                        pair.getPublic())
                    .build(
                        new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    TestIdp ecIdp = new TestIdp(TestIdp.ENTITY_ID, pair.getPrivate(), certificate, f.clock);

    for (SignatureAlgorithm algorithm :
        EnumSet.of(
            SignatureAlgorithm.ECDSA_SHA256,
            SignatureAlgorithm.ECDSA_SHA384,
            SignatureAlgorithm.ECDSA_SHA512)) {
      String response =
          ecIdp
              .response("alibaba")
              .role(ALIBABA_ROLE, ALIBABA_PROVIDER)
              .sessionName("alice")
              .algorithm(algorithm.cliName())
              .toBase64();

      assertThat(
              SamlFixture.accepted(
                      f.alibaba,
                      response,
                      new TrustedIdp(ecIdp.entityId(), java.util.List.of(ecIdp.certificate())),
                      ALIBABA_PAIR)
                  .assertionSigned())
          .as(algorithm.cliName())
          .isTrue();
    }
  }

  @Test
  void whenAProfileAdmitsRsaSha1ThenAnRsaSha1SignatureVerifies() {
    Set<SignatureAlgorithm> withSha1 = EnumSet.of(SignatureAlgorithm.RSA_SHA1);
    withSha1.addAll(SamlProfile.SHA2_ALGORITHMS);
    SamlValidator lenient =
        new SamlValidator(SamlProfile.alibaba().withSignatureAlgorithms(withSha1), f.clock);

    String response = f.alibabaResponse().algorithm("rsa-sha1").toBase64();

    assertThat(SamlFixture.accepted(lenient, response, f.trusted, ALIBABA_PAIR).assertionSigned())
        .isTrue();
  }

  @Test
  void whenAttributeValuesCarryNoXsiTypeThenTheirTextIsRead() {
    // xmlsec1/ADFS-style untyped values unmarshal to XSAny (OpenSAML validation,
    // https://wiki.shibboleth.net/confluence/display/OS30/Initialization+and+Configuration).
    String response = f.alibabaResponse().untypedValues().toBase64();

    ValidatedAssertion v = f.alibabaValidates(response);

    assertThat(v.role()).isEqualTo(ALIBABA_PAIR);
    assertThat(v.sessionName()).contains("alice");
  }

  @Test
  void whenAlibabaRoleNamesDifferOnlyInCaseThenTheyMatch() {
    // Alibaba role names are case-insensitive (fixtures/README.md; Alibaba RAM roles and trust
    // policies,
    // https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/RAM%20Role%20Management/Edit%20the%20trust%20policy%20of%20a%20RAM%20role.md).
    String mixedCase = "acs:ram::1234567890123456:role/Mock-SAML-Role";
    String response =
        f.idp.response("alibaba").role(mixedCase, ALIBABA_PROVIDER).sessionName("alice").toBase64();

    assertThat(f.alibabaValidates(response).role().roleArn()).isEqualTo(mixedCase);
  }

  @Test
  void whenTheAlibabaPairIsWrittenProviderFirstThenItStillMatches() {
    String response =
        f.idp
            .response("alibaba")
            .roleValue(ALIBABA_PROVIDER + "," + ALIBABA_ROLE)
            .sessionName("alice")
            .toBase64();

    assertThat(f.alibabaValidates(response).role()).isEqualTo(ALIBABA_PAIR);
  }

  @Test
  void whenTheClockIsMovedThenValidationFollowsTheInjectedClock() {
    // Minted at NOW, checked an hour later by a moved clock: only the injected clock counts.
    String response = f.alibabaResponse().validFor(Duration.ofHours(2)).toBase64();
    f.clock.advance(Duration.ofHours(1));

    assertThat(f.alibabaValidates(response).issueInstant()).isEqualTo(NOW);
  }
}
