package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_UIN;
import static io.mocksts.compat.tencent.TencentFixtures.ENCODED_SESSION_POLICY;
import static io.mocksts.compat.tencent.TencentFixtures.OIDC_PROVIDER_ID;
import static io.mocksts.compat.tencent.TencentFixtures.OIDC_ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.REQUEST_ID_PATTERN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN_BY_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ROOT_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ROOT_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.SAML_PROVIDER_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.SAML_ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.assertTemporaryCredentials;
import static io.mocksts.compat.tencent.TencentSdk.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.Language;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.ApiKey;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleResponse;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithSAMLRequest;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithWebIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetFederationTokenRequest;
import com.tencentcloudapi.sts.v20180813.models.GetFederationTokenResponse;
import com.tencentcloudapi.sts.v20180813.models.QueryApiKeyRequest;
import com.tencentcloudapi.sts.v20180813.models.QueryApiKeyResponse;
import com.tencentcloudapi.sts.v20180813.models.Tag;
import io.mocksts.MockSts;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.junit.MockStsExtension;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The official Tencent Cloud Java SDK (tencentcloud-sdk-java-sts 3.1.678), unmodified, against the
 * mock over plain HTTP: AssumeRole, GetFederationToken, QueryApiKey and the two federation actions,
 * with each signature method (TC3-HMAC-SHA256, v1 HmacSHA1 and HmacSHA256) over POST and GET
 * (Tencent TC3-HMAC-SHA256 signature,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md,
 * Tencent signature v1,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md,
 * Tencent STS API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json,
 * Tencent Java SDK endpoint configuration,
 * https://repo1.maven.org/maven2/com/tencentcloudapi/tencentcloud-sdk-java-common/3.1.678/).
 */
class TencentSdkCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;

  @BeforeAll
  static void start() {
    sts = STS.sts();
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenAliceAssumesRoleWithEveryOptionalParameterThenEveryDocumentedFieldIsParsed(
      Signing signing) throws Exception {
    AssumeRoleRequest request = assumeRole(ROLE_ARN, sessionName(signing));
    request.setDurationSeconds(1800L);
    request.setPolicy(ENCODED_SESSION_POLICY);
    request.setExternalId("role-external-id");
    request.setTags(new Tag[] {tag("department", "engineering"), tag("team", "mock-sts")});
    Instant issuedAt = Instant.now();

    AssumeRoleResponse response = alice(signing).AssumeRole(request);

    assertAssumedRole(response, issuedAt, 1800);
  }

  @Test
  void whenAssumeRoleHasNoDurationSecondsThenTheCredentialsLastTwoHours() throws Exception {
    Instant issuedAt = Instant.now();

    AssumeRoleResponse response = alice(Signing.TC3_POST).AssumeRole(assumeRole(ROLE_ARN, "dflt"));

    assertAssumedRole(response, issuedAt, 7200);
  }

  @Test
  void whenDurationSecondsIsTheDocumentedMaximumThenTheCredentialsLastTwelveHours()
      throws Exception {
    AssumeRoleRequest request = assumeRole(ROLE_ARN, "longest");
    request.setDurationSeconds(43200L);
    Instant issuedAt = Instant.now();

    AssumeRoleResponse response = alice(Signing.TC3_POST).AssumeRole(request);

    assertAssumedRole(response, issuedAt, 43200);
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA1_GET"})
  void whenTheRoleIsNamedByItsIdThenItIsAssumed(Signing signing) throws Exception {
    Instant issuedAt = Instant.now();

    AssumeRoleResponse response =
        alice(signing).AssumeRole(assumeRole(ROLE_ARN_BY_ID, sessionName(signing)));

    assertAssumedRole(response, issuedAt, 7200);
  }

  /**
   * {@code X-TC-Content-SHA256: UNSIGNED-PAYLOAD} (Tencent API 3.0 common parameters,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md,
   * Tencent TC3-HMAC-SHA256 signature).
   */
  @Test
  void whenTheClientSignsAnUnsignedPayloadThenTheSignatureIsStillVerified() throws Exception {
    ClientProfile profile = TencentSdk.profile(sts, Signing.TC3_POST);
    profile.setUnsignedPayload(true);
    StsClient client =
        TencentSdk.client(sts, new Credential(ALICE_SECRET_ID, ALICE_SECRET_KEY), profile);
    Instant issuedAt = Instant.now();

    AssumeRoleResponse response = client.AssumeRole(assumeRole(ROLE_ARN, "unsigned-payload"));

    assertAssumedRole(response, issuedAt, 7200);
  }

  /**
   * {@code X-TC-Language} in TC3, and {@code Language} among the signed parameters in v1 (Tencent
   * API 3.0 common parameters, Tencent signature v1).
   */
  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "TC3_GET", "HMAC_SHA256_POST", "HMAC_SHA1_GET"})
  void whenTheClientAsksForEnglishThenTheRequestIsStillVerified(Signing signing) throws Exception {
    ClientProfile profile = TencentSdk.profile(sts, signing);
    profile.setLanguage(Language.EN_US);
    StsClient client =
        TencentSdk.client(sts, new Credential(ALICE_SECRET_ID, ALICE_SECRET_KEY), profile);

    assertThat(client.GetCallerIdentity(new GetCallerIdentityRequest()).getUserId())
        .isEqualTo(ALICE_UIN);
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenAliceGetsAFederationTokenThenTheCredentialsLastHalfAnHourByDefault(Signing signing)
      throws Exception {
    Instant issuedAt = Instant.now();

    GetFederationTokenResponse response =
        alice(signing).GetFederationToken(federationToken("federated"));

    assertFederationToken(response, issuedAt, 1800);
  }

  @Test
  void whenGetFederationTokenAsksForAnHourThenTheCredentialsLastAnHour() throws Exception {
    GetFederationTokenRequest request = federationToken("hourly");
    request.setDurationSeconds(3600L);
    Instant issuedAt = Instant.now();

    GetFederationTokenResponse response = alice(Signing.TC3_POST).GetFederationToken(request);

    assertFederationToken(response, issuedAt, 3600);
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenAliceQueriesHerApiKeysThenHerSecretIdIsListedAsValid(Signing signing) throws Exception {
    QueryApiKeyResponse response = alice(signing).QueryApiKey(new QueryApiKeyRequest());

    assertThat(response.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertListsValidKey(response.getIdKeys(), ALICE_SECRET_ID);
  }

  @Test
  void whenTheRootAccountQueriesAliceByUinThenHerSecretIdIsListed() throws Exception {
    QueryApiKeyRequest request = new QueryApiKeyRequest();
    request.setTargetUin(Long.valueOf(ALICE_UIN));

    QueryApiKeyResponse response =
        TencentSdk.client(sts, ROOT_SECRET_ID, ROOT_SECRET_KEY).QueryApiKey(request);

    assertThat(response.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertListsValidKey(response.getIdKeys(), ALICE_SECRET_ID);
    assertThat(Arrays.stream(response.getIdKeys()).map(ApiKey::getSecretId))
        .doesNotContain(ROOT_SECRET_ID);
  }

  /**
   * Until the SAML issue lands, an assertion the mock cannot validate gets the documented parameter
   * error (issue 4). The 3.1.678 SDK cannot send {@code Authorization: SKIP}: it signs the request
   * with the caller's key (Tencent unsigned federation calls,
   * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go).
   */
  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA256_GET"})
  void whenTheSamlAssertionCannotBeValidatedThenInvalidParameterParamError(Signing signing) {
    assertError(
        () -> alice(signing).AssumeRoleWithSAML(junkSamlRequest()), "InvalidParameter.ParamError");
  }

  /**
   * With an empty {@code Credential("", "")} the 3.1.678 SDK still signs, with an empty SecretId
   * (Tencent unsigned federation calls); the action needs no key, so the request reaches the
   * assertion check (an inference from the documented behaviour).
   */
  @Test
  void whenTheSamlRequestIsSignedWithAnEmptyKeyThenTheAssertionIsStillTheProblem() {
    StsClient anonymous = TencentSdk.client(sts, new Credential("", ""), Signing.TC3_POST);

    assertError(
        () -> anonymous.AssumeRoleWithSAML(junkSamlRequest()), "InvalidParameter.ParamError");
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA256_GET"})
  void whenTheWebIdentityTokenCannotBeValidatedThenInvalidParameterWebIdentityTokenError(
      Signing signing) {
    assertError(
        () -> alice(signing).AssumeRoleWithWebIdentity(junkOidcRequest()),
        "InvalidParameter.WebIdentityTokenError");
  }

  @Test
  void whenTheOidcRequestIsSignedWithAnEmptyKeyThenTheTokenIsStillTheProblem() {
    StsClient anonymous = TencentSdk.client(sts, new Credential("", ""), Signing.TC3_POST);

    assertError(
        () -> anonymous.AssumeRoleWithWebIdentity(junkOidcRequest()),
        "InvalidParameter.WebIdentityTokenError");
  }

  static StsClient alice(Signing signing) {
    return TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY, signing);
  }

  static String sessionName(Signing signing) {
    return "sdk-" + signing.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static AssumeRoleRequest assumeRole(String roleArn, String session) {
    AssumeRoleRequest request = new AssumeRoleRequest();
    request.setRoleArn(roleArn);
    request.setRoleSessionName(session);
    return request;
  }

  static GetFederationTokenRequest federationToken(String name) {
    GetFederationTokenRequest request = new GetFederationTokenRequest();
    request.setName(name);
    request.setPolicy(ENCODED_SESSION_POLICY);
    return request;
  }

  private static Tag tag(String key, String value) {
    Tag tag = new Tag();
    tag.setKey(key);
    tag.setValue(value);
    return tag;
  }

  private static AssumeRoleWithSAMLRequest junkSamlRequest() {
    AssumeRoleWithSAMLRequest request = new AssumeRoleWithSAMLRequest();
    request.setSAMLAssertion(
        "c2FtbCBhc3NlcnRpb24="); // base64("saml assertion"), Tencent AssumeRoleWithSAML reference,
    // https://cloud.tencent.com.cn/document/product/1312/48196
    request.setPrincipalArn(SAML_PROVIDER_ARN);
    request.setRoleArn(SAML_ROLE_ARN);
    request.setRoleSessionName("saml-session");
    return request;
  }

  private static AssumeRoleWithWebIdentityRequest junkOidcRequest() {
    AssumeRoleWithWebIdentityRequest request = new AssumeRoleWithWebIdentityRequest();
    request.setProviderId(OIDC_PROVIDER_ID);
    request.setWebIdentityToken("not-a-jwt");
    request.setRoleArn(OIDC_ROLE_ARN);
    request.setRoleSessionName("oidc-session");
    return request;
  }

  private static void assertAssumedRole(
      AssumeRoleResponse response, Instant issuedAt, long seconds) {
    assertThat(response.getRequestId()).matches(REQUEST_ID_PATTERN);
    Credentials credentials = response.getCredentials();
    assertThat(credentials).as("Response.Credentials").isNotNull();
    assertTemporaryCredentials(
        credentials.getTmpSecretId(),
        credentials.getTmpSecretKey(),
        credentials.getToken(),
        response.getExpiredTime(),
        response.getExpiration(),
        issuedAt,
        seconds);
  }

  private static void assertFederationToken(
      GetFederationTokenResponse response, Instant issuedAt, long seconds) {
    assertThat(response.getRequestId()).matches(REQUEST_ID_PATTERN);
    Credentials credentials = response.getCredentials();
    assertThat(credentials).as("Response.Credentials").isNotNull();
    assertTemporaryCredentials(
        credentials.getTmpSecretId(),
        credentials.getTmpSecretKey(),
        credentials.getToken(),
        response.getExpiredTime(),
        response.getExpiration(),
        issuedAt,
        seconds);
  }

  private static void assertListsValidKey(ApiKey[] keys, String secretId) {
    assertThat(keys).as("Response.IdKeys").isNotNull().isNotEmpty();
    ApiKey key =
        Arrays.stream(keys)
            .filter(k -> secretId.equals(k.getSecretId()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(secretId + " is not listed"));
    assertThat(key.getStatus()).as("Status (2: valid)").isEqualTo(2L);
    assertThat(key.getCreateTime()).as("CreateTime").isNotNull();
    assertThat(Instant.ofEpochSecond(key.getCreateTime()))
        .isAfter(Instant.parse("2000-01-01T00:00:00Z"))
        .isBeforeOrEqualTo(Instant.now().plusSeconds(60));
  }
}
