package io.mocksts.kit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AlibabaV3SignerTest {

  // Official vector: Alibaba Cloud SDK doc "V3 request structure and signature", section "Fixed
  // parameter values"
  // (https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature;
  // zh: https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature).
  private static final String OFFICIAL_HOST = "ecs.cn-shanghai.aliyuncs.com";
  private static final String OFFICIAL_NONCE = "3156853299f313e23d1673dc12e1703d";
  private static final String OFFICIAL_DATE = "2023-10-26T10:22:32Z";
  private static final String OFFICIAL_CANONICAL_REQUEST =
      "POST\n"
          + "/\n"
          + "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
          + "host:ecs.cn-shanghai.aliyuncs.com\n"
          + "x-acs-action:RunInstances\n"
          + "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
          + "x-acs-date:2023-10-26T10:22:32Z\n"
          + "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
          + "x-acs-version:2014-05-26\n"
          + "\n"
          + "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
          + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final String OFFICIAL_STRING_TO_SIGN =
      "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259";
  private static final String OFFICIAL_SIGNATURE =
      "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";
  private static final String OFFICIAL_AUTHORIZATION =
      "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
          + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
          + "x-acs-signature-nonce;x-acs-version,"
          + "Signature="
          + OFFICIAL_SIGNATURE;

  private static Map<String, String> officialQuery() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("RegionId", "cn-shanghai");
    query.put("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd");
    return query;
  }

  private static Map<String, String> officialHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-acs-version", "2014-05-26");
    headers.put("host", OFFICIAL_HOST);
    headers.put("x-acs-action", "RunInstances");
    headers.put("x-acs-date", OFFICIAL_DATE);
    headers.put("x-acs-signature-nonce", OFFICIAL_NONCE);
    headers.put("x-acs-content-sha256", AlibabaV3Signer.EMPTY_BODY_SHA256);
    return headers;
  }

  @Test
  void whenOfficialRunInstancesVectorThenCanonicalRequestMatches() {
    assertThat(
            AlibabaV3Signer.canonicalRequest("POST", "/", officialQuery(), officialHeaders(), null))
        .isEqualTo(OFFICIAL_CANONICAL_REQUEST);
  }

  @Test
  void whenOfficialRunInstancesVectorThenStringToSignMatches() {
    assertThat(AlibabaV3Signer.stringToSign(OFFICIAL_CANONICAL_REQUEST))
        .isEqualTo(OFFICIAL_STRING_TO_SIGN);
  }

  @Test
  void whenOfficialRunInstancesVectorThenSignatureMatches() {
    assertThat(AlibabaV3Signer.signature(OFFICIAL_STRING_TO_SIGN, "YourAccessKeySecret"))
        .isEqualTo(OFFICIAL_SIGNATURE);
  }

  @Test
  void whenSignedHeadersForOfficialInputsThenAuthorizationAndHeadersMatchDoc() {
    Map<String, String> headers =
        AlibabaV3Signer.signedHeaders(
            "POST",
            OFFICIAL_HOST,
            officialQuery(),
            new byte[0],
            "RunInstances",
            "2014-05-26",
            "YourAccessKeyId",
            "YourAccessKeySecret",
            null,
            Instant.parse("2023-10-26T10:22:32.456Z"),
            OFFICIAL_NONCE);

    Map<String, String> expected = new TreeMap<>(officialHeaders());
    expected.put("Authorization", OFFICIAL_AUTHORIZATION);
    assertThat(headers).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void whenBodyIsNullOrEmptyThenHashedPayloadIsEmptyStringSha256() {
    assertThat(AlibabaV3Signer.EMPTY_BODY_SHA256)
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(AlibabaV3Signer.hashedPayload(null)).isEqualTo(AlibabaV3Signer.EMPTY_BODY_SHA256);
    assertThat(AlibabaV3Signer.hashedPayload(new byte[0]))
        .isEqualTo(AlibabaV3Signer.EMPTY_BODY_SHA256);
  }

  @Test
  void whenHeadersMixSignableAndOtherNamesThenOnlyHostContentTypeAndXAcsAreCanonical() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("user-agent", "kit");
    headers.put("accept", "application/json");
    headers.put("X-Acs-Action", "  GetCallerIdentity  ");
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    headers.put("host", "127.0.0.1:8080");
    headers.put("authorization", "ignored");

    String canonical = AlibabaV3Signer.canonicalRequest("GET", "/", Map.of(), headers, null);

    assertThat(canonical)
        .isEqualTo(
            "GET\n/\n\n"
                + "content-type:application/x-www-form-urlencoded\n"
                + "host:127.0.0.1:8080\n"
                + "x-acs-action:GetCallerIdentity\n"
                + "\n"
                + "content-type;host;x-acs-action\n"
                + AlibabaV3Signer.EMPTY_BODY_SHA256);
  }

  @Test
  void whenQueryHasSpecialCharactersThenCanonicalQueryIsSortedAndRfc3986Encoded() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("b", "a b*c~d");
    query.put("A", "x/y:z");
    query.put("empty", null);

    String canonical = AlibabaV3Signer.canonicalRequest("GET", "/", query, Map.of(), null);

    assertThat(canonical.split("\n", -1)[2]).isEqualTo("A=x%2Fy%3Az&b=a%20b%2Ac~d&empty=");
  }

  // Self-derived vector, NOT official: expected values computed by hand-following the documented
  // V3 steps (Alibaba V3 signature,
  // https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature) in Python
  // (hashlib/hmac/urllib.parse.quote(safe='-_.~')).
  // Covers what the official vector does not: a form body, content-type and x-acs-security-token.
  @Test
  void whenFormBodyAndSecurityTokenThenSignatureMatchesSelfDerivedVector() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("RoleArn", "acs:ram::1234567890123:role/firstrole");
    form.put("RoleSessionName", "client one");
    form.put("DurationSeconds", "3600");
    byte[] body = FormEncoding.encode(form).getBytes(StandardCharsets.UTF_8);

    Map<String, String> headers =
        AlibabaV3Signer.signedHeaders(
            "POST",
            "sts.cn-hangzhou.aliyuncs.com",
            Map.of(),
            body,
            "AssumeRole",
            "2015-04-01",
            "STS.testid",
            "testsecret",
            "CAIS+test/token==",
            Instant.parse("2024-01-02T03:04:05.678Z"),
            "0c9a1f2e5b7d4c3a9e8f7a6b5c4d3e2f");

    assertThat(new String(body, StandardCharsets.UTF_8))
        .isEqualTo(
            "RoleArn=acs%3Aram%3A%3A1234567890123%3Arole%2Ffirstrole"
                + "&RoleSessionName=client%20one&DurationSeconds=3600");
    assertThat(headers)
        .containsEntry("content-type", "application/x-www-form-urlencoded")
        .containsEntry("x-acs-security-token", "CAIS+test/token==")
        .containsEntry("x-acs-date", "2024-01-02T03:04:05Z")
        .containsEntry(
            "x-acs-content-sha256",
            "2b9f7ec9b18b5de87d48da82f04963776ea2d96c4176de6a1b8b7f0d6c6dccdf")
        .containsEntry(
            "Authorization",
            "ACS3-HMAC-SHA256 Credential=STS.testid,SignedHeaders=content-type;host;x-acs-action;"
                + "x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;"
                + "x-acs-version,"
                + "Signature=e9e6dbf031b2d79a1d03d500bd3f9bb6e09b94deae619220b8fb9c3beebb1038");
  }

  // Self-derived vector, NOT official (computed with Python following Alibaba V3 signature, see
  // above).
  @Test
  void whenGetWithEncodedQueryThenStringToSignAndSignatureMatchSelfDerivedVector() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("RoleSessionName", "a b*c~d");
    query.put("Policy", "{\"Version\":\"1\"}");
    query.put("RoleArn", "acs:ram::1:role/r");
    query.put("Action", "AssumeRole");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", "127.0.0.1:8080");
    headers.put("x-acs-action", "AssumeRole");
    headers.put("x-acs-version", "2015-04-01");
    headers.put("x-acs-date", "2024-01-02T03:04:05Z");
    headers.put("x-acs-signature-nonce", "n1");
    headers.put("x-acs-content-sha256", AlibabaV3Signer.EMPTY_BODY_SHA256);

    String stringToSign =
        AlibabaV3Signer.stringToSign(
            AlibabaV3Signer.canonicalRequest("GET", "/", query, headers, new byte[0]));

    assertThat(stringToSign)
        .isEqualTo(
            "ACS3-HMAC-SHA256\n1d1bf4005b31167edd497288fd354ce630389ed7f8ab297827ef0a6f21883e48");
    assertThat(AlibabaV3Signer.signature(stringToSign, "testsecret"))
        .isEqualTo("deb54cb6c5ca3a9059f6d1c427a73f77d3eed67005df717f494b8eeb4a936ddb");
  }

  @Test
  void whenExtraHeaderOverridesDefaultThenItIsSentAndSigned() {
    Map<String, String> headers =
        AlibabaV3Signer.signedHeaders(
            "POST",
            OFFICIAL_HOST,
            officialQuery(),
            null,
            "RunInstances",
            "2014-05-26",
            "YourAccessKeyId",
            "YourAccessKeySecret",
            null,
            Instant.parse(OFFICIAL_DATE),
            OFFICIAL_NONCE,
            Map.of("X-Acs-Content-Sha256", "0000", "User-Agent", "kit"));

    Map<String, String> sent = new LinkedHashMap<>(officialHeaders());
    sent.put("x-acs-content-sha256", "0000");
    String expectedSignature =
        AlibabaV3Signer.signature(
            AlibabaV3Signer.stringToSign(
                AlibabaV3Signer.canonicalRequest("POST", "/", officialQuery(), sent, null)),
            "YourAccessKeySecret");
    assertThat(headers)
        .containsEntry("x-acs-content-sha256", "0000")
        .containsEntry("user-agent", "kit");
    assertThat(headers.get("Authorization"))
        .endsWith(",Signature=" + expectedSignature)
        .doesNotContain("user-agent")
        .isNotEqualTo(OFFICIAL_AUTHORIZATION);
  }

  @Test
  void whenNoSecurityTokenAndNoBodyThenNeitherTokenNorContentTypeHeaderIsSent() {
    Map<String, String> headers =
        AlibabaV3Signer.signedHeaders(
            "POST",
            OFFICIAL_HOST,
            Map.of(),
            null,
            "GetCallerIdentity",
            "2015-04-01",
            "testid",
            "testsecret",
            null,
            Instant.EPOCH,
            "n");

    assertThat(headers).doesNotContainKeys("x-acs-security-token", "content-type");
    assertThat(headers.get("x-acs-date")).isEqualTo("1970-01-01T00:00:00Z");
  }
}
