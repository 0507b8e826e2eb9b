package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static io.mocksts.compat.alibaba.AlibabaFixtures.BOB_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.BOB_SECRET;
import static io.mocksts.compat.alibaba.AlibabaFixtures.FOREIGN_ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.REQUEST_ID_PATTERN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.UNKNOWN_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.UNKNOWN_ROLE_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "pop" SDK's error paths against the mock. {@link ClientException} carries no HTTP status, so
 * each case also sends the same request through {@code doAction}, which hands back the raw response
 * for a 4xx, to check the status.
 */
class PopSdkErrorCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;
  private static DefaultAcsClient alice;

  @BeforeAll
  static void start() {
    sts = STS.sts();
    alice = PopSdk.client(ALICE_KEY_ID, ALICE_SECRET);
  }

  @AfterAll
  static void stop() {
    alice.shutdown();
  }

  /**
   * The mock answers 400 {@code SignatureDoesNotMatch} whose Message ends with {@code server string
   * to sign is:<StringToSign>}. core 4.7.10 compares that suffix with the StringToSign it signed
   * itself ({@code DefaultAcsClient.parseAcsResponse}); as the mock canonicalises exactly as the
   * SDK does, they are equal, so the SDK concludes that only the secret can be wrong and rewrites
   * the error to {@code SDK.InvalidAccessKeySecret} (Alibaba SDKs: HTTP status handling,
   * https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-core/4.7.10/).
   */
  @Test
  void whenTheSecretIsWrongThenTheSdkReportsAnInvalidAccessKeySecret() throws Exception {
    DefaultAcsClient client = PopSdk.client(ALICE_KEY_ID, "WrongSecret0000000000000000000");
    try {
      ClientException error = failure(client, PopSdk.assumeRole(sts, ROLE_ARN, "wrong-secret"));
      HttpResponse raw = client.doAction(PopSdk.assumeRole(sts, ROLE_ARN, "wrong-secret"));

      assertThat(error.getErrCode()).isEqualTo("SDK.InvalidAccessKeySecret");
      assertThat(error.getRequestId()).matches(REQUEST_ID_PATTERN);
      assertThat(raw.getStatus()).isEqualTo(400);
      assertThat(raw.getHttpContentString())
          .contains("\"Code\":\"SignatureDoesNotMatch\"")
          .contains("server string to sign is:POST&%2F&AccessKeyId%3D" + ALICE_KEY_ID);
    } finally {
      client.shutdown();
    }
  }

  @Test
  void whenTheSecretIsWrongAndTheResponseIsXmlThenTheSdkStillRewritesTheError() throws Exception {
    DefaultAcsClient client = PopSdk.client(ALICE_KEY_ID, "WrongSecret0000000000000000000");
    try {
      ClientException error = failure(client, PopSdk.xml(PopSdk.getCallerIdentity(sts)));

      assertThat(error.getErrCode()).isEqualTo("SDK.InvalidAccessKeySecret");
    } finally {
      client.shutdown();
    }
  }

  @Test
  void whenTheAccessKeyIdIsUnknownThenInvalidAccessKeyIdNotFound() throws Exception {
    DefaultAcsClient client = PopSdk.client(UNKNOWN_KEY_ID, ALICE_SECRET);
    try {
      assertError(client, PopSdk.getCallerIdentity(sts), "InvalidAccessKeyId.NotFound", 404);
    } finally {
      client.shutdown();
    }
  }

  @Test
  void whenTheRoleDoesNotExistThenEntityNotExistRole() throws Exception {
    assertError(
        alice, PopSdk.assumeRole(sts, UNKNOWN_ROLE_ARN, "no-role"), "EntityNotExist.Role", 404);
  }

  @Test
  void whenTheRoleDoesNotExistAndTheResponseIsXmlThenEntityNotExistRole() throws Exception {
    assertError(
        alice,
        PopSdk.xml(PopSdk.assumeRole(sts, UNKNOWN_ROLE_ARN, "no-role")),
        "EntityNotExist.Role",
        404);
  }

  @Test
  void whenTheRoleDoesNotTrustTheCallerThenNoPermission() throws Exception {
    assertError(alice, PopSdk.assumeRole(sts, FOREIGN_ROLE_ARN, "foreign"), "NoPermission", 403);
  }

  @Test
  void whenTheCallerHasNoAssumeRolePermissionThenNoPermission() throws Exception {
    DefaultAcsClient bob = PopSdk.client(BOB_KEY_ID, BOB_SECRET);
    try {
      assertError(bob, PopSdk.assumeRole(sts, ROLE_ARN, "bob"), "NoPermission", 403);
    } finally {
      bob.shutdown();
    }
  }

  @Test
  void whenDurationSecondsIsBelowTheMinimumThenInvalidParameterDurationSeconds() throws Exception {
    AssumeRoleRequest request = PopSdk.assumeRole(sts, ROLE_ARN, "too-short");
    request.setDurationSeconds(899L);

    assertError(alice, request, "InvalidParameter.DurationSeconds", 400);
  }

  @Test
  void whenDurationSecondsExceedsTheRoleMaximumThenInvalidParameterDurationSeconds()
      throws Exception {
    AssumeRoleRequest request = PopSdk.assumeRole(sts, ROLE_ARN, "too-long");
    request.setDurationSeconds(3601L);

    assertError(alice, request, "InvalidParameter.DurationSeconds", 400);
  }

  /**
   * Sends the request twice: once through {@code getAcsResponse} (the SDK's exception) and once
   * through {@code doAction} (the raw status). Each send is signed afresh with a new nonce.
   */
  private static void assertError(
      DefaultAcsClient client, AcsRequest<?> request, String code, int status) throws Exception {
    ClientException error = failure(client, request);
    HttpResponse raw = client.doAction(request);

    assertThat(error.getErrCode()).isEqualTo(code);
    assertThat(error.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(raw.getStatus()).isEqualTo(status);
  }

  private static ClientException failure(DefaultAcsClient client, AcsRequest<?> request) {
    ClientException error =
        catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(request));
    assertThat(error).as("the SDK should have thrown a ClientException").isNotNull();
    return error;
  }
}
