package io.mocksts.kit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TencentV1SignerTest {

  // Official worked example of "签名方法" (v1), Tencent signature v1,
  // https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md: CVM DescribeInstances by GET.
  private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
  private static final String OFFICIAL_STRING_TO_SIGN =
      "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20"
          + "&Nonce=11886&Offset=0&Region=ap-guangzhou"
          + "&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768"
          + "&Version=2017-03-12";

  private static Map<String, String> officialParams() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "DescribeInstances");
    params.put("SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
    params.put("Region", "ap-guangzhou");
    params.put("Timestamp", "1465185768");
    params.put("Nonce", "11886");
    params.put("Version", "2017-03-12");
    params.put("InstanceIds.0", "ins-09dx96dg");
    params.put("Offset", "0");
    params.put("Limit", "20");
    return params;
  }

  @Test
  void whenOfficialVectorThenStringToSignIsSortedWithRawValues() {
    assertThat(
            TencentV1Signer.stringToSign("GET", "cvm.tencentcloudapi.com", "/", officialParams()))
        .isEqualTo(OFFICIAL_STRING_TO_SIGN);
  }

  @Test
  void whenOfficialVectorSignedWithHmacSha1ThenSignatureMatches() {
    assertThat(TencentV1Signer.signature(OFFICIAL_STRING_TO_SIGN, SECRET_KEY, null))
        .isEqualTo("EliP9YW3pW28FpsEdkXt/+WcGeI=");
  }

  @Test
  void whenSignatureMethodIsNotHmacSha256ThenSha1IsUsed() {
    assertThat(TencentV1Signer.signature(OFFICIAL_STRING_TO_SIGN, SECRET_KEY, "HmacMD5"))
        .isEqualTo("EliP9YW3pW28FpsEdkXt/+WcGeI=");
  }

  // Self-derived, NOT official: the same string signed with HMAC-SHA256 (Python hmac/hashlib).
  @Test
  void whenSignatureMethodIsHmacSha256ThenSha256IsUsed() {
    assertThat(TencentV1Signer.signature(OFFICIAL_STRING_TO_SIGN, SECRET_KEY, "HmacSHA256"))
        .isEqualTo("bR/zQ3QqOmcEYeRv71IzG/NxfisUDgy9cqRMQC+UB5g=");
  }

  @Test
  void whenParamsHaveSignatureAndUnderscoresThenSignatureIsLeftOutAndUnderscoresBecomeDots() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Tags_0_Key", "k");
    params.put("Signature", "ignored");
    params.put("Policy", "%7B%22version%22%7D");

    assertThat(TencentV1Signer.stringToSign("POST", "127.0.0.1:8080", "/", params))
        .isEqualTo("POST127.0.0.1:8080/?Policy=%7B%22version%22%7D&Tags.0.Key=k");
  }
}
