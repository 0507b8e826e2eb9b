package io.mocksts.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.AttackerKeys;
import io.mocksts.internal.saml.IdpMetadata;
import io.mocksts.internal.saml.RolePair;
import io.mocksts.internal.saml.SamlProfile;
import io.mocksts.internal.saml.SamlValidator;
import io.mocksts.internal.saml.TrustedIdp;
import io.mocksts.internal.saml.ValidatedAssertion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test IdP's subcommands {@code saml-response} and {@code idp-metadata}. */
class SamlCommandsTest {

  private static final String ALIBABA_ROLE = "acs:ram::1234567890123456:role/mock-saml-role";
  private static final String ALIBABA_PROVIDER = "acs:ram::1234567890123456:saml-provider/mock-idp";
  private static final String TENCENT_ROLE = "qcs::cam::uin/100000000001:roleName/mock-saml-role";
  private static final String TENCENT_PROVIDER =
      "qcs::cam::uin/100000000001:saml-provider/mock-idp";

  private final TrustedIdp trusted = IdpMetadata.parse(TestIdp.bundledFile("idp-metadata.xml"));
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private List<String> lines() {
    return Arrays.asList(out.toString().split("\n"));
  }

  @Test
  void whenAnAlibabaResponseIsPrintedThenTheAlibabaValidatorAcceptsIt() {
    int exit =
        run(
            "saml-response",
            "--vendor",
            "alibaba",
            "--role",
            ALIBABA_ROLE,
            "--provider",
            ALIBABA_PROVIDER,
            "--session-name",
            "alice",
            "--session-duration",
            "1800");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(lines()).hasSize(1);
    ValidatedAssertion v =
        (ValidatedAssertion)
            new SamlValidator(SamlProfile.alibaba(), Clock.systemUTC())
                .validate(lines().get(0), trusted, new RolePair(ALIBABA_ROLE, ALIBABA_PROVIDER));
    assertThat(v.sessionName()).contains("alice");
    assertThat(v.sessionDurationSeconds()).hasValue(1800);
    assertThat(v.issuer()).isEqualTo(TestIdp.ENTITY_ID);
  }

  @Test
  void whenCountIsThreeThenThreeDistinctValidResponsesArePrinted() {
    int exit =
        run(
            "saml-response",
            "--vendor",
            "tencent",
            "--role",
            TENCENT_ROLE,
            "--provider",
            TENCENT_PROVIDER,
            "--session-name",
            "load",
            "--count",
            "3");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(lines()).hasSize(3).doesNotHaveDuplicates();
    SamlValidator tencent = new SamlValidator(SamlProfile.tencent(), Clock.systemUTC());
    for (String line : lines()) {
      assertThat(tencent.validate(line, trusted, new RolePair(TENCENT_ROLE, TENCENT_PROVIDER)))
          .isInstanceOf(ValidatedAssertion.class);
    }
  }

  @Test
  void whenEveryOptionIsGivenThenTheResponseCarriesIt() {
    Instant end = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
    String second = "qcs::cam::uin/100000000001:roleName/second";
    int exit =
        run(
            "saml-response",
            "--vendor=tencent",
            "--role=" + TENCENT_ROLE,
            "--provider=" + TENCENT_PROVIDER,
            "--session-name=bob",
            "--extra-role=" + second + "," + TENCENT_PROVIDER,
            "--attribute=urn:example:team=blue",
            "--attribute=urn:example:team=green",
            "--name-id=bob@example.com",
            "--audience=cloud.tencent.com",
            "--recipient=https://intl.cloud.tencent.com/login/saml",
            "--destination=https://intl.cloud.tencent.com/login/saml",
            "--not-on-or-after=" + end,
            "--sign=BOTH",
            "--algorithm=rsa-sha512");

    assertThat(exit).as(err.toString()).isZero();
    ValidatedAssertion v =
        (ValidatedAssertion)
            new SamlValidator(SamlProfile.tencent(), Clock.systemUTC())
                .validate(lines().get(0), trusted, new RolePair(second, TENCENT_PROVIDER));
    assertThat(v.nameId()).isEqualTo("bob@example.com");
    assertThat(v.attributes().get("urn:example:team")).containsExactly("blue", "green");
    assertThat(v.audiences()).containsExactly("cloud.tencent.com");
    assertThat(v.recipient()).isEqualTo("https://intl.cloud.tencent.com/login/saml");
    assertThat(v.notOnOrAfter()).isEqualTo(end);
    assertThat(v.responseSigned()).isTrue();
    assertThat(v.assertionSigned()).isTrue();
    String xml = new String(Base64.getDecoder().decode(lines().get(0)), StandardCharsets.UTF_8);
    assertThat(xml).contains("xmldsig-more#rsa-sha512");
  }

  @Test
  void whenAnotherKeyIsGivenThenItSignsUnderTheGivenIssuer() {
    int exit =
        run(
            "saml-response",
            "--vendor=alibaba",
            "--role=" + ALIBABA_ROLE,
            "--provider=" + ALIBABA_PROVIDER,
            "--key=" + Path.of("../fixtures/idp/attacker-key.pem"),
            "--cert=" + Path.of("../fixtures/idp/attacker-cert.pem"),
            "--issuer=https://attacker.example",
            "--xml");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("<?xml").contains(">https://attacker.example<");
  }

  @Test
  void whenTheSessionDurationIsGivenForTencentThenTheCommandFails() {
    int exit =
        run(
            "saml-response",
            "--vendor=tencent",
            "--role=" + TENCENT_ROLE,
            "--provider=" + TENCENT_PROVIDER,
            "--session-duration=900");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("session-duration");
  }

  @Test
  void whenTheVendorIsUnknownOrTheRoleMissingThenTheCommandFails() {
    assertThat(run("saml-response", "--vendor=aws", "--role=r", "--provider=p")).isEqualTo(2);
    assertThat(run("saml-response", "--vendor=alibaba", "--provider=p")).isEqualTo(2);
    assertThat(err.toString()).contains("--role");
  }

  @Test
  void whenIdpMetadataIsPrintedThenItIsTheBundledMetadata() {
    int exit = run("idp-metadata");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).isEqualTo(TestIdp.bundledFile("idp-metadata.xml"));
  }

  @Test
  void whenIdpMetadataIsPrintedForAnotherCertificateThenItTrustsThatCertificate() {
    int exit =
        run(
            "idp-metadata",
            "--cert=../fixtures/idp/attacker-cert.pem",
            "--entity-id=https://attacker.example");

    assertThat(exit).as(err.toString()).isZero();
    TrustedIdp parsed = IdpMetadata.parse(out.toString());
    assertThat(parsed.entityId()).isEqualTo("https://attacker.example");
    assertThat(parsed.signingCertificates())
        .containsExactly(AttackerKeys.idp(Clock.systemUTC()).certificate());
  }
}
