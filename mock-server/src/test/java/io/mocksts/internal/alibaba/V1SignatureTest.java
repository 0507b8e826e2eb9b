package io.mocksts.internal.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class V1SignatureTest {

  /**
   * The official vector, Alibaba V1 signature,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md
   * (签名机制.md).
   */
  private static Map<String, String> officialParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("SignatureVersion", "1.0");
    p.put("Format", "JSON");
    p.put("Timestamp", "2015-09-01T05:57:34Z");
    p.put("RoleArn", "acs:ram::1234567890123:role/firstrole");
    p.put("RoleSessionName", "client");
    p.put("AccessKeyId", "testid");
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("Version", "2015-04-01");
    p.put("Action", "AssumeRole");
    p.put("SignatureNonce", "571f8fb8-506e-11e5-8e12-b8e8563dc8d2");
    return p;
  }

  private static final String OFFICIAL_STRING_TO_SIGN =
      "GET&%2F&AccessKeyId%3Dtestid%26Action%3DAssumeRole%26Format%3DJSON%26RoleArn%3Dacs%253Aram"
          + "%253A%253A1234567890123%253Arole%252Ffirstrole%26RoleSessionName%3Dclient"
          + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D571f8fb8-506e-11e5-8e12-b8e8563dc8d2"
          + "%26SignatureVersion%3D1.0%26Timestamp%3D2015-09-01T05%253A57%253A34Z"
          + "%26Version%3D2015-04-01";

  private static final String OFFICIAL_SIGNATURE = "gNI7b0AyKZHxDgjBGPDgJ1Ce3L4=";

  @Test
  void whenParametersAreTheOfficialVectorThenTheStringToSignMatches() {
    assertThat(V1Signature.stringToSign("GET", officialParameters(), false))
        .isEqualTo(OFFICIAL_STRING_TO_SIGN);
  }

  @Test
  void whenStringToSignIsTheOfficialVectorThenTheSignatureMatches() {
    assertThat(V1Signature.sign(OFFICIAL_STRING_TO_SIGN, "testsecret"))
        .isEqualTo(OFFICIAL_SIGNATURE);
  }

  @Test
  void whenTheSignatureParameterIsPresentThenItIsLeftOut() {
    Map<String, String> p = officialParameters();
    p.put("Signature", OFFICIAL_SIGNATURE);

    assertThat(V1Signature.stringToSign("GET", p, false)).isEqualTo(OFFICIAL_STRING_TO_SIGN);
  }

  @Test
  void whenEmptyValuesAreSkippedThenOnlyTheTeaStringToSignLeavesThemOut() {
    Map<String, String> p = officialParameters();
    p.put("Policy", "");

    assertThat(V1Signature.stringToSign("GET", p, true)).isEqualTo(OFFICIAL_STRING_TO_SIGN);
    assertThat(V1Signature.stringToSign("GET", p, false)).contains("%26Policy%3D%26");
  }

  @Test
  void whenMethodIsPostThenTheStringToSignStartsWithPost() {
    assertThat(V1Signature.stringToSign("POST", officialParameters(), false))
        .isEqualTo("POST" + OFFICIAL_STRING_TO_SIGN.substring("GET".length()));
  }

  @Test
  void whenSignaturesAreComparedThenOnlyAnExactMatchCounts() {
    assertThat(V1Signature.matches(OFFICIAL_SIGNATURE, OFFICIAL_SIGNATURE)).isTrue();
    assertThat(V1Signature.matches("gNI7b0AyKZHxDgjBGPDgJ1Ce3L5=", OFFICIAL_SIGNATURE)).isFalse();
    assertThat(V1Signature.matches("", OFFICIAL_SIGNATURE)).isFalse();
  }
}
