package io.mocksts.kit.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void anAlibabaQueryKeepsItsKeyIdAndLosesItsSignatureAndToken() {
    String url =
        "http://127.0.0.1:1/?Action=AssumeRole&AccessKeyId=LTAI5tMockAliceAccessKey"
            + "&SecurityToken=CAIS-secret-token&Signature=abc%3D&SAMLAssertion=PHNhbWw%2B"
            + "&OIDCToken=eyJ.x.y&RoleArn=acs%3Aram%3A%3A1%3Arole%2Fr";

    String redacted = Redactor.url(url);

    assertThat(redacted)
        .isEqualTo(
            "http://127.0.0.1:1/?Action=AssumeRole&AccessKeyId=LTAI5tMockAliceAccessKey"
                + "&SecurityToken=***&Signature=***&SAMLAssertion=***&OIDCToken=***"
                + "&RoleArn=acs%3Aram%3A%3A1%3Arole%2Fr");
  }

  @Test
  void headersLoseTokensAndTheSignatureOfAuthorizationOnly() {
    Map<String, String> headers =
        Redactor.requestHeaders(
            Map.of(
                "Authorization",
                List.of(
                    "TC3-HMAC-SHA256 Credential=AKIDx/2026-01-01/sts/tc3_request,"
                        + " SignedHeaders=content-type;host, Signature=0123abcd"),
                "X-TC-Token",
                List.of("tencent-session-token"),
                "x-acs-security-token",
                List.of("alibaba-token"),
                "X-TC-Action",
                List.of("GetCallerIdentity")));

    assertThat(headers)
        .containsEntry(
            "Authorization",
            "TC3-HMAC-SHA256 Credential=AKIDx/2026-01-01/sts/tc3_request,"
                + " SignedHeaders=content-type;host, Signature=***")
        .containsEntry("X-TC-Token", "***")
        .containsEntry("x-acs-security-token", "***")
        .containsEntry("X-TC-Action", "GetCallerIdentity");
    assertThat(
            Redactor.authorization(
                "ACS3-HMAC-SHA256 Credential=LTAI5tMockAliceAccessKey,"
                    + "SignedHeaders=host;x-acs-action,Signature=ffee"))
        .isEqualTo(
            "ACS3-HMAC-SHA256 Credential=LTAI5tMockAliceAccessKey,"
                + "SignedHeaders=host;x-acs-action,Signature=***");
  }

  @Test
  void jsonAndFormRequestBodiesLoseTheirAssertionsAndTokens() {
    assertThat(
            Redactor.requestBody(
                "{\"RoleArn\":\"qcs::cam::uin/1:roleName/r\",\"SAMLAssertion\":\"PHNhbWw+\","
                    + "\"WebIdentityToken\":\"eyJ.a.b\"}"))
        .isEqualTo(
            "{\"RoleArn\":\"qcs::cam::uin/1:roleName/r\",\"SAMLAssertion\":\"***\","
                + "\"WebIdentityToken\":\"***\"}");
    assertThat(Redactor.requestBody("Action=GetCallerIdentity&Token=t0k3n&Signature=s%3D"))
        .isEqualTo("Action=GetCallerIdentity&Token=***&Signature=***");
  }

  @Test
  void responsesLoseSecretsAndTokensButKeepAccessKeyIds() {
    String alibaba =
        "{\"RequestId\":\"R\",\"Credentials\":{\"AccessKeyId\":\"STS.NUx\","
            + "\"AccessKeySecret\":\"s3cr3t\",\"SecurityToken\":\"CAIS\",\"Expiration\":\"E\"}}";
    String tencent =
        "{\"Response\":{\"Credentials\":{\"TmpSecretId\":\"AKIDtmp\",\"TmpSecretKey\":\"k\","
            + "\"Token\":\"t\"},\"IdKeys\":[{\"SecretId\":\"AKIDx\",\"SecretKey\":\"y\"}]}}";
    String xml =
        "<AssumeRoleResponse><Credentials><AccessKeyId>STS.NUx</AccessKeyId>"
            + "<AccessKeySecret>s3cr3t</AccessKeySecret><SecurityToken>CAIS</SecurityToken>"
            + "</Credentials></AssumeRoleResponse>";

    assertThat(Redactor.responseBody(alibaba))
        .isEqualTo(
            "{\"RequestId\":\"R\",\"Credentials\":{\"AccessKeyId\":\"STS.NUx\","
                + "\"AccessKeySecret\":\"***\",\"SecurityToken\":\"***\",\"Expiration\":\"E\"}}");
    assertThat(Redactor.responseBody(tencent))
        .isEqualTo(
            "{\"Response\":{\"Credentials\":{\"TmpSecretId\":\"AKIDtmp\",\"TmpSecretKey\":\"***\","
                + "\"Token\":\"***\"},\"IdKeys\":[{\"SecretId\":\"AKIDx\",\"SecretKey\":\"***\"}]}}");
    assertThat(Redactor.responseBody(xml))
        .isEqualTo(
            "<AssumeRoleResponse><Credentials><AccessKeyId>STS.NUx</AccessKeyId>"
                + "<AccessKeySecret>***</AccessKeySecret><SecurityToken>***</SecurityToken>"
                + "</Credentials></AssumeRoleResponse>");
  }

  @Test
  void longTextsAreCapped() {
    String body = "x".repeat(Redactor.MAX_TEXT + 100);

    String capped = Redactor.cap(body);

    assertThat(capped).startsWith("x".repeat(Redactor.MAX_TEXT)).endsWith("...[100 more chars]");
    assertThat(Redactor.cap("short")).isEqualTo("short");
  }
}
