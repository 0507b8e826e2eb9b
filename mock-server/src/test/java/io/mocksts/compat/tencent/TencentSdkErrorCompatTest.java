package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.BOB_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.BOB_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.REQUEST_ID_PATTERN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.UNKNOWN_ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.UNKNOWN_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.WRONG_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentSdk.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetFederationTokenRequest;
import io.mocksts.MockSts;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.junit.MockStsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Error paths through the official SDK. Every error is an HTTP 200 with {@code Response.Error}
 * (tencent-sts.md §3.2, §3.3), which 3.1.678 turns into a {@link TencentCloudSDKException} with the
 * code and the RequestId; any other status would surface as {@code ServerSideError} with an empty
 * RequestId (§8), which {@link TencentSdk#assertError} rules out.
 */
class TencentSdkErrorCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;

  @BeforeAll
  static void start() {
    sts = STS.sts();
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenTheSecretKeyIsWrongThenAuthFailureSignatureFailure(Signing signing) {
    StsClient client = TencentSdk.client(sts, ALICE_SECRET_ID, WRONG_SECRET_KEY, signing);

    assertError(
        () -> client.AssumeRole(TencentSdkCompatTest.assumeRole(ROLE_ARN, "wrong-key")),
        "AuthFailure.SignatureFailure");
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenTheSecretIdIsUnknownThenAuthFailureSecretIdNotFound(Signing signing) {
    StsClient client = TencentSdk.client(sts, UNKNOWN_SECRET_ID, ALICE_SECRET_KEY, signing);

    assertError(
        () -> client.GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.SecretIdNotFound");
  }

  /** The SDK's own view: a failed signature is an exception, never a parsed (empty) response. */
  @Test
  void whenTheSignatureFailsThenTheSdkReturnsNoResponseObject() {
    StsClient client = TencentSdk.client(sts, ALICE_SECRET_ID, WRONG_SECRET_KEY);

    TencentCloudSDKException error =
        catchThrowableOfType(
            TencentCloudSDKException.class,
            () -> client.GetCallerIdentity(new GetCallerIdentityRequest()));

    assertThat(error).isNotNull();
    assertThat(error.getErrorCode()).isNotEqualTo("ServerSideError");
    assertThat(error.getRequestId()).matches(REQUEST_ID_PATTERN);
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA1_GET"})
  void whenTheCallerHasNoStsPermissionThenUnauthorizedOperation(Signing signing) {
    StsClient bob = TencentSdk.client(sts, BOB_SECRET_ID, BOB_SECRET_KEY, signing);

    assertError(
        () -> bob.AssumeRole(TencentSdkCompatTest.assumeRole(ROLE_ARN, "bob")),
        "UnauthorizedOperation");
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA256_POST"})
  void whenTheRoleDoesNotExistThenResourceNotFoundRoleNotFound(Signing signing) {
    assertError(
        () -> alice(signing).AssumeRole(TencentSdkCompatTest.assumeRole(UNKNOWN_ROLE_ARN, "none")),
        "ResourceNotFound.RoleNotFound");
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "TC3_GET"})
  void whenDurationSecondsExceedsTwelveHoursThenInvalidParameterOverTimeError(Signing signing) {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(ROLE_ARN, "too-long");
    request.setDurationSeconds(43201L);

    assertError(() -> alice(signing).AssumeRole(request), "InvalidParameter.OverTimeError");
  }

  /** A sub-account may ask for at most 129600 seconds (tencent-sts.md §4.4, §7.3). */
  @Test
  void whenAFederationTokenIsAskedForTooLongThenInvalidParameterOverTimeError() {
    GetFederationTokenRequest request = TencentSdkCompatTest.federationToken("tooLong");
    request.setDurationSeconds(129601L);

    assertError(
        () -> alice(Signing.TC3_POST).GetFederationToken(request),
        "InvalidParameter.OverTimeError");
  }

  /** "由字母组成" / "consisting of letters" (tencent-sts.md §4.4). */
  @Test
  void whenTheFederatedNameIsNotLettersOnlyThenInvalidParameterParamError() {
    assertError(
        () ->
            alice(Signing.TC3_POST)
                .GetFederationToken(TencentSdkCompatTest.federationToken("user-01")),
        "InvalidParameter.ParamError");
  }

  /**
   * {@code Policy} is required for GetFederationToken (tencent-sts.md §4.4). Which code a missing
   * required parameter gets is not documented for STS: the common {@code MissingParameter} (§5.2)
   * or the action's {@code InvalidParameter.ParamError} (§5.1) are both accepted.
   */
  @Test
  void whenGetFederationTokenHasNoPolicyThenTheRequestIsRefused() {
    GetFederationTokenRequest request = new GetFederationTokenRequest();
    request.setName("noPolicy");

    TencentCloudSDKException error =
        catchThrowableOfType(
            TencentCloudSDKException.class,
            () -> alice(Signing.TC3_POST).GetFederationToken(request));

    assertThat(error).isNotNull();
    assertThat(error.getErrorCode()).isIn("MissingParameter", "InvalidParameter.ParamError");
    assertThat(error.getRequestId()).matches(REQUEST_ID_PATTERN);
  }

  private static StsClient alice(Signing signing) {
    return TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY, signing);
  }
}
