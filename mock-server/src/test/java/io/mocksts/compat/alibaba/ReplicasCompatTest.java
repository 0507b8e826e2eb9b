package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ACCOUNT_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assumedRoleArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityResponse;
import io.mocksts.MasterKey;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas behind a load balancer (docs/time-and-replicas.md), seen through the pop SDK: several
 * mocks in one JVM. A and B share key file {@code k1}; C has only {@code k2}; D rotates, {@code k2}
 * current and {@code k1} older. Credentials minted by one are used on another.
 */
class ReplicasCompatTest {

  private static final String CHAINED_ROLE_ARN = "acs:ram::" + ACCOUNT_ID + ":role/mock-long-role";

  @TempDir static Path dir;

  private static final List<MockSts> started = new ArrayList<>();
  private static MockSts a;
  private static MockSts b;
  private static MockSts c;
  private static MockSts d;
  private static DefaultAcsClient alice;

  @BeforeAll
  static void start() throws Exception {
    String k1 = MasterKey.generateLine("k1");
    String k2 = MasterKey.generateLine("k2");
    Path key1 = Files.writeString(dir.resolve("key1"), k1 + "\n");
    Path key2 = Files.writeString(dir.resolve("key2"), k2 + "\n");
    Path rotation = Files.writeString(dir.resolve("rotation"), k2 + "\n" + k1 + "\n");
    a = start(key1);
    b = start(key1);
    c = start(key2);
    d = start(rotation);
    alice = PopSdk.client(ALICE_KEY_ID, ALICE_SECRET);
  }

  private static MockSts start(Path keyFile) {
    MockSts sts = MockSts.start(MockStsOptions.defaults().withMasterKeyFile(keyFile));
    started.add(sts);
    return sts;
  }

  @AfterAll
  static void stop() {
    alice.shutdown();
    started.forEach(MockSts::stop);
  }

  @Test
  void whenTwoInstancesShareTheKeyFileThenCredentialsFromOneWorkOnTheOther() throws Exception {
    AssumeRoleResponse.Credentials fromA = assumeRole(alice, a, ROLE_ARN, "on-a");
    DefaultAcsClient session = session(fromA);
    try {
      GetCallerIdentityResponse identity = session.getAcsResponse(PopSdk.getCallerIdentity(b));

      assertThat(identity.getIdentityType()).isEqualTo("AssumedRoleUser");
      assertThat(identity.getArn()).isEqualTo(assumedRoleArn("mock-role", "on-a"));
    } finally {
      session.shutdown();
    }
  }

  @Test
  void whenARoleSessionFromOneInstanceAssumesARoleOnTheOtherThenTheChainWorksBothWays()
      throws Exception {
    AssumeRoleResponse.Credentials fromA = assumeRole(alice, a, ROLE_ARN, "first");
    DefaultAcsClient first = session(fromA);
    AssumeRoleResponse.Credentials fromB;
    try {
      fromB = assumeRole(first, b, CHAINED_ROLE_ARN, "second");
    } finally {
      first.shutdown();
    }
    DefaultAcsClient second = session(fromB);
    try {
      assertThat(second.getAcsResponse(PopSdk.getCallerIdentity(a)).getArn())
          .isEqualTo(assumedRoleArn("mock-long-role", "second"));
    } finally {
      second.shutdown();
    }
  }

  @Test
  void whenAnInstanceHasAnotherKeyThenItRefusesTheTokenAsMalformed() throws Exception {
    AssumeRoleResponse.Credentials fromA = assumeRole(alice, a, ROLE_ARN, "on-a");
    DefaultAcsClient session = session(fromA);
    try {
      ClientException error =
          catchThrowableOfType(
              ClientException.class, () -> session.getAcsResponse(PopSdk.getCallerIdentity(c)));
      HttpResponse raw = session.doAction(PopSdk.getCallerIdentity(c));

      assertThat(error).isNotNull();
      assertThat(error.getErrCode()).isEqualTo("InvalidSecurityToken.Malformed");
      assertThat(raw.getStatus()).isEqualTo(400);
    } finally {
      session.shutdown();
    }
  }

