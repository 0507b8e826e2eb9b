package io.mocksts.kit.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MfaDeviceTest {

  // RFC 6238 Appendix B, SHA-1 seed "12345678901234567890": the 8-digit codes 94287082 (T=59),
  // 07081804 (T=1111111109) and 89005924 (T=1234567890); a 6-digit device shows their last six.
  private final MfaDevice rfc =
      MfaDevice.ofBytes("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @Test
  void whenRfc6238VectorsThenTheLastSixDigitsMatch() {
    assertThat(rfc.codeAt(Instant.ofEpochSecond(59))).isEqualTo("287082");
    assertThat(rfc.codeAt(Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    assertThat(rfc.codeAt(Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
  }

  @Test
  void whenBase32SecretThenItDecodesToTheSameKey() {
    // "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" is base32 of "12345678901234567890".
    MfaDevice device = MfaDevice.ofBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(device.codeAt(Instant.ofEpochSecond(59))).isEqualTo("287082");
  }

  @Test
  void whenAWrongCodeIsAskedForThenItIsNoneOfTheToleratedCodes() {
    MfaDevice device = MfaDevice.ofBase32("JBSWY3DPEHPK3PXP");
    Instant now = Instant.parse("2026-01-01T00:00:15Z");
    String wrong = device.wrongCodeAt(now);

    assertThat(wrong)
        .matches("[0-9]{6}")
        .isNotEqualTo(device.codeAt(now))
        .isNotEqualTo(device.codeAt(now.minusSeconds(30)))
        .isNotEqualTo(device.codeAt(now.plusSeconds(30)));
  }
}
