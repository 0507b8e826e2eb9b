package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_UIN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetFederationTokenRequest;
import com.tencentcloudapi.sts.v20180813.models.Tag;
import io.mocksts.MockSts;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.junit.MockStsExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Values that each transport encodes differently, sent through the SDK: the TC3 JSON body carries
 * them as they are, the TC3 GET query form-encodes them and signs that raw query string, and v1
 * signs the decoded values (Tencent TC3-HMAC-SHA256 signature,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md,
 * Tencent signature v1,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md,
 * Tencent parameter encoding,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E8%A7%92%E8%89%B2%20SSO/%E4%BD%BF%E7%94%A8%20OIDC%20%E8%BF%9B%E8%A1%8C%E8%A7%92%E8%89%B2%20SSO_intl_en.md).
 * The mock must decode exactly once per layer before it verifies the signature and reads the value.
 */
class TencentSdkEncodingCompatTest {

  /**
   * RoleSessionName's whole documented character set: {@code [\w+=,.@_-]*} (Tencent AssumeRole
   * reference, https://cloud.tencent.com/document/product/598/33164).
   */
  private static final String SPECIAL_SESSION = "a+b=c,d.e@f_g-h";

  /**
   * A policy written the way people write JSON, with spaces: {@link URLEncoder} turns them into
   * {@code +}, which the server's URL-decoding turns back into spaces (Tencent parameter encoding).
   */
  private static final String SPACED_POLICY =
      "{\"version\": \"2.0\", \"statement\": [{\"effect\": \"allow\", \"action\":"
          + " [\"name/cos:GetObject\"], \"resource\": [\"*\"]}]}";

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;

  @BeforeAll
  static void start() {
    sts = STS.sts();
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenTheSessionNameUsesEveryAllowedSpecialCharacterThenItComesBackUnchanged(Signing signing)
      throws Exception {
    Credentials credentials =
        alice(signing)
            .AssumeRole(TencentSdkCompatTest.assumeRole(ROLE_ARN, SPECIAL_SESSION))
            .getCredentials();

    String userId =
        TencentSdk.sessionClient(
                sts,
                credentials.getTmpSecretId(),
                credentials.getTmpSecretKey(),
                credentials.getToken(),
                signing)
            .GetCallerIdentity(new GetCallerIdentityRequest())
            .getUserId();

    assertThat(userId).isEqualTo(ROLE_ID + ":" + SPECIAL_SESSION);
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenAPolicyWithSpacesIsUrlEncodedByTheCallerThenTheRoleIsAssumed(Signing signing)
      throws Exception {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(ROLE_ARN, "spaced-policy");
    request.setPolicy(URLEncoder.encode(SPACED_POLICY, StandardCharsets.UTF_8));

    assertThat(alice(signing).AssumeRole(request).getCredentials().getTmpSecretId())
        .startsWith("AKID");
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenTagsHoldChineseTextSpacesAndSeparatorsThenTheRoleIsAssumed(Signing signing)
      throws Exception {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(ROLE_ARN, "tags-utf8");
    request.setTags(
        new Tag[] {tag("部门", "研发 运维"), tag("path", "a/b:c=d+e@f.g"), tag("Team", "mock-sts")});

    assertThat(alice(signing).AssumeRole(request).getCredentials().getTmpSecretId())
        .startsWith("AKID");
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenTheFederatedNameIsMixedCaseThenItComesBackUnchanged(Signing signing) throws Exception {
    GetFederationTokenRequest request = TencentSdkCompatTest.federationToken("MixedCaseName");
    request.setPolicy(URLEncoder.encode(SPACED_POLICY, StandardCharsets.UTF_8));
    Credentials credentials = alice(signing).GetFederationToken(request).getCredentials();

    String userId =
        TencentSdk.sessionClient(
                sts,
                credentials.getTmpSecretId(),
                credentials.getTmpSecretKey(),
                credentials.getToken(),
                signing)
            .GetCallerIdentity(new GetCallerIdentityRequest())
            .getUserId();

    assertThat(userId).isEqualTo(ALICE_UIN + ":MixedCaseName");
  }

  private static StsClient alice(Signing signing) {
    return TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY, signing);
  }

  private static Tag tag(String key, String value) {
    Tag tag = new Tag();
    tag.setKey(key);
    tag.setValue(value);
    return tag;
  }
}