  @Test
  void whenAnInstanceRotatesThenItAcceptsOlderKeyTokensAndMintsUnderTheNewKey() throws Exception {
    assertThat(d.masterKeyIds()).containsExactly("k2", "k1");
    DefaultAcsClient sealedByK1 = session(assumeRole(alice, a, ROLE_ARN, "k1-token"));
    AssumeRoleResponse.Credentials fromD;
    try {
      assertThat(sealedByK1.getAcsResponse(PopSdk.getCallerIdentity(d)).getArn())
          .as("D accepts a token sealed by its older key")
          .isEqualTo(assumedRoleArn("mock-role", "k1-token"));
      fromD = assumeRole(sealedByK1, d, CHAINED_ROLE_ARN, "k2-token");
    } finally {
      sealedByK1.shutdown();
    }
    DefaultAcsClient sealedByK2 = session(fromD);
    try {
      assertThat(sealedByK2.getAcsResponse(PopSdk.getCallerIdentity(c)).getArn())
          .as("C, with only k2, accepts what D minted")
          .isEqualTo(assumedRoleArn("mock-long-role", "k2-token"));
      ClientException onA =
          catchThrowableOfType(
              ClientException.class, () -> sealedByK2.getAcsResponse(PopSdk.getCallerIdentity(a)));
      assertThat(onA).as("A, with only k1, refuses what D minted under k2").isNotNull();
      assertThat(onA.getErrCode()).isEqualTo("InvalidSecurityToken.Malformed");
    } finally {
      sealedByK2.shutdown();
    }
  }

  @Test
  void whenAnInstanceHasOnlyTheNewKeyThenItRefusesOlderKeyTokens() throws Exception {
    DefaultAcsClient sealedByK2 = session(assumeRole(alice, d, ROLE_ARN, "minted-on-d"));
    DefaultAcsClient sealedByK1 = session(assumeRole(alice, b, ROLE_ARN, "minted-on-b"));
    try {
      assertThat(sealedByK2.getAcsResponse(PopSdk.getCallerIdentity(c)).getIdentityType())
          .as("D mints under k2, which C has")
          .isEqualTo("AssumedRoleUser");
      ClientException error =
          catchThrowableOfType(
              ClientException.class, () -> sealedByK1.getAcsResponse(PopSdk.getCallerIdentity(c)));
      assertThat(error).as("C, with only k2, refuses a k1 token").isNotNull();
      assertThat(error.getErrCode()).isEqualTo("InvalidSecurityToken.Malformed");
    } finally {
      sealedByK2.shutdown();
      sealedByK1.shutdown();
    }
  }

  @Test
  void whenNoKeyFileIsGivenThenTwoInstancesRefuseEachOthersTokens() throws Exception {
    try (MockSts one = MockSts.start();
        MockSts two = MockSts.start()) {
      assertThat(one.masterKeySupplied()).isFalse();
      DefaultAcsClient session = session(assumeRole(alice, one, ROLE_ARN, "random-key"));
      try {
        ClientException error =
            catchThrowableOfType(
                ClientException.class, () -> session.getAcsResponse(PopSdk.getCallerIdentity(two)));
        assertThat(error).isNotNull();
        assertThat(error.getErrCode()).isEqualTo("InvalidSecurityToken.Malformed");
      } finally {
        session.shutdown();
      }
    }
  }

  private static AssumeRoleResponse.Credentials assumeRole(
      DefaultAcsClient client, MockSts target, String roleArn, String sessionName)
      throws Exception {
    AssumeRoleRequest request = PopSdk.assumeRole(target, roleArn, sessionName);
    return client.getAcsResponse(request).getCredentials();
  }

  private static DefaultAcsClient session(AssumeRoleResponse.Credentials credentials) {
    return PopSdk.sessionClient(
        credentials.getAccessKeyId(),
        credentials.getAccessKeySecret(),
        credentials.getSecurityToken());
  }
}
