package io.mocksts.kit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TencentTc3SignerTest {

  // Official worked example of "签名方法 v3" (Tencent TC3-HMAC-SHA256 signature,
  // https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md): CVM DescribeInstances by GET.
  // The printed canonical request shows host cvm.api.tencentyun.com, but both published hashes
  // reproduce only with cvm.tencentcloudapi.com (Tencent TC3-HMAC-SHA256 signature, recomputed
  // independently).
  private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
  private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
  private static final long TIMESTAMP = 1539084154L;
  private static final String CANONICAL_REQUEST_HASH =
      "91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7";
  private static final String SIGNATURE =
      "5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474";
  private static final String EMPTY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private static Map<String, String> officialHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", "cvm.tencentcloudapi.com");
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    return headers;
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void whenOfficialCvmGetVectorThenCanonicalRequestHashMatches() throws Exception {
    String canonical =
        TencentTc3Signer.canonicalRequest(
            "GET", "Limit=10&Offset=0", officialHeaders(), TencentTc3Signer.hashedPayload(null));

    assertThat(canonical)
        .isEqualTo(
            "GET\n/\nLimit=10&Offset=0\n"
                + "content-type:application/x-www-form-urlencoded\n"
                + "host:cvm.tencentcloudapi.com\n"
                + "\n"
                + "content-type;host\n"
                + EMPTY_SHA256);
    assertThat(sha256(canonical)).isEqualTo(CANONICAL_REQUEST_HASH);
  }

  @Test
  void whenOfficialCvmGetVectorThenSignatureAndAuthorizationMatch() {
    TencentTc3Signer.Signed signed =
        TencentTc3Signer.sign(
            "GET",
            "Limit=10&Offset=0",
            officialHeaders(),
            EMPTY_SHA256,
            TIMESTAMP,
            TencentTc3Signer.date(TIMESTAMP),
            "cvm",
            SECRET_ID,
            SECRET_KEY);

    assertThat(signed.credentialScope()).isEqualTo("2018-10-09/cvm/tc3_request");
    assertThat(signed.stringToSign())
        .isEqualTo(
            "TC3-HMAC-SHA256\n1539084154\n2018-10-09/cvm/tc3_request\n" + CANONICAL_REQUEST_HASH);
    assertThat(signed.signature()).isEqualTo(SIGNATURE);
    assertThat(signed.authorization())
        .isEqualTo(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2018-10-09/cvm/"
                + "tc3_request, SignedHeaders=content-type;host, Signature="
                + SIGNATURE);
  }

  @Test
  void whenHeaderNamesAndValuesHaveCaseAndSpacesThenTheyAreLowerCasedTrimmedAndSorted() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", " 127.0.0.1:8080 ");
    headers.put("X-TC-Action", "AssumeRole");
    headers.put("Content-Type", "Application/JSON; charset=UTF-8");

    String canonical = TencentTc3Signer.canonicalRequest("POST", "", headers, "h");

    assertThat(canonical)
        .isEqualTo(
            "POST\n/\n\n"
                + "content-type:application/json; charset=utf-8\n"
                + "host:127.0.0.1:8080\n"
                + "x-tc-action:assumerole\n"
                + "\n"
                + "content-type;host;x-tc-action\n"
                + "h");
  }

  @Test
  void whenTimestampIsJustBeforeMidnightUtcThenTheScopeDateIsThatUtcDay() {
    assertThat(TencentTc3Signer.date(1704067199L)).isEqualTo("2023-12-31");
    assertThat(TencentTc3Signer.date(1704067200L)).isEqualTo("2024-01-01");
  }

  @Test
  void whenPayloadIsUnsignedThenTheHashIsThatOfTheMarker() throws Exception {
    assertThat(
            TencentTc3Signer.hashedPayload(
                TencentTc3Signer.UNSIGNED_PAYLOAD.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(sha256("UNSIGNED-PAYLOAD"));
    assertThat(TencentTc3Signer.hashedPayload(new byte[0])).isEqualTo(EMPTY_SHA256);
  }
}
