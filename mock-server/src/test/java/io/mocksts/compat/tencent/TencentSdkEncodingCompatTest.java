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
 * signs the decoded values (tencent-sts.md §2.4, §2.6, §2.8). The mock must decode exactly once per
 * layer before it verifies the signature and reads the value.
 */
class TencentSdkEncodingCompatTest {

  /** RoleSessionName's whole documented character set: {@code [\w+=,.@_-]*} (§4.1). */
  private static final String SPECIAL_SESSION = "a+b=c,d.e@f_g-h";

  /**
   * A policy written the way people write JSON, with spaces: {@link URLEncoder} turns them into
   * {@code +}, which the server's URL-decoding turns back into spaces (§2.8).
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
