package io.mocksts.kit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlibabaV1SignerTest {

  /**
   * Official vector, STS AssumeRole: AlibabaCloudDocs/ram @ 20c6e869, "cn.zh-CN/API
   * 参考（STS）/签名机制.md" (Alibaba V1 signature,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md).
   */
  private static final String ASSUME_ROLE_STRING_TO_SIGN =
      "GET&%2F&AccessKeyId%3Dtestid%26Action%3DAssumeRole%26Format%3DJSON"
          + "%26RoleArn%3Dacs%253Aram%253A%253A1234567890123%253Arole%252Ffirstrole"
          + "%26RoleSessionName%3Dclient%26SignatureMethod%3DHMAC-SHA1"
          + "%26SignatureNonce%3D571f8fb8-506e-11e5-8e12-b8e8563dc8d2%26SignatureVersion%3D1.0"
          + "%26Timestamp%3D2015-09-01T05%253A57%253A34Z%26Version%3D2015-04-01";

  private static final String ASSUME_ROLE_SIGNATURE = "gNI7b0AyKZHxDgjBGPDgJ1Ce3L4=";

  /**
   * Official vector, RAM CreateUser: vendor doc "Signature mechanism" (RAM, intl.en-US), stored
   * copy github.com/silentdance/ram (fork of AlibabaCloudDocs/ram) @ 530b78c3, "intl.en-US/API
   * Reference/Calling methods/Signature mechanism.md", section "Example".
   */
  private static final String CREATE_USER_STRING_TO_SIGN =
      "GET&%2F&AccessKeyId%3Dtestid%26Action%3DCreateUser%26Format%3DJSON"
          + "%26SignatureMethod%3DHMAC-SHA1"
          + "%26SignatureNonce%3D6a6e0ca6-4557-11e5-86a2-b8e8563dc8d2%26SignatureVersion%3D1.0"
          + "%26Timestamp%3D2015-08-18T03%253A15%253A45Z%26UserName%3Dtest%26Version%3D2015-05-01";

  private static final String CREATE_USER_SIGNATURE = "kRA2cnpJVacIhDMzXnoNZG9tDCI=";

  private static Map<String, String> assumeRoleBusinessParams() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Format", "JSON");
    params.put("RoleArn", "acs:ram::1234567890123:role/firstrole");
    params.put("RoleSessionName", "client");
    params.put("Version", "2015-04-01");
    params.put("Action", "AssumeRole");
    return params;
  }

  private static Map<String, String> assumeRoleVectorParams() {
    Map<String, String> params = assumeRoleBusinessParams();
    params.put("SignatureVersion", "1.0");
    params.put("Timestamp", "2015-09-01T05:57:34Z");
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureNonce", "571f8fb8-506e-11e5-8e12-b8e8563dc8d2");
    params.put("AccessKeyId", "testid");
    return params;
  }

  @Test
  void whenOfficialAssumeRoleVectorThenStringToSignMatches() {
    assertThat(AlibabaV1Signer.stringToSign("GET", assumeRoleVectorParams()))
        .isEqualTo(ASSUME_ROLE_STRING_TO_SIGN);
  }

  @Test
  void whenOfficialAssumeRoleVectorThenSignatureMatches() {
    assertThat(AlibabaV1Signer.signature(ASSUME_ROLE_STRING_TO_SIGN, "testsecret"))
        .isEqualTo(ASSUME_ROLE_SIGNATURE);
  }

  @Test
  void whenOfficialCreateUserVectorThenStringToSignAndSignatureMatch() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("UserName", "test");
    params.put("SignatureVersion", "1.0");
    params.put("Format", "JSON");
    params.put("Timestamp", "2015-08-18T03:15:45Z");
    params.put("AccessKeyId", "testid");
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("Version", "2015-05-01");
    params.put("Action", "CreateUser");
    params.put("SignatureNonce", "6a6e0ca6-4557-11e5-86a2-b8e8563dc8d2");

    String stringToSign = AlibabaV1Signer.stringToSign("GET", params);

    assertThat(stringToSign).isEqualTo(CREATE_USER_STRING_TO_SIGN);
    assertThat(AlibabaV1Signer.signature(stringToSign, "testsecret"))
        .isEqualTo(CREATE_USER_SIGNATURE);
  }

  @Test
  void whenSignCalledWithOfficialAssumeRoleInputsThenOfficialSignatureIsAdded() {
    Map<String, String> signed =
        AlibabaV1Signer.sign(
            "GET",
            assumeRoleBusinessParams(),
            "testid",
            "testsecret",
            null,
            Instant.parse("2015-09-01T05:57:34.999Z"),
            "571f8fb8-506e-11e5-8e12-b8e8563dc8d2");

    assertThat(signed)
        .containsEntry("AccessKeyId", "testid")
        .containsEntry("SignatureMethod", "HMAC-SHA1")
        .containsEntry("SignatureVersion", "1.0")
        .containsEntry("SignatureNonce", "571f8fb8-506e-11e5-8e12-b8e8563dc8d2")
        .containsEntry("Timestamp", "2015-09-01T05:57:34Z")
        .containsEntry("Signature", ASSUME_ROLE_SIGNATURE)
        .doesNotContainKey("SecurityToken")
        .hasSize(assumeRoleVectorParams().size() + 1);
  }

  @Test
  void whenCallerSuppliesSignatureMethodThenSignKeepsItAndSignsOverWhatIsSent() {
    Map<String, String> params = assumeRoleBusinessParams();
    params.put("SignatureMethod", "HMAC-MD5");

    Map<String, String> signed =
        AlibabaV1Signer.sign(
            "POST", params, "testid", "testsecret", null, Instant.EPOCH, "nonce-1");

    assertThat(signed).containsEntry("SignatureMethod", "HMAC-MD5");
    assertThat(signed.get("Signature"))
        .isEqualTo(
            AlibabaV1Signer.signature(AlibabaV1Signer.stringToSign("POST", signed), "testsecret"));
  }

  @Test
  void whenCallerSuppliesSignatureThenSignLeavesItUntouched() {
    Map<String, String> params = assumeRoleBusinessParams();
    params.put("Signature", "deliberately-wrong");

    Map<String, String> signed =
        AlibabaV1Signer.sign("GET", params, "testid", "testsecret", null, Instant.EPOCH, "n");

    assertThat(signed).containsEntry("Signature", "deliberately-wrong");
  }

  @Test
  void whenSecurityTokenGivenThenItIsAddedAndCoveredBySignature() {
    Map<String, String> signed =
        AlibabaV1Signer.sign(
            "GET",
            assumeRoleBusinessParams(),
            "STS.testid",
            "testsecret",
            "CAIS+token/==",
            Instant.EPOCH,
            "n");

    assertThat(signed).containsEntry("SecurityToken", "CAIS+token/==");
    assertThat(AlibabaV1Signer.stringToSign("GET", signed))
        .contains("SecurityToken%3DCAIS%252Btoken%252F%253D%253D");
    assertThat(signed.get("Signature"))
        .isEqualTo(
            AlibabaV1Signer.signature(AlibabaV1Signer.stringToSign("GET", signed), "testsecret"));
  }

  @Test
  void whenSignCalledThenInputMapIsNotModified() {
    Map<String, String> params = assumeRoleBusinessParams();
    Map<String, String> copy = new HashMap<>(params);

    AlibabaV1Signer.sign("GET", params, "testid", "testsecret", "tok", Instant.EPOCH, "n");

    assertThat(params).isEqualTo(copy);
  }

  @Test
  void whenSignatureParameterPresentThenItIsExcludedFromStringToSign() {
    Map<String, String> params = assumeRoleVectorParams();
    params.put("Signature", "anything");

    assertThat(AlibabaV1Signer.stringToSign("GET", params)).isEqualTo(ASSUME_ROLE_STRING_TO_SIGN);
  }

  @Test
  void whenParameterNamesDifferInCaseThenSortedByByteOrder() {
    Map<String, String> params = new HashMap<>();
    params.put("a", "1");
    params.put("B", "2");
    params.put("_", "3");

    // 'B' (0x42) < '_' (0x5F) < 'a' (0x61)
    assertThat(AlibabaV1Signer.stringToSign("POST", params))
        .isEqualTo("POST&%2F&B%3D2%26_%3D3%26a%3D1");
  }

  @Test
  void whenValueIsEmptyThenParameterIsStillSigned() {
    assertThat(AlibabaV1Signer.stringToSign("GET", Map.of("Policy", "")))
        .isEqualTo("GET&%2F&Policy%3D");
  }

  @Test
  void whenUnreservedCharactersThenPercentEncodeKeepsThem() {
    String unreserved = "ABCXYZabcxyz0189-_.~";

    assertThat(AlibabaV1Signer.percentEncode(unreserved)).isEqualTo(unreserved);
  }

  @Test
  void whenReservedOrSpecialCharactersThenPercentEncodeUsesUpperCaseHex() {
    assertThat(AlibabaV1Signer.percentEncode(" ")).isEqualTo("%20");
    assertThat(AlibabaV1Signer.percentEncode("*")).isEqualTo("%2A");
    assertThat(AlibabaV1Signer.percentEncode("+")).isEqualTo("%2B");
    assertThat(AlibabaV1Signer.percentEncode("/")).isEqualTo("%2F");
    assertThat(AlibabaV1Signer.percentEncode(":")).isEqualTo("%3A");
    assertThat(AlibabaV1Signer.percentEncode("=&%")).isEqualTo("%3D%26%25");
    assertThat(AlibabaV1Signer.percentEncode("\"{}")).isEqualTo("%22%7B%7D");
  }

  @Test
  void whenNonAsciiCharactersThenPercentEncodeEncodesUtf8Bytes() {
    assertThat(AlibabaV1Signer.percentEncode("é")).isEqualTo("%C3%A9");
    assertThat(AlibabaV1Signer.percentEncode("中")).isEqualTo("%E4%B8%AD");
    assertThat(AlibabaV1Signer.percentEncode("\uD83D\uDE00")).isEqualTo("%F0%9F%98%80");
  }
}
