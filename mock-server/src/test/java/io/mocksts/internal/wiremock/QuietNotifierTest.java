package io.mocksts.internal.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietNotifierTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "query Signature | GET /?Action=AssumeRole&Signature=gNI7b0AyKZHxDgjBGPDgJ1Ce3L4%3D&Version=1"
            + " | GET /?Action=AssumeRole&Signature=***&Version=1",
        "query SecurityToken | GET /?SecurityToken=CAISabc.def&Format=JSON"
            + " | GET /?SecurityToken=***&Format=JSON",
        "Authorization header, V3 | Authorization: ACS3-HMAC-SHA256 Credential=LTAI5tX,"
            + "SignedHeaders=host;x-acs-date,Signature=0a1b2c3d4e"
            + " | Authorization: ***",
        "Authorization header, Basic | Authorization: Basic dXNlcjpwYXNz | Authorization: ***",
        "XML secret and token | <AccessKeySecret>s3cr3t</AccessKeySecret><SecurityToken>CAIS1</SecurityToken>"
            + " | <AccessKeySecret>***</AccessKeySecret><SecurityToken>***</SecurityToken>",
        "JSON AccessKeySecret | {\"AccessKeyId\":\"STS.abc\",\"AccessKeySecret\":\"s3cr3t/+x\"}"
            + " | {\"AccessKeyId\":\"STS.abc\",\"AccessKeySecret\":\"***\"}",
        "JSON AccessKeySecret with spaces | {\"AccessKeySecret\" : \"s3cr3t\", \"x\": 1}"
            + " | {\"AccessKeySecret\" : \"***\", \"x\": 1}",
        "JSON SecurityToken | {\"SecurityToken\":\"CAIS123\"} | {\"SecurityToken\":\"***\"}",
        "security token header | x-acs-security-token: CAIS123 | x-acs-security-token: ***",
        "Tencent token header | X-TC-Token: abc | X-TC-Token: ***",
        "Tencent SecretKey | SecretKey=abc&SecretId=AKID1 | SecretKey=***&SecretId=AKID1",
        "nothing secret | GET /__admin/health | GET /__admin/health",
      })
  void whenALineCarriesASecretThenItIsMasked(String what, String line, String redacted) {
    assertThat(QuietNotifier.redact(line)).isEqualTo(redacted);
  }

  @Test
  void whenTheSignatureIsMaskedThenOtherSignatureParametersAreKept() {
    assertThat(
            QuietNotifier.redact(
                "SignatureMethod=HMAC-SHA1&SignatureNonce=n1&Signature=abc&SignatureVersion=1.0"))
        .isEqualTo(
            "SignatureMethod=HMAC-SHA1&SignatureNonce=n1&Signature=***&SignatureVersion=1.0");
  }

  @Test
  void whenTheMessageHasSeveralLinesThenOnlyTheFirstIsKept() {
    assertThat(QuietNotifier.redact("Request received\nAuthorization: secret\r\nbody"))
        .isEqualTo("Request received");
  }

  @Test
  void whenTheMessageIsNullOrEmptyThenTheLineIsEmpty() {
    assertThat(QuietNotifier.redact(null)).isEmpty();
    assertThat(QuietNotifier.redact("")).isEmpty();
  }

  @Test
  void whenNotVerboseThenInfoIsDroppedAndErrorsAreRedacted() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuietNotifier notifier =
        new QuietNotifier(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

    notifier.info("Signature=abc");
    notifier.error("failed: Signature=abc\nsecond line");
    notifier.error("failed: SecurityToken=CAIS1", new IllegalStateException("CAIS1"));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "[mock-sts] ERROR failed: Signature=***"
                + System.lineSeparator()
                + "[mock-sts] ERROR failed: SecurityToken=*** (java.lang.IllegalStateException)"
                + System.lineSeparator());
  }

  @Test
  void whenVerboseThenInfoIsWrittenRedacted() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuietNotifier notifier =
        new QuietNotifier(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

    notifier.info("GET /?Signature=abc");

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("[mock-sts] GET /?Signature=***" + System.lineSeparator());
  }
}
