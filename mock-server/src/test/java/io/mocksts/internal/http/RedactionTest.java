package io.mocksts.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

  @Test
  void whenAQueryCarriesSecretsThenOnlyTheirValuesAreMasked() {
    assertThat(
            Redaction.url(
                "/?Action=AssumeRole&Signature=abc%3D&SecurityToken=CAIS1&Sign%61ture=x"
                    + "&SAMLAssertion=PHNhbWw%2B&RoleArn=acs%3Aram&Empty"))
        .isEqualTo(
            "/?Action=AssumeRole&Signature=***&SecurityToken=***&Sign%61ture=***"
                + "&SAMLAssertion=***&RoleArn=acs%3Aram&Empty");
  }

  @Test
  void whenAJsonBodyCarriesSecretsAtAnyDepthThenTheyAreMasked() {
    String json =
        "{\"Response\":{\"Credentials\":{\"TmpSecretId\":\"AKIDx\",\"TmpSecretKey\":\"k\","
            + "\"Token\":\"t\"},\"RequestId\":\"r\"},\"list\":[{\"AccessKeySecret\":\"s\"}]}";

    String masked = text(Redaction.body(bytes(json), "application/json"));

    assertThat(masked)
        .contains("\"TmpSecretId\":\"AKIDx\"", "\"RequestId\":\"r\"")
        .doesNotContain("\"k\"", "\"t\"", "\"s\"");
  }

  @Test
  void whenAnXmlBodyCarriesSecretsThenTheirElementsAreMasked() {
    String xml =
        "<AssumeRoleResponse><Credentials><AccessKeySecret>s3</AccessKeySecret>"
            + "<SecurityToken>CAIS</SecurityToken><AccessKeyId>STS.x</AccessKeyId>"
            + "</Credentials></AssumeRoleResponse>";

    assertThat(text(Redaction.body(bytes(xml), "text/xml")))
        .contains("<AccessKeyId>STS.x</AccessKeyId>", "<AccessKeySecret>***</AccessKeySecret>")
        .doesNotContain("s3<", "CAIS");
  }

  @Test
  void whenAFormBodyCarriesAnAssertionThenItIsMasked() {
    assertThat(
            text(
                Redaction.body(
                    bytes("OIDCToken=eyJ.x.y&RoleArn=r&TokenCode=123456"),
                    "application/x-www-form-urlencoded")))
        .isEqualTo("OIDCToken=***&RoleArn=r&TokenCode=***");
  }

  @ParameterizedTest
  @ValueSource(ints = {Redaction.MAX_BODY_BYTES + 1, 10 * 1024 * 1024})
  void whenABodyIsLargeThenTheCopyIsBounded(int size) {
    byte[] masked = Redaction.body(new byte[size], "application/octet-stream");

    assertThat(masked.length).isLessThan(Redaction.MAX_BODY_BYTES + 64);
    assertThat(text(masked)).endsWith("bytes not kept]");
  }

  @Test
  void whenJsonIsNestedBeyondTheParserLimitThenItIsStillMaskedAsText() {
    String deep = "[".repeat(5000) + "{\"Token\":\"t\"}" + "]".repeat(5000);

    assertThat(text(Redaction.body(bytes(deep), "application/json"))).doesNotContain("\"t\"");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
