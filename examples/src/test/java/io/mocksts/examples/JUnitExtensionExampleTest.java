package io.mocksts.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponseBody;
import com.aliyun.sts20150401.models.AssumeRoleWithOIDCRequest;
import com.aliyun.sts20150401.models.GetCallerIdentityResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import io.mocksts.Endpoints;
import io.mocksts.Fault;
import io.mocksts.Faults;
import io.mocksts.Identities;
import io.mocksts.MockClock;
import io.mocksts.idp.TestIssuer;
import io.mocksts.junit.MockStsTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A user's test with the mock STS: {@code @MockStsTest} starts one mock for the class (default
 * world, free port) and injects what a test needs; the official Alibaba Cloud SDK (Tea {@code
 * sts20150401}) is pointed at it with two settings.
 */
@MockStsTest
class JUnitExtensionExampleTest {

  static Client sts(Endpoints endpoints, String keyId, String secret) throws Exception {
    return new Client(
        new Config()
            .setAccessKeyId(keyId)
            .setAccessKeySecret(secret)
            .setEndpoint(endpoints.httpHost()) // 127.0.0.1:PORT, no scheme
            .setProtocol("HTTP"));
  }

  @Test
  void aliceAssumesTheRoleAndTheCredentialsWork(Endpoints endpoints, Identities identities)
      throws Exception {
    Identities.Account account = identities.alibaba().main();
    Identities.User alice = account.user("alice");

    AssumeRoleResponseBody body =
        sts(endpoints, alice.accessKeyId(), alice.accessKeySecret())
            .assumeRole(
                new AssumeRoleRequest()
                    .setRoleArn(account.roleArn("mock-role"))
                    .setRoleSessionName("my-test"))
            .getBody();

    assertThat(body.getCredentials().getAccessKeyId()).startsWith("STS.");
    assertThat(body.getAssumedRoleUser().getArn())
        .isEqualTo(account.roleArn("mock-role") + "/my-test");
  }

  @Test
  void aWrongSecretIsRefusedAsByTheRealService(Endpoints endpoints, Identities identities)
      throws Exception {
    Identities.Account account = identities.alibaba().main();
    Client client = sts(endpoints, account.user("alice").accessKeyId(), "not-alice-s-secret");

    TeaException error =
        catchThrowableOfType(
            TeaException.class,
            () ->
                client.assumeRole(
                    new AssumeRoleRequest()
                        .setRoleArn(account.roleArn("mock-role"))
                        .setRoleSessionName("my-test")));

    assertThat(error.getCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.getStatusCode()).isEqualTo(400);
  }

  @Test
  void anOidcTokenOfTheTestIssuerIsExchanged(
      Endpoints endpoints, Identities identities, TestIssuer issuer) throws Exception {
    Identities.Account account = identities.alibaba().main();
    String token =
        issuer.token("system:serviceaccount:default:my-app").audience("sts.aliyuncs.com").sign();

    AssumeRoleWithOIDCRequest request =
        new AssumeRoleWithOIDCRequest()
            .setOIDCProviderArn(account.oidcProvider("mock-oidc").arn())
            .setRoleArn(account.roleArn("mock-oidc-role"))
            .setOIDCToken(token)
            .setRoleSessionName("my-app");

    assertThat(
            new Client(new Config().setEndpoint(endpoints.httpHost()).setProtocol("HTTP"))
                .assumeRoleWithOIDC(request)
                .getBody()
                .getCredentials()
                .getSecurityToken())
        .isNotBlank();
  }

  @Test
  void issuedCredentialsExpireWhenTheMockSClockMoves(
      Endpoints endpoints, Identities identities, MockClock clock) throws Exception {
    Identities.Account account = identities.alibaba().main();
    Identities.User alice = account.user("alice");
    AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials issued =
        sts(endpoints, alice.accessKeyId(), alice.accessKeySecret())
            .assumeRole(
                new AssumeRoleRequest()
                    .setRoleArn(account.roleArn("mock-role"))
                    .setRoleSessionName("my-test")
                    .setDurationSeconds(900L))
            .getBody()
            .getCredentials();
    Config session =
        new Config()
            .setAccessKeyId(issued.getAccessKeyId())
            .setAccessKeySecret(issued.getAccessKeySecret())
            .setSecurityToken(issued.getSecurityToken())
            .setEndpoint(endpoints.httpHost())
            .setProtocol("HTTP");

    clock.advance(Duration.ofMinutes(16)); // put back onto real time after the test

    TeaException error =
        catchThrowableOfType(TeaException.class, () -> new Client(session).getCallerIdentity());
    assertThat(error.getCode()).isEqualTo("InvalidSecurityToken.Expired");
  }

  @Test
  void anInjectedThrottlingErrorReachesTheSdk(
      Endpoints endpoints, Identities identities, Faults faults) throws Exception {
    Identities.User alice = identities.alibaba().main().user("alice");
    faults.inject(Fault.alibaba().action("GetCallerIdentity").error("Throttling").times(1));
    Client client = sts(endpoints, alice.accessKeyId(), alice.accessKeySecret());

    TeaException error = catchThrowableOfType(TeaException.class, client::getCallerIdentity);
    GetCallerIdentityResponseBody next =
        client.getCallerIdentity().getBody(); // the fault is used up

    assertThat(error.getCode()).isEqualTo("Throttling");
    assertThat(next.getIdentityType()).isEqualTo("RAMUser");
  }
}
