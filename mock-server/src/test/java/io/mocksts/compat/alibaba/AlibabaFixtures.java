package io.mocksts.compat.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The identities of the bundled default world ({@code fixtures/world.yaml}) the SDK tests use. */
final class AlibabaFixtures {

  static final String ACCOUNT_ID = "1234567890123456";

  static final String ALICE_KEY_ID = "LTAI5tMockAliceAccessKey";
  static final String ALICE_SECRET = "MockAliceAccessKeySecret000001";
  static final String ALICE_USER_ID = "2000000000000001";
  static final String ALICE_ARN = "acs:ram::" + ACCOUNT_ID + ":user/alice";

  static final String BOB_KEY_ID = "LTAI5tMockBobAccessKey00";
  static final String BOB_SECRET = "MockBobAccessKeySecret00000001";

  static final String UNKNOWN_KEY_ID = "LTAI5tMockNobodyAccessKy";

  static final String ROLE_ARN = "acs:ram::" + ACCOUNT_ID + ":role/mock-role";
  static final String ROLE_ID = "300000000000000001";
  static final String EXTERNAL_ROLE_ARN = "acs:ram::" + ACCOUNT_ID + ":role/mock-external-role";
  static final String EXTERNAL_ROLE_ID = "300000000000000003";
  static final String EXTERNAL_ID = "mock-external-id";
  static final String FOREIGN_ROLE_ARN = "acs:ram::" + ACCOUNT_ID + ":role/mock-foreign-role";
  static final String UNKNOWN_ROLE_ARN = "acs:ram::" + ACCOUNT_ID + ":role/no-such-role";
  static final String OIDC_ROLE_ARN = "acs:ram::" + ACCOUNT_ID + ":role/mock-oidc-role";

  /**
   * A session policy that passes the grammar check. Its spaces, {@code *} and {@code ~} are encoded
   * differently by each SDK on the wire (Alibaba V1 signature,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md),
   * so the mock must decode before it verifies the signature.
   */
  static final String SESSION_POLICY =
      "{\"Version\": \"1\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
          + " [\"oss:GetObject\"], \"Resource\": [\"acs:oss:*:*:mock-bucket/~team/*\"]}]}";

  static final String REQUEST_ID_PATTERN =
      "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";
  static final String STS_ACCESS_KEY_ID_PATTERN = "STS\\.[A-Za-z0-9]{25}";
  static final String EXPIRATION_PATTERN = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

  private static final DateTimeFormatter EXPIRATION =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

  private AlibabaFixtures() {}

  static String roleSessionArn(String roleName, String session) {
    return "acs:ram::" + ACCOUNT_ID + ":role/" + roleName + "/" + session;
  }

  static String assumedRoleArn(String roleName, String session) {
    return "acs:ram::" + ACCOUNT_ID + ":assumed-role/" + roleName + "/" + session;
  }

  static Instant parseExpiration(String expiration) {
    return LocalDateTime.parse(expiration, EXPIRATION).toInstant(ZoneOffset.UTC);
  }

  /** Checks the shape of issued credentials and that they expire {@code seconds} from now. */
  static void assertTemporaryCredentials(
      String accessKeyId, String secret, String token, String expiration, long seconds) {
    assertThat(accessKeyId).matches(STS_ACCESS_KEY_ID_PATTERN);
    assertThat(secret).hasSize(44).matches("[A-Za-z0-9]+");
    assertThat(token).startsWith("CAIS").hasSizeGreaterThan(20);
    assertThat(expiration).matches(EXPIRATION_PATTERN);
    assertThat(parseExpiration(expiration))
        .isCloseTo(Instant.now().plusSeconds(seconds), within(10, ChronoUnit.SECONDS));
  }
}
