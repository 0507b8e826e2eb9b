package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.BOB_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.BOB_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.CAROL_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.CAROL_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.EXTERNAL_ID;
import static io.mocksts.compat.tencent.TencentFixtures.EXTERNAL_ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.FOREIGN_ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.REQUEST_ID_PATTERN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.SHORT_ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.UNKNOWN_ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.UNKNOWN_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.WRONG_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentSdk.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.Language;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Error paths through the official SDK. Every error is an HTTP 200 with {@code Response.Error}
 * (Tencent API 3.0 error envelope,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md,
 * Tencent SDK error handling,
 * https://github.com/TencentCloud/tencentcloud-sdk-java/blob/970d68bd0f0d/src/main/java/com/tencentcloudapi/common/AbstractClient.java),
 * which 3.1.678 turns into a {@link TencentCloudSDKException} with the code and the RequestId; any
 * other status would surface as {@code ServerSideError} with an empty RequestId (Tencent Java SDK
 * endpoint configuration,
 * https://repo1.maven.org/maven2/com/tencentcloudapi/tencentcloud-sdk-java-common/3.1.678/), which
 * {@link TencentSdk#assertError} rules out.
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

  /**
   * A sub-account may ask for at most 129600 seconds (Tencent GetFederationToken reference,
   * https://cloud.tencent.com.cn/document/api/1312/48195, Tencent session duration,
   * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json).
   */
  @Test
  void whenAFederationTokenIsAskedForTooLongThenInvalidParameterOverTimeError() {
    GetFederationTokenRequest request = TencentSdkCompatTest.federationToken("tooLong");
    request.setDurationSeconds(129601L);

    assertError(
        () -> alice(Signing.TC3_POST).GetFederationToken(request),
        "InvalidParameter.OverTimeError");
  }

  /** "由字母组成" / "consisting of letters" (Tencent GetFederationToken reference). */
  @Test
  void whenTheFederatedNameIsNotLettersOnlyThenInvalidParameterParamError() {
    assertError(
        () ->
            alice(Signing.TC3_POST)
                .GetFederationToken(TencentSdkCompatTest.federationToken("user-01")),
        "InvalidParameter.ParamError");
  }

  /**
   * {@code Policy} is required for GetFederationToken (Tencent GetFederationToken reference). Which
   * code a missing required parameter gets is not documented for STS: the common {@code
   * MissingParameter} (Tencent API 3.0 common error codes,
   * https://tencentcloud.com/document/product/1140/51177) or the action's {@code
   * InvalidParameter.ParamError} (Tencent STS error codes,
   * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go)
   * are both accepted.
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

  @Test
  void whenTheKeyIsDisabledThenAuthFailureSecretIdNotFound() {
    StsClient carol = TencentSdk.client(sts, CAROL_SECRET_ID, CAROL_SECRET_KEY);

    assertError(
        () -> carol.GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.SecretIdNotFound");
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA1_POST"})
  void whenTheTrustPolicyDoesNotNameTheCallerThenUnauthorizedOperation(Signing signing) {
    assertError(
        () ->
            alice(signing).AssumeRole(TencentSdkCompatTest.assumeRole(FOREIGN_ROLE_ARN, "foreign")),
        "UnauthorizedOperation");
  }

  @Test
  void whenTheExternalIdMatchesTheTrustPolicyThenTheRoleIsAssumed() throws Exception {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(EXTERNAL_ROLE_ARN, "external");
    request.setExternalId(EXTERNAL_ID);

    assertThat(alice(Signing.TC3_POST).AssumeRole(request).getCredentials().getTmpSecretId())
        .startsWith("AKID");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "other-external-id"})
  void whenTheExternalIdIsMissingOrWrongThenUnauthorizedOperation(String externalId) {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(EXTERNAL_ROLE_ARN, "external");
    if (!externalId.isEmpty()) {
      request.setExternalId(externalId);
    }

    assertError(() -> alice(Signing.TC3_POST).AssumeRole(request), "UnauthorizedOperation");
  }

  /** The role's own session duration caps DurationSeconds (Tencent session duration). */
  @Test
  void whenDurationSecondsExceedsTheRoleSessionDurationThenInvalidParameterOverTimeError() {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(SHORT_ROLE_ARN, "short");
    request.setDurationSeconds(3601L);

    assertError(
        () -> alice(Signing.TC3_POST).AssumeRole(request), "InvalidParameter.OverTimeError");
  }

  /**
   * "此接口仅支持永久密钥调用" (Tencent STS: who may call,
   * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json).
   */
  @Test
  void whenTemporaryCredentialsCallGetFederationTokenThenUnsupportedOperation() throws Exception {
    Credentials issued = roleCredentials("temp-gft");
    StsClient session =
        TencentSdk.sessionClient(
            sts,
            issued.getTmpSecretId(),
            issued.getTmpSecretKey(),
            issued.getToken(),
            Signing.TC3_POST);

    assertError(
        () -> session.GetFederationToken(TencentSdkCompatTest.federationToken("fromTemp")),
        "UnsupportedOperation");
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA256_GET"})
  void whenTheTokenBelongsToOtherCredentialsThenAuthFailureTokenFailure(Signing signing)
      throws Exception {
    Credentials role = roleCredentials("token-owner");
    Credentials other = roleCredentials("token-thief");
    StsClient mixed =
        TencentSdk.sessionClient(
            sts, role.getTmpSecretId(), role.getTmpSecretKey(), other.getToken(), signing);

    assertError(
        () -> mixed.GetCallerIdentity(new GetCallerIdentityRequest()), "AuthFailure.TokenFailure");
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA1_GET"})
  void whenTheTokenIsAlteredThenAuthFailureTokenFailure(Signing signing) throws Exception {
    Credentials role = roleCredentials("token-altered");
    String token = role.getToken();
    String altered =
        token.substring(0, token.length() / 2)
            + (token.charAt(token.length() / 2) == 'A' ? 'B' : 'A')
            + token.substring(token.length() / 2 + 1);
    StsClient session =
        TencentSdk.sessionClient(
            sts, role.getTmpSecretId(), role.getTmpSecretKey(), altered, signing);

    assertError(
        () -> session.GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.TokenFailure");
  }

  /** A temporary SecretId means nothing without its token (fixtures/errors/tencent.yaml). */
  @Test
  void whenATemporarySecretIdIsSentWithoutItsTokenThenAuthFailureSecretIdNotFound()
      throws Exception {
    Credentials role = roleCredentials("no-token");
    StsClient tokenless = TencentSdk.client(sts, role.getTmpSecretId(), role.getTmpSecretKey());

    assertError(
        () -> tokenless.GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.SecretIdNotFound");
  }

  /**
   * {@code X-TC-Language: zh-CN} (v1: {@code Language}) asks for Chinese messages; the SDK hands
   * the UTF-8 body's message through unchanged (Tencent API 3.0 common parameters,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md,
   * Tencent API 3.0 common error codes).
   */
  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA256_GET"})
  void whenTheClientAsksForChineseThenTheErrorMessageIsChinese(Signing signing) {
    ClientProfile profile = TencentSdk.profile(sts, signing);
    profile.setLanguage(Language.ZH_CN);
    StsClient client =
        TencentSdk.client(sts, new Credential(ALICE_SECRET_ID, WRONG_SECRET_KEY), profile);

    TencentCloudSDKException error =
        assertError(
            () -> client.GetCallerIdentity(new GetCallerIdentityRequest()),
            "AuthFailure.SignatureFailure");

    assertThat(error.getMessage()).contains("签名");
  }

  @Test
  void whenTheActionDoesNotExistThenInvalidAction() {
    CommonClient client =
        TencentSdk.commonClient(sts, new Credential(ALICE_SECRET_ID, ALICE_SECRET_KEY));

    assertError(() -> client.call("NoSuchAction", "{}"), "InvalidAction");
  }

  @Test
  void whenTheRegionIsNotDocumentedThenUnsupportedRegion() {
    StsClient client =
        new StsClient(
            new Credential(ALICE_SECRET_ID, ALICE_SECRET_KEY),
            "xx-nowhere",
            TencentSdk.profile(sts, Signing.TC3_POST));

    assertError(
        () -> client.GetCallerIdentity(new GetCallerIdentityRequest()), "UnsupportedRegion");
  }

  private static Credentials roleCredentials(String session) throws Exception {
    return alice(Signing.TC3_POST)
        .AssumeRole(TencentSdkCompatTest.assumeRole(ROLE_ARN, session))
        .getCredentials();
  }

  private static StsClient alice(Signing signing) {
    return TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY, signing);
  }
}
