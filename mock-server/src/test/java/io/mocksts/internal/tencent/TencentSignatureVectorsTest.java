package io.mocksts.internal.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mock's verifiers reproduce the official known-answer vectors (Tencent TC3-HMAC-SHA256
 * signature,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md,
 * Tencent signature v1,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md).
 */
class TencentSignatureVectorsTest {

  private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

  @Test
  void whenTheDocumentedCvmGetIsSignedWithTc3ThenTheDocumentedHashesAndSignatureResult() {
    String canonical =
        Tc3Signature.canonicalRequest(
            "GET",
            "Limit=10&Offset=0",
            List.of("content-type", "host"),
            Map.of(
                "content-type", "application/x-www-form-urlencoded",
                "host", "cvm.tencentcloudapi.com"),
            Tc3Signature.sha256Hex(""));
    assertThat(Tc3Signature.sha256Hex(canonical))
        .isEqualTo("91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7");
    String stringToSign =
        Tc3Signature.stringToSign("1539084154", "2018-10-09/cvm/tc3_request", canonical);
    assertThat(Tc3Signature.sign(SECRET_KEY, "2018-10-09", "cvm", stringToSign))
        .isEqualTo("5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474");
  }

  @Test
  void whenTheDocumentedCvmGetIsSignedWithV1ThenTheDocumentedSignatureResults() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "DescribeInstances");
    params.put("InstanceIds.0", "ins-09dx96dg");
    params.put("Limit", "20");
    params.put("Nonce", "11886");
    params.put("Offset", "0");
    params.put("Region", "ap-guangzhou");
    params.put("SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
    params.put("Timestamp", "1465185768");
    params.put("Version", "2017-03-12");
    params.put("Signature", "ignored");
    String stringToSign =
        HmacV1Signature.stringToSign("GET", "cvm.tencentcloudapi.com", "/", params);
    assertThat(stringToSign)
        .isEqualTo(
            "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg"
                + "&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou"
                + "&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768"
                + "&Version=2017-03-12");
    assertThat(HmacV1Signature.sign(SECRET_KEY, HmacV1Signature.algorithm(null), stringToSign))
        .isEqualTo("EliP9YW3pW28FpsEdkXt/+WcGeI=");
  }

  @Test
  void whenSignatureMethodIsHmacSha256ThenSha256IsUsedAndOtherwiseSha1() {
    assertThat(HmacV1Signature.algorithm("HmacSHA256")).isEqualTo("HmacSHA256");
    assertThat(HmacV1Signature.algorithm("HmacSHA1")).isEqualTo("HmacSHA1");
    assertThat(HmacV1Signature.algorithm("HMAC-MD5")).isEqualTo("HmacSHA1");
  }
}
