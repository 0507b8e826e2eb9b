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
 * which must get the documented error in an HTTP 200 envelope, not a bare 4xx
 * (docs/architecture.md, rule 8; Tencent API 3.0 request structure,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md,
 * Tencent policy length limits,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E4%BA%A7%E5%93%81%E7%AE%80%E4%BB%8B/%E4%BD%BF%E7%94%A8%E9%99%90%E5%88%B6_intl_en.md).
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
   * scope's service as {@code localhost:PORT}; v1 signs {@code localhost:PORT} as the host (Tencent
   * TC3-HMAC-SHA256 signature,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md,
   * Tencent signature v1,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md,
   * Tencent Java SDK endpoint configuration,
   * https://repo1.maven.org/maven2/com/tencentcloudapi/tencentcloud-sdk-java-common/3.1.678/).
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

  /**
   * A GET request may not exceed 32 KB (Tencent API 3.0 request structure,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md).
   */
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

  /**
   * The CAM policy limit, 6,144 characters (Tencent policy length limits), in a body well under 10
   * MB.
   */
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
