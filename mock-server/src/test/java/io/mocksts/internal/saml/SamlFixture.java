package io.mocksts.internal.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mocksts.idp.SamlResponseBuilder;
import io.mocksts.idp.TestIdp;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.saml.SamlRejection.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The test IdP, both vendors' validators on one movable clock, and the default world's ARNs. One
 * instance per test, so replay caches never leak between tests.
 */
final class SamlFixture {

  static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

  static final String ALIBABA_ROLE = "acs:ram::1234567890123456:role/mock-saml-role";
  static final String ALIBABA_PROVIDER = "acs:ram::1234567890123456:saml-provider/mock-idp";
  static final RolePair ALIBABA_PAIR = new RolePair(ALIBABA_ROLE, ALIBABA_PROVIDER);

  static final String TENCENT_ROLE = "qcs::cam::uin/100000000001:roleName/mock-saml-role";
  static final String TENCENT_PROVIDER = "qcs::cam::uin/100000000001:saml-provider/mock-idp";
  static final RolePair TENCENT_PAIR = new RolePair(TENCENT_ROLE, TENCENT_PROVIDER);

  /** The second SAML provider of the default world, with its own IdP key, and its role. */
  static final RolePair ALIBABA_SECOND_PAIR =
      new RolePair(
          "acs:ram::1234567890123456:role/mock-second-saml-role",
          "acs:ram::1234567890123456:saml-provider/mock-second-idp");

  static final RolePair TENCENT_SECOND_PAIR =
      new RolePair(
          "qcs::cam::uin/100000000001:roleName/mock-second-saml-role",
          "qcs::cam::uin/100000000001:saml-provider/mock-second-idp");

  final MutableClock clock = new MutableClock(Clock.fixed(NOW, ZoneOffset.UTC));
  final TestIdp idp = TestIdp.bundled(clock);
  final TestIdp attacker = AttackerKeys.idp(clock);
  final TestIdp second = TestIdp.second(clock);

  /** What the STS registered: read from the bundled metadata file, as the world will. */
  final TrustedIdp trusted = IdpMetadata.parse(TestIdp.bundledFile("idp-metadata.xml"));

  /** The second provider's registered metadata. */
  final TrustedIdp secondTrusted =
      IdpMetadata.parse(TestIdp.bundledFile("second-idp-metadata.xml"));

  final SamlValidator alibaba = new SamlValidator(SamlProfile.alibaba(), clock);
  final SamlValidator tencent = new SamlValidator(SamlProfile.tencent(), clock);

  SamlResponseBuilder alibabaResponse() {
    return idp.response("alibaba").role(ALIBABA_ROLE, ALIBABA_PROVIDER).sessionName("alice");
  }

  SamlResponseBuilder tencentResponse() {
    return idp.response("tencent").role(TENCENT_ROLE, TENCENT_PROVIDER).sessionName("alice");
  }

  ValidatedAssertion alibabaValidates(String samlAssertion) {
    return accepted(alibaba, samlAssertion, trusted, ALIBABA_PAIR);
  }

  ValidatedAssertion tencentValidates(String samlAssertion) {
    return accepted(tencent, samlAssertion, trusted, TENCENT_PAIR);
  }

  /**
   * Both phases, as an action without rules of its own runs them: {@link SamlValidator#validate},
   * then {@link SamlValidator#recordAgainstReplay}. A rejection of either is thrown, so that tests
   * can assert on it with {@code assertThatThrownBy}.
   */
  static ValidatedAssertion accepted(
      SamlValidator validator, String samlAssertion, TrustedIdp idp, RolePair requested) {
    SamlResult result = validator.validate(samlAssertion, idp, requested);
    if (result instanceof ValidatedAssertion validated) {
      result = validator.recordAgainstReplay(validated);
    }
    if (result instanceof SamlRejection rejection) {
      throw rejection;
    }
    return (ValidatedAssertion) result;
  }

  void alibabaRejects(String samlAssertion, Reason reason) {
    rejected(() -> alibabaValidates(samlAssertion), reason);
  }

  void tencentRejects(String samlAssertion, Reason reason) {
    rejected(() -> tencentValidates(samlAssertion), reason);
  }

  static void rejected(ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SamlRejection.class, r -> assertThat(r.reason()).as(r.getMessage()).isEqualTo(reason));
  }
}
