package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_UIN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN;
import static io.mocksts.compat.tencent.TencentSdk.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import io.mocksts.MockSts;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.junit.MockStsExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How the SDK reaches the mock: the endpoint it signs, and requests beyond the documented sizes,
 * which must get the documented error in an HTTP 200 envelope, not a bare 4xx (DESIGN.md §2,
 * tencent-sts.md §2.2, §7.5).
 */
class TencentSdkTransportCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;

  @BeforeAll
  static void start() {
    sts = STS.sts();
  }

  /**
   * With {@code localhost:PORT} the SDK signs {@code host:localhost:PORT} and derives the TC3
   * scope's service as {@code localhost:PORT}; v1 signs {@code localhost:PORT} as the host
   * (tencent-sts.md §2.4, §2.6, §8).
   */
  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenTheEndpointIsLocalhostThenTheSignatureIsStillVerified(Signing signing) throws Exception {
    ClientProfile profile = TencentSdk.profile(sts, signing);
    profile.getHttpProfile().setEndpoint("localhost:" + sts.port());
    StsClient client =
        TencentSdk.client(sts, new Credential(ALICE_SECRET_ID, ALICE_SECRET_KEY), profile);

    assertThat(client.GetCallerIdentity(new GetCallerIdentityRequest()).getUserId())
        .isEqualTo(ALICE_UIN);
  }

  /** A GET request may not exceed 32 KB (tencent-sts.md §2.2). */
  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_GET", "HMAC_SHA1_GET"})
  void whenAGetRequestExceeds32KilobytesThenRequestSizeLimitExceeded(Signing signing) {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(ROLE_ARN, "huge-get");
    request.setPolicy(policyOfLength(40_000));

    assertError(
        () ->
            TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY, signing).AssumeRole(request),
        "RequestSizeLimitExceeded");
  }

  /** The CAM policy limit, 6,144 characters (tencent-sts.md §7.5), in a body well under 10 MB. */
  @Test
  void whenThePolicyIsLongerThanTheCamLimitThenInvalidParameterPolicyTooLong() {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(ROLE_ARN, "long-policy");
    request.setPolicy(policyOfLength(7_000));

    assertError(
        () -> TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY).AssumeRole(request),
        "InvalidParameter.PolicyTooLong");
  }

  /** A valid policy of at least {@code length} characters, URL-encoded for the caller. */
  private static String policyOfLength(int length) {
    StringBuilder actions = new StringBuilder("\"name/cos:GetObject\"");
    while (actions.length() < length) {
      actions.append(",\"name/cos:GetObject\"");
    }
    String policy =
        "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":["
            + actions
            + "],\"resource\":[\"*\"]}]}";
    return URLEncoder.encode(policy, StandardCharsets.UTF_8);
  }
}
