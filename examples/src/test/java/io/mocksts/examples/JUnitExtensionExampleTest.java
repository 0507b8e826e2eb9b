package io.mocksts.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user's test with the mock STS: the extension starts one mock per test class, with the default
 * world, and injects it; the official Alibaba Cloud SDK is pointed at it with two settings.
 */
@ExtendWith(MockStsExtension.class)
class JUnitExtensionExampleTest {

  // alice and mock-role of the default world (fixtures/world.yaml)
  static final String ALICE_KEY_ID = "LTAI5tMockAliceAccessKey";
  static final String ALICE_SECRET = "MockAliceAccessKeySecret000001";
  static final String MOCK_ROLE = "acs:ram::1234567890123456:role/mock-role";

  static Client sts(MockSts sts, String secret) throws Exception {
    return new Client(
        new Config()
            .setAccessKeyId(ALICE_KEY_ID)
            .setAccessKeySecret(secret)
            .setEndpoint("127.0.0.1:" + sts.port()) // host:port, no scheme
            .setProtocol("HTTP")); // the mock's plain-HTTP port
  }

  @Test
  void aliceAssumesTheRole(MockSts sts) throws Exception {
    AssumeRoleResponseBody body =
        sts(sts, ALICE_SECRET)
            .assumeRole(new AssumeRoleRequest().setRoleArn(MOCK_ROLE).setRoleSessionName("my-test"))
            .getBody();

    assertThat(body.getCredentials().getAccessKeyId()).startsWith("STS.");
    assertThat(body.getAssumedRoleUser().getArn()).isEqualTo(MOCK_ROLE + "/my-test");
  }

  @Test
  void aWrongSecretIsRefusedAsByTheRealService(MockSts sts) throws Exception {
    Client client = sts(sts, "not-alice-s-secret");

    TeaException error =
        catchThrowableOfType(
            TeaException.class,
            () ->
                client.assumeRole(
                    new AssumeRoleRequest().setRoleArn(MOCK_ROLE).setRoleSessionName("my-test")));

    assertThat(error.getCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.getStatusCode()).isEqualTo(400);
  }
}
