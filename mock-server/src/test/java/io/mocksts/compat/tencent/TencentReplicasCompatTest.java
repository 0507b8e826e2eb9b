package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.OWNER_UIN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ID;
import static io.mocksts.compat.tencent.TencentFixtures.SHORT_ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.assumedRoleArn;
import static io.mocksts.compat.tencent.TencentSdk.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityResponse;
import io.mocksts.MasterKey;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Replicas behind a load balancer (docs/time-and-replicas.md), seen through the Tencent SDK: A and
 * B share key file {@code k1}; C has only {@code k2}; D rotates, {@code k2} current and {@code k1}
 * older. Credentials minted by one are used on another.
 */
class TencentReplicasCompatTest {

  @TempDir static Path dir;

  private static final List<MockSts> started = new ArrayList<>();
  private static MockSts a;
  private static MockSts b;
  private static MockSts c;
  private static MockSts d;

  @BeforeAll
  static void start() throws Exception {
    String k1 = MasterKey.generateLine("k1");
    String k2 = MasterKey.generateLine("k2");
    a = start(Files.writeString(dir.resolve("key1"), k1));
    b = start(Files.writeString(dir.resolve("key1-copy"), "# the same key\n" + k1 + "\n"));
    c = start(Files.writeString(dir.resolve("key2"), k2 + "\n"));
    d = start(Files.writeString(dir.resolve("rotation"), k2 + "\n" + k1 + "\n"));
  }

  private static MockSts start(Path keyFile) {
    MockSts sts = MockSts.start(MockStsOptions.defaults().withMasterKeyFile(keyFile));
    started.add(sts);
    return sts;
  }

  @AfterAll
  static void stop() {
    started.forEach(MockSts::stop);
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA256_GET"})
  void whenTwoInstancesShareTheKeyFileThenCredentialsFromOneWorkOnTheOther(Signing signing)
      throws Exception {
    Credentials fromA = assumeRole(alice(a), ROLE_ARN, "on-a");

    GetCallerIdentityResponse identity =
        session(b, fromA, signing).GetCallerIdentity(new GetCallerIdentityRequest());

    assertThat(identity.getType()).isEqualTo("CAMRole");
    assertThat(identity.getArn()).isEqualTo(assumedRoleArn(ROLE_ID));
    assertThat(identity.getAccountId()).isEqualTo(OWNER_UIN);
  }

  @Test
  void whenARoleSessionFromOneInstanceAssumesARoleOnTheOtherThenTheChainWorksBothWays()
      throws Exception {
    Credentials fromA = assumeRole(alice(a), ROLE_ARN, "first");
    Credentials fromB = assumeRole(session(b, fromA, Signing.TC3_POST), SHORT_ROLE_ARN, "second");

    GetCallerIdentityResponse identity =
        session(a, fromB, Signing.TC3_POST).GetCallerIdentity(new GetCallerIdentityRequest());

    assertThat(identity.getType()).isEqualTo("CAMRole");
    assertThat(identity.getUserId()).endsWith(":second");
  }

  @Test
  void whenAnInstanceHasAnotherKeyThenItRefusesTheToken() throws Exception {
    Credentials fromA = assumeRole(alice(a), ROLE_ARN, "on-a");

    assertError(
        () -> session(c, fromA, Signing.TC3_POST).GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.TokenFailure");
  }

  @Test
  void whenAnInstanceRotatesThenItAcceptsOlderKeyTokensAndMintsUnderTheNewKey() throws Exception {
    Credentials sealedByK1 = assumeRole(alice(a), ROLE_ARN, "k1-token");
    assertThat(
            session(d, sealedByK1, Signing.TC3_POST)
                .GetCallerIdentity(new GetCallerIdentityRequest())
                .getType())
        .as("D accepts a token sealed by its older key")
        .isEqualTo("CAMRole");

    Credentials sealedByK2 =
        assumeRole(session(d, sealedByK1, Signing.TC3_POST), SHORT_ROLE_ARN, "k2-token");

    assertThat(
            session(c, sealedByK2, Signing.TC3_POST)
                .GetCallerIdentity(new GetCallerIdentityRequest())
                .getUserId())
        .as("C, with only k2, accepts what D minted")
        .endsWith(":k2-token");
    assertError(
        () ->
            session(a, sealedByK2, Signing.TC3_POST)
                .GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.TokenFailure");
    assertError(
        () ->
            session(c, sealedByK1, Signing.TC3_POST)
                .GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.TokenFailure");
  }

  private static StsClient alice(MockSts target) {
    return TencentSdk.client(target, ALICE_SECRET_ID, ALICE_SECRET_KEY);
  }

  private static Credentials assumeRole(StsClient client, String roleArn, String sessionName)
      throws Exception {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(roleArn, sessionName);
    request.setDurationSeconds(1800L);
    return client.AssumeRole(request).getCredentials();
  }

  private static StsClient session(MockSts target, Credentials credentials, Signing signing) {
    return TencentSdk.sessionClient(
        target,
        credentials.getTmpSecretId(),
        credentials.getTmpSecretKey(),
        credentials.getToken(),
        signing);
  }
}
