package io.mocksts.compat.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The Tencent identities of the bundled default world ({@code fixtures/world.yaml}) the SDK tests
 * use, and the shapes every response is checked against (Tencent API 3.0 responses,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md,
 * Tencent credential fields,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json,
 * Tencent STS API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json).
 */
final class TencentFixtures {

  static final String OWNER_UIN = "100000000001";
  static final String ROOT_SECRET_ID = "AKIDMockRootSecretId0000000000000001";
  static final String ROOT_SECRET_KEY = "MockRootSecretKey000000000000001";

  static final String ALICE_UIN = "100000000002";
  static final String ALICE_SECRET_ID = "AKIDMockAliceSecretId000000000000001";
  static final String ALICE_SECRET_KEY = "MockAliceSecretKey00000000000001";
  static final String ALICE_ARN = "qcs::cam::uin/" + OWNER_UIN + ":uin/" + ALICE_UIN;

  /** Alice's soft token: RFC 6238, SHA1, 6 digits, 30 s. */
  static final String ALICE_MFA_SECRET = "JBSWY3DPEHPK3PXP";

  static final String ALICE_MFA_SERIAL = "qcs::cam:uin/" + OWNER_UIN + "::mfa/softToken";

  static final String BOB_UIN = "100000000003";
  static final String BOB_SECRET_ID = "AKIDMockBobSecretId00000000000000001";
  static final String BOB_SECRET_KEY = "MockBobSecretKey0000000000000000001";

  /** carol's only key is disabled. */
  static final String CAROL_SECRET_ID = "AKIDMockCarolSecretId000000000000001";

  static final String CAROL_SECRET_KEY = "MockCarolSecretKey00000000000001";

  static final String UNKNOWN_SECRET_ID = "AKIDMockNobodySecretId00000000000001";
  static final String WRONG_SECRET_KEY = "WrongSecretKey000000000000000001";

  static final String ROLE_ID = "4611686018427397901";
  static final String ROLE_ARN = "qcs::cam::uin/" + OWNER_UIN + ":roleName/mock-role";
  static final String ROLE_ARN_BY_ID = "qcs::cam::uin/" + OWNER_UIN + ":role/" + ROLE_ID;
  static final String SAML_ROLE_ARN = "qcs::cam::uin/" + OWNER_UIN + ":roleName/mock-saml-role";
  static final String OIDC_ROLE_ARN = "qcs::cam::uin/" + OWNER_UIN + ":roleName/mock-oidc-role";

  /** MaxSessionDuration 3600. */
  static final String SHORT_ROLE_ARN = "qcs::cam::uin/" + OWNER_UIN + ":roleName/mock-short-role";

  /** Trust policy condition {@code sts:external_id = mock-external-id}. */
  static final String EXTERNAL_ROLE_ARN =
      "qcs::cam::uin/" + OWNER_UIN + ":roleName/mock-external-role";

  static final String EXTERNAL_ID = "mock-external-id";

  /** Trusts only the account 200000000001. */
  static final String FOREIGN_ROLE_ARN =
      "qcs::cam::uin/" + OWNER_UIN + ":roleName/mock-foreign-role";

  static final String UNKNOWN_ROLE_ARN = "qcs::cam::uin/" + OWNER_UIN + ":roleName/no-such-role";
  static final String SAML_PROVIDER_ARN = "qcs::cam::uin/" + OWNER_UIN + ":saml-provider/mock-idp";
  static final String OIDC_PROVIDER_ID = "mock-oidc";

  /**
   * A CAM policy (Tencent role trust policies,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%A7%92%E8%89%B2/%E5%88%9B%E5%BB%BA%E8%A7%92%E8%89%B2_intl_en.md
   * grammar), as the caller writes it before URL-encoding.
   */
  static final String SESSION_POLICY =
      "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\","
          + "\"action\":[\"name/cos:GetObject\"],\"resource\":[\"*\"]}]}";

  /**
   * {@code Policy} as the caller must send it: URL-encoded once; the server URL-decodes it once
   * (Tencent parameter encoding,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E8%A7%92%E8%89%B2%20SSO/%E4%BD%BF%E7%94%A8%20OIDC%20%E8%BF%9B%E8%A1%8C%E8%A7%92%E8%89%B2%20SSO_intl_en.md).
   * The SDK adds the transport encoding for GET and v1 form bodies itself.
   */
  static final String ENCODED_SESSION_POLICY =
      URLEncoder.encode(SESSION_POLICY, StandardCharsets.UTF_8);

  /**
   * Lower-case UUID-like; the official examples are lower-case UUIDs, and one uses a non-hex
   * character, so only the shape is checked (Tencent API 3.0 responses).
   */
  static final String REQUEST_ID_PATTERN =
      "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}";

  static final String EXPIRATION_PATTERN = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

  private static final DateTimeFormatter EXPIRATION =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

  private TencentFixtures() {}

  static String assumedRoleArn(String roleId) {
    return "qcs::sts:" + OWNER_UIN + ":assumed-role/" + roleId;
  }

  static String federatedUserArn(String uin) {
    return "qcs::sts:" + OWNER_UIN + ":federated-user/" + uin;
  }

  static Instant parseExpiration(String expiration) {
    return LocalDateTime.parse(expiration, EXPIRATION).toInstant(ZoneOffset.UTC);
  }

  /**
   * Checks issued credentials (Tencent credential fields): {@code TmpSecretId} starts with {@code
   * AKID}, the documented length limits, {@code ExpiredTime} {@code seconds} after {@code issuedAt}
   * (the mock's time), and {@code Expiration} = {@code ExpiredTime} in UTC, without a fraction.
   */
  static void assertTemporaryCredentials(
      String tmpSecretId,
      String tmpSecretKey,
      String token,
      Long expiredTime,
      String expiration,
      Instant issuedAt,
      long seconds) {
    assertThat(tmpSecretId).startsWith("AKID").hasSizeGreaterThan(4).hasSizeLessThanOrEqualTo(1024);
    assertThat(tmpSecretId).doesNotContain(ALICE_SECRET_ID, ROOT_SECRET_ID, BOB_SECRET_ID);
    assertThat(tmpSecretKey).isNotBlank().hasSizeLessThanOrEqualTo(1024);
    assertThat(token).isNotBlank().hasSizeLessThanOrEqualTo(4096);
    assertThat(expiredTime).isNotNull();
    assertThat(Instant.ofEpochSecond(expiredTime))
        .isCloseTo(issuedAt.plusSeconds(seconds), within(10, ChronoUnit.SECONDS));
    assertThat(expiration).matches(EXPIRATION_PATTERN);
    assertThat(parseExpiration(expiration)).isEqualTo(Instant.ofEpochSecond(expiredTime));
  }
}
