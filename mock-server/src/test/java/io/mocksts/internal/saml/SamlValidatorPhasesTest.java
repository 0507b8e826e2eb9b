package io.mocksts.internal.saml;

import static io.mocksts.internal.saml.SamlFixture.ALIBABA_PAIR;
import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two phases of acceptance: validate (S0-S7, records nothing), then record (S8). */
class SamlValidatorPhasesTest {

  private final SamlFixture f = new SamlFixture();

  @Test
  void whenAnAssertionIsOnlyValidatedThenItIsNotUsedYet() {
    String response = f.alibabaResponse().toBase64();

    assertThat(f.alibaba.validate(response, f.trusted, ALIBABA_PAIR))
        .isInstanceOf(ValidatedAssertion.class);
    assertThat(f.alibaba.validate(response, f.trusted, ALIBABA_PAIR))
        .isInstanceOf(ValidatedAssertion.class);
  }

  @Test
  void whenAValidatedAssertionIsRecordedThenItIsAnsweredAgain() {
    SamlResult validated =
        f.alibaba.validate(f.alibabaResponse().toBase64(), f.trusted, ALIBABA_PAIR);

    assertThat(f.alibaba.recordAgainstReplay((ValidatedAssertion) validated)).isEqualTo(validated);
  }

  @Test
  void whenAnAssertionIsRecordedTwiceThenTheSecondIsAReplay() {
    String response = f.alibabaResponse().toBase64();
    ValidatedAssertion first =
        (ValidatedAssertion) f.alibaba.validate(response, f.trusted, ALIBABA_PAIR);
    f.alibaba.recordAgainstReplay(first);
    ValidatedAssertion again =
        (ValidatedAssertion) f.alibaba.validate(response, f.trusted, ALIBABA_PAIR);

    assertThat(f.alibaba.recordAgainstReplay(again))
        .isInstanceOfSatisfying(
            SamlRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.REPLAYED));
  }

  @Test
  void whenAnAssertionIsRefusedThenTheRejectionIsAnsweredNotThrown() {
    SamlResult result = f.alibaba.validate("not base64!", f.trusted, ALIBABA_PAIR);

    assertThat(result)
        .isInstanceOfSatisfying(
            SamlRejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.NOT_BASE64));
  }

  @Test
  void whenACheckFailsThenTheChecksAfterItDoNotRun() {
    List<String> ran = new ArrayList<>();
    SamlCheck<String> passes =
        input -> {
          ran.add("passes");
          return SamlCheck.pass();
        };
    SamlCheck<String> fails =
        input -> {
          ran.add("fails");
          return SamlCheck.fail(Reason.MALFORMED_SAML, "first failure");
        };
    SamlCheck<String> later =
        input -> {
          ran.add("later");
          return SamlCheck.fail(Reason.EXPIRED, "never reached");
        };

    assertThat(SamlCheck.firstFailure("input", List.of(passes, fails, later)))
        .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(Reason.MALFORMED_SAML));
    assertThat(ran).containsExactly("passes", "fails");
  }
}
