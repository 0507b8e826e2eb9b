package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ACCOUNT_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_USER_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.EXTERNAL_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.EXTERNAL_ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.EXTERNAL_ROLE_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.REQUEST_ID_PATTERN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.SESSION_POLICY;
import static io.mocksts.compat.alibaba.AlibabaFixtures.UNKNOWN_ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assertTemporaryCredentials;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assumedRoleArn;
import static io.mocksts.compat.alibaba.AlibabaFixtures.roleSessionArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponse;
import com.aliyun.sts20150401.models.AssumeRoleResponseBody;
import com.aliyun.sts20150401.models.GetCallerIdentityResponse;
import com.aliyun.sts20150401.models.GetCallerIdentityResponseBody;
import com.aliyun.tea.TeaException;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Tea SDK (com.aliyun:sts20150401 1.1.4 on tea-openapi 0.2.8) against the mock over plain HTTP.
 * It signs with V1 (HMAC-SHA1), sends {@code Format=json} and URL-encodes the query with {@code
 * java.net.URLEncoder} (space as {@code +}), and needs JSON bodies for success and error.
 */
class TeaSdkCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;
  private static Client alice;

  @BeforeAll
  static void start() throws Exception {
    sts = STS.sts();
    alice = TeaSdk.client(sts, ALICE_KEY_ID, ALICE_SECRET);
  }

  @Test
  void whenAliceAssumesRoleThenEveryDocumentedFieldIsParsed() throws Exception {
    AssumeRoleResponse response =
        alice.assumeRole(
            new AssumeRoleRequest()
                .setRoleArn(ROLE_ARN)
                .setRoleSessionName("tea-session")
                .setDurationSeconds(2000L));

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getHeaders().get("content-type")).startsWith("application/json");
    assertAssumedRole(response.getBody(), ROLE_ID, "mock-role", "tea-session", 2000);
  }

  @Test
  void whenAssumeRoleCarriesAPolicyAndTheExternalIdThenTheRoleIsAssumed() throws Exception {
    AssumeRoleResponse response =
        alice.assumeRole(
            new AssumeRoleRequest()
                .setRoleArn(EXTERNAL_ROLE_ARN)
                .setRoleSessionName("tea-external")
                .setDurationSeconds(900L)
                .setPolicy(SESSION_POLICY)
                .setExternalId(EXTERNAL_ID));

    assertAssumedRole(
        response.getBody(), EXTERNAL_ROLE_ID, "mock-external-role", "tea-external", 900);
  }

  @Test
  void whenTheExternalIdIsWrongThenNoPermission() {
    TeaException error =
        failure(
            () ->
                alice.assumeRole(
                    new AssumeRoleRequest()
                        .setRoleArn(EXTERNAL_ROLE_ARN)
                        .setRoleSessionName("tea-external")
                        .setExternalId("another-external-id")));

    assertThat(error.getCode()).isEqualTo("NoPermission");
    assertThat(error.getStatusCode()).isEqualTo(403);
  }

  @Test
  void whenAliceCallsGetCallerIdentityThenSheIsARamUser() throws Exception {
    GetCallerIdentityResponseBody identity = alice.getCallerIdentity().getBody();

    assertThat(identity.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(identity.getIdentityType()).isEqualTo("RAMUser");
    assertThat(identity.getAccountId()).isEqualTo(ACCOUNT_ID);
    assertThat(identity.getArn()).isEqualTo(ALICE_ARN);
    assertThat(identity.getUserId()).isEqualTo(ALICE_USER_ID);
    assertThat(identity.getPrincipalId()).isEqualTo(ALICE_USER_ID);
    assertThat(identity.getRoleId()).isNull();
  }

  @Test
  void whenTheIssuedCredentialsCallGetCallerIdentityThenTheCallerIsTheAssumedRole()
      throws Exception {
    AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials credentials =
        alice
            .assumeRole(
                new AssumeRoleRequest()
                    .setRoleArn(ROLE_ARN)
                    .setRoleSessionName("tea-sts")
                    .setPolicy(SESSION_POLICY))
            .getBody()
            .getCredentials();
    Client session =
        TeaSdk.sessionClient(
            sts,
            credentials.getAccessKeyId(),
            credentials.getAccessKeySecret(),
            credentials.getSecurityToken());

    GetCallerIdentityResponse response = session.getCallerIdentity();

    GetCallerIdentityResponseBody identity = response.getBody();
    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(identity.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(identity.getIdentityType()).isEqualTo("AssumedRoleUser");
    assertThat(identity.getAccountId()).isEqualTo(ACCOUNT_ID);
    assertThat(identity.getArn()).isEqualTo(assumedRoleArn("mock-role", "tea-sts"));
    assertThat(identity.getRoleId()).isEqualTo(ROLE_ID);
    assertThat(identity.getPrincipalId()).isEqualTo(ROLE_ID + ":tea-sts");
    assertThat(identity.getUserId()).isNull();
  }

  @Test
  void whenTheSecretIsWrongThenSignatureDoesNotMatch() throws Exception {
    Client client = TeaSdk.client(sts, ALICE_KEY_ID, "WrongSecret0000000000000000000");

    TeaException error = failure(client::getCallerIdentity);

    assertThat(error.getCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.getStatusCode()).isEqualTo(400);
    assertThat(error.getData())
        .containsEntry("Code", "SignatureDoesNotMatch")
        .containsEntry("statusCode", 400);
  }

  @Test
  void whenTheRoleDoesNotExistThenEntityNotExistRole() {
    TeaException error =
        failure(
            () ->
                alice.assumeRole(
                    new AssumeRoleRequest()
                        .setRoleArn(UNKNOWN_ROLE_ARN)
                        .setRoleSessionName("tea-no-role")));

    assertThat(error.getCode()).isEqualTo("EntityNotExist.Role");
    assertThat(error.getStatusCode()).isEqualTo(404);
    assertThat(error.getData())
        .containsEntry("Code", "EntityNotExist.Role")
        .containsEntry("statusCode", 404)
        .containsKeys("RequestId", "HostId", "Message", "Recommend");
    assertThat((String) error.getData().get("RequestId")).matches(REQUEST_ID_PATTERN);
  }

  @Test
  void whenDurationSecondsIsBelowTheMinimumThenInvalidParameterDurationSeconds() {
    TeaException error =
        failure(
            () ->
                alice.assumeRole(
                    new AssumeRoleRequest()
                        .setRoleArn(ROLE_ARN)
                        .setRoleSessionName("tea-short")
                        .setDurationSeconds(899L)));

    assertThat(error.getCode()).isEqualTo("InvalidParameter.DurationSeconds");
    assertThat(error.getStatusCode()).isEqualTo(400);
  }

  private static void assertAssumedRole(
      AssumeRoleResponseBody body,
      String roleId,
      String roleName,
      String session,
      long durationSeconds) {
    assertThat(body.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(body.getAssumedRoleUser().getAssumedRoleId()).isEqualTo(roleId + ":" + session);
    assertThat(body.getAssumedRoleUser().getArn()).isEqualTo(roleSessionArn(roleName, session));
    AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials credentials = body.getCredentials();
    assertTemporaryCredentials(
        credentials.getAccessKeyId(),
        credentials.getAccessKeySecret(),
        credentials.getSecurityToken(),
        credentials.getExpiration(),
        durationSeconds);
  }

  private static TeaException failure(ThrowingCall call) {
    TeaException error = catchThrowableOfType(TeaException.class, call::run);
    assertThat(error).as("the SDK should have thrown a TeaException").isNotNull();
    return error;
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }
}
