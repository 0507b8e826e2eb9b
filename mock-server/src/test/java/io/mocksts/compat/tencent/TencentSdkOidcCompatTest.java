package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.OIDC_PROVIDER_ID;
import static io.mocksts.compat.tencent.TencentFixtures.OIDC_ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.OWNER_UIN;
import static io.mocksts.compat.tencent.TencentSdk.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithWebIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithWebIdentityResponse;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityResponse;
import io.mocksts.MockSts;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.idp.TestIssuer;
import io.mocksts.junit.MockStsExtension;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The official Tencent Java SDK (3.1.678) exchanges a token of the bundled test OIDC issuer for
 * role credentials with AssumeRoleWithWebIdentity (Tencent AssumeRoleWithWebIdentity reference,
 * https://cloud.tencent.com/document/product/1312/73070) and uses them; a forged token surfaces as
 * the documented code.
 */
class TencentSdkOidcCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;

  @BeforeAll
  static void start() {
    sts = STS.sts();
  }

  static AssumeRoleWithWebIdentityRequest request(String token) {
    AssumeRoleWithWebIdentityRequest request = new AssumeRoleWithWebIdentityRequest();
    request.setProviderId(OIDC_PROVIDER_ID);
    request.setWebIdentityToken(token);
    request.setRoleArn(OIDC_ROLE_ARN);
    request.setRoleSessionName("sdk-oidc");
    request.setDurationSeconds(1800L);
    return request;
  }

  @Test
  void whenABundledIssuerTokenIsExchangedThenTheSdkGetsWorkingRoleCredentials()
      throws TencentCloudSDKException {
    String token =
        TestIssuer.bundled(Clock.systemUTC())
            .token("system:serviceaccount:default:app")
            .audience("sts.cloud.tencent.com")
            .sign();
    StsClient anonymous = TencentSdk.client(sts, new Credential("", ""), Signing.TC3_POST);

    AssumeRoleWithWebIdentityResponse response =
        anonymous.AssumeRoleWithWebIdentity(request(token));

    assertThat(response.getCredentials().getTmpSecretId()).startsWith("AKID");
    assertThat(response.getExpiredTime() - System.currentTimeMillis() / 1000)
        .isBetween(1790L, 1810L);
    StsClient session =
        TencentSdk.client(
            sts,
            new Credential(
                response.getCredentials().getTmpSecretId(),
                response.getCredentials().getTmpSecretKey(),
                response.getCredentials().getToken()),
            Signing.TC3_POST);
    GetCallerIdentityResponse identity = session.GetCallerIdentity(new GetCallerIdentityRequest());
    assertThat(identity.getType()).isEqualTo("CAMRole");
    assertThat(identity.getAccountId()).isEqualTo(OWNER_UIN);
    assertThat(identity.getUserId()).isEqualTo("4611686018427397903:sdk-oidc");
  }

  @Test
  void whenTheTokenHasExpiredThenTheSdkSeesWebIdentityTokenError() {
    String expired =
        TestIssuer.bundled(Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)))
            .token("system:serviceaccount:default:app")
            .audience("sts.cloud.tencent.com")
            .sign();
    StsClient anonymous = TencentSdk.client(sts, new Credential("", ""), Signing.TC3_POST);

    assertError(
        () -> anonymous.AssumeRoleWithWebIdentity(request(expired)),
        "InvalidParameter.WebIdentityTokenError");
  }
}
