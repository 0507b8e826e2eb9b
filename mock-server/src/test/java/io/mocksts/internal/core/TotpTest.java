package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The virtual MFA device reproduces RFC 6238's SHA-1 test vectors (six-digit truncation). */
class TotpTest {

  /** "12345678901234567890" in base32, the RFC 6238 Appendix B seed for SHA-1. */
  private static final String RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private static Clock at(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  @Test
  void whenTheRfcSeedIsUsedThenTheRfcCodesResult() {
    // RFC 6238 Appendix B: 94287082, 07081804, 14050471 (last six digits shown by apps)
    assertThat(Totp.currentCode(RFC_SEED, at(59))).isEqualTo("287082");
    assertThat(Totp.currentCode(RFC_SEED, at(1111111109))).isEqualTo("081804");
    assertThat(Totp.currentCode(RFC_SEED, at(1111111111))).isEqualTo("050471");
  }

  @Test
  void whenACodeIsOneStepOldOrAheadThenItIsAcceptedAndTwoStepsAreNot() {
    String code = Totp.currentCode(RFC_SEED, at(1111111109));
    assertThat(Totp.verify(RFC_SEED, code, at(1111111109 + 30))).isTrue();
    assertThat(Totp.verify(RFC_SEED, code, at(1111111109 - 30))).isTrue();
    assertThat(Totp.verify(RFC_SEED, code, at(1111111109 + 60))).isFalse();
  }

  @Test
  void whenTheCodeIsNotSixDigitsThenItIsRefused() {
    assertThat(Totp.verify(RFC_SEED, "28708", at(59))).isFalse();
    assertThat(Totp.verify(RFC_SEED, "2870822", at(59))).isFalse();
    assertThat(Totp.verify(RFC_SEED, null, at(59))).isFalse();
  }

  @Test
  void whenASecretIsNotBase32ThenItIsRecognisedAsSuch() {
    assertThat(Totp.isBase32("JBSWY3DPEHPK3PXP")).isTrue();
    assertThat(Totp.isBase32("jbswy3dp")).isFalse();
    assertThat(Totp.isBase32("ABC1")).isFalse();
  }
}
