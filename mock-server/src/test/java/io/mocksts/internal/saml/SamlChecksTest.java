package io.mocksts.internal.saml;

import static io.mocksts.internal.saml.SamlFixture.ALIBABA_PAIR;
import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.internal.saml.DocumentChecks.SizeIsWithinTheProfile;
import io.mocksts.internal.saml.SamlRejection.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Checks run alone, given what they need (the profile, an instant), with no clock of their own. */
class SamlChecksTest {

  private final SamlFixture f = new SamlFixture();

  @Test
  void whenTheTextIsLongerThanTheProfileAllowsThenSizeIsWithinTheProfileFails() {
    SamlProfile alibaba = SamlProfile.alibaba();
    SizeIsWithinTheProfile check = new SizeIsWithinTheProfile(alibaba);

    assertThat(check.check("A".repeat(alibaba.maxLength() + 1)))
        .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(Reason.TOO_LONG));
    assertThat(check.check("A".repeat(alibaba.minLength() - 1)))
        .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(Reason.TOO_SHORT));
    assertThat(check.check("A".repeat(alibaba.minLength()))).isEmpty();
  }

  @Test
  void whenAnAssertionIsUsedTwiceAtTheGivenInstantThenTheSecondUseIsAReplay() {
    ValidatedAssertion validated =
        (ValidatedAssertion)
            f.alibaba.validate(f.alibabaResponse().toBase64(), f.trusted, ALIBABA_PAIR);
    AssertionReplayCache cache = new AssertionReplayCache();
    Duration skew = SamlProfile.alibaba().clockSkew();
    AssertionIsUsedForTheFirstTime now =
        new AssertionIsUsedForTheFirstTime(cache, skew, SamlFixture.NOW);

    assertThat(now.check(validated)).isEmpty();
    assertThat(now.check(validated))
        .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(Reason.REPLAYED));
  }

  @Test
  void whenTheGivenInstantIsPastTheAssertionsLifeThenItIsUsedForTheFirstTimeAgain() {
    ValidatedAssertion validated =
        (ValidatedAssertion)
            f.alibaba.validate(f.alibabaResponse().toBase64(), f.trusted, ALIBABA_PAIR);
    AssertionReplayCache cache = new AssertionReplayCache();
    Duration skew = SamlProfile.alibaba().clockSkew();
    new AssertionIsUsedForTheFirstTime(cache, skew, SamlFixture.NOW).check(validated);

    AssertionIsUsedForTheFirstTime later =
        new AssertionIsUsedForTheFirstTime(cache, skew, validated.notOnOrAfter().plus(skew));

    assertThat(later.check(validated)).isEmpty();
  }
}
