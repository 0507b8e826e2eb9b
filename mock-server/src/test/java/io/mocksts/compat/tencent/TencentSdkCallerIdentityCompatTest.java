package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_UIN;
import static io.mocksts.compat.tencent.TencentFixtures.OWNER_UIN;
import static io.mocksts.compat.tencent.TencentFixtures.REQUEST_ID_PATTERN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN_BY_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ROOT_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ROOT_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.assumedRoleArn;
import static io.mocksts.compat.tencent.TencentFixtures.federatedUserArn;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityResponse;
import io.mocksts.MockSts;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.junit.MockStsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GetCallerIdentity through the official SDK for each kind of caller the action documents: a
 * sub-user's long-term key, the root account's, AssumeRole credentials and GetFederationToken
 * credentials (Tencent STS: who may call,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json,
 * Tencent GetCallerIdentity API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json).
 * The temporary credentials travel as {@code X-TC-Token} (TC3) or as the signed {@code Token}
 * parameter (v1).
 */
class TencentSdkCallerIdentityCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;

  @BeforeAll
  static void start() {
    sts = STS.sts();
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenAliceCallsGetCallerIdentityThenSheIsACamUserOfTheAccount(Signing signing)
      throws Exception {
    GetCallerIdentityResponse identity =
        getCallerIdentity(TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY, signing));

    assertThat(identity.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(identity.getType()).isEqualTo("CAMUser");
    assertThat(identity.getAccountId()).isEqualTo(OWNER_UIN);
    assertThat(identity.getUserId()).isEqualTo(ALICE_UIN);
    assertThat(identity.getPrincipalId()).isEqualTo(ALICE_UIN);
    assertThat(identity.getArn()).isEqualTo(ALICE_ARN);
  }

  /**
   * For a cloud account UserId and PrincipalId are the account's own UIN (Tencent GetCallerIdentity
   * API model); the {@code Type} value and the Arn form for a root account are not documented (open
   * question on GetCallerIdentity Type and ARN forms), so only their shape is checked.
   */
  @Test
  void whenTheRootAccountCallsGetCallerIdentityThenItIsTheAccountItself() throws Exception {
    GetCallerIdentityResponse identity =
        getCallerIdentity(TencentSdk.client(sts, ROOT_SECRET_ID, ROOT_SECRET_KEY));

    assertThat(identity.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(identity.getAccountId()).isEqualTo(OWNER_UIN);
    assertThat(identity.getUserId()).isEqualTo(OWNER_UIN);
    assertThat(identity.getPrincipalId()).isEqualTo(OWNER_UIN);
    assertThat(identity.getType()).isNotBlank();
    assertThat(identity.getArn())
        .startsWith("qcs::cam::uin/" + OWNER_UIN + ":")
        .matches(".*:(uin/" + OWNER_UIN + "|root)");
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenAssumeRoleCredentialsCallGetCallerIdentityThenTheCallerIsTheRoleSession(Signing signing)
      throws Exception {
    String session = TencentSdkCompatTest.sessionName(signing);
    Credentials credentials =
        alice().AssumeRole(TencentSdkCompatTest.assumeRole(ROLE_ARN, session)).getCredentials();

    GetCallerIdentityResponse identity = getCallerIdentity(session(credentials, signing));

    assertRoleSession(identity, session);
  }

  @Test
  void whenTheRoleWasNamedByItsIdThenTheSessionIsTheSame() throws Exception {
    Credentials credentials =
        alice()
            .AssumeRole(TencentSdkCompatTest.assumeRole(ROLE_ARN_BY_ID, "by-id"))
            .getCredentials();

    GetCallerIdentityResponse identity = getCallerIdentity(session(credentials, Signing.TC3_POST));

    assertRoleSession(identity, "by-id");
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "TC3_GET", "HMAC_SHA1_POST", "HMAC_SHA256_GET"})
  void whenFederationTokenCredentialsCallGetCallerIdentityThenTheCallerIsTheFederatedUser(
      Signing signing) throws Exception {
    Credentials credentials =
        alice()
            .GetFederationToken(TencentSdkCompatTest.federationToken("federatedAlice"))
            .getCredentials();

    GetCallerIdentityResponse identity = getCallerIdentity(session(credentials, signing));

    assertThat(identity.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(identity.getType()).isEqualTo("CAMUser");
    assertThat(identity.getAccountId()).isEqualTo(OWNER_UIN);
    assertThat(identity.getUserId()).isEqualTo(ALICE_UIN + ":federatedAlice");
    assertThat(identity.getPrincipalId()).isEqualTo(ALICE_UIN);
    assertThat(identity.getArn()).isEqualTo(federatedUserArn(ALICE_UIN));
  }

  private static void assertRoleSession(GetCallerIdentityResponse identity, String session) {
    assertThat(identity.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(identity.getType()).isEqualTo("CAMRole");
    assertThat(identity.getAccountId()).isEqualTo(OWNER_UIN);
    assertThat(identity.getUserId()).isEqualTo(ROLE_ID + ":" + session);
    assertThat(identity.getPrincipalId()).as("the UIN that assumed the role").isEqualTo(ALICE_UIN);
    assertThat(identity.getArn()).isEqualTo(assumedRoleArn(ROLE_ID));
  }

  private static StsClient alice() {
    return TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY);
  }

  private static StsClient session(Credentials credentials, Signing signing) {
    return TencentSdk.sessionClient(
        sts,
        credentials.getTmpSecretId(),
        credentials.getTmpSecretKey(),
        credentials.getToken(),
        signing);
  }

  private static GetCallerIdentityResponse getCallerIdentity(StsClient client) throws Exception {
    return client.GetCallerIdentity(new GetCallerIdentityRequest());
  }
}
