package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.OWNER_UIN;
import static io.mocksts.compat.tencent.TencentFixtures.REQUEST_ID_PATTERN;
import static io.mocksts.compat.tencent.TencentFixtures.SAML_PROVIDER_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.SAML_ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.assertTemporaryCredentials;
import static io.mocksts.compat.tencent.TencentFixtures.assumedRoleArn;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithSAMLRequest;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithSAMLResponse;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityResponse;
import io.mocksts.MockSts;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.AttackerKeys;
import io.mocksts.junit.MockStsExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * AssumeRoleWithSAML from the official Tencent SDK (tencentcloud-sdk-java-sts 3.1.678) against the
 * embedded mock, with Responses minted by the bundled test IdP (Tencent AssumeRoleWithSAML
 * reference, https://cloud.tencent.com.cn/document/product/1312/48196, Tencent SAML role SSO,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E4%BD%BF%E7%94%A8%20SAML%202.0%20%E8%81%94%E5%90%88%E8%BA%AB%E4%BB%BD%E7%94%A8%E6%88%B7%E8%AE%BF%E9%97%AE%E8%85%BE%E8%AE%AF%E4%BA%91%E7%AE%A1%E7%90%86%E6%8E%A7%E5%88%B6%E5%8F%B0_intl_en.md,
 * Tencent Java SDK endpoint configuration,
 * https://repo1.maven.org/maven2/com/tencentcloudapi/tencentcloud-sdk-java-common/3.1.678/). The
 * 3.1.678 {@code StsClient} has no "skip signing" switch: it signs the call with whatever {@link
 * Credential} it was built with, in every signature and HTTP method it offers; the action is
 * anonymous, so the mock does not look at that signature. The credentials obtained then call
 * GetCallerIdentity; forged, expired and replayed Responses show how the SDK surfaces the code.
 */
class TencentSdkSamlCompatTest {

  /** The default world's mock-saml-role. */
  static final String SAML_ROLE_ID = "4611686018427397902";

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;
  private final TestIdp idp = TestIdp.bundled(Clock.systemUTC());

  @BeforeAll
  static void start() {
    sts = STS.sts();
  }

  private String assertion() {
    return idp.response("tencent")
        .role(SAML_ROLE_ARN, SAML_PROVIDER_ARN)
        .sessionName("alice")
        .toBase64();
  }

  static AssumeRoleWithSAMLRequest request(String assertion, String sessionName) {
    AssumeRoleWithSAMLRequest request = new AssumeRoleWithSAMLRequest();
    request.setSAMLAssertion(assertion);
    request.setPrincipalArn(SAML_PROVIDER_ARN);
    request.setRoleArn(SAML_ROLE_ARN);
    request.setRoleSessionName(sessionName);
    return request;
  }

  /** A client with a credential the mock does not know: only the assertion can authorise. */
  private static StsClient stranger(Signing signing) {
    return TencentSdk.client(sts, new Credential("AKIDUnknownToTheMock", "unused"), signing);
  }

  @ParameterizedTest
  @EnumSource(Signing.class)
  void whenTheSdkSendsAResponseOfTheTestIdpThenTheCredentialsAreParsedAndWork(Signing signing)
      throws Exception {
    String session = "saml-" + signing.name().toLowerCase().replace('_', '-');
    AssumeRoleWithSAMLRequest request = request(assertion(), session);
    request.setDurationSeconds(1800L);
    Instant issuedAt = Instant.now();

    AssumeRoleWithSAMLResponse response = stranger(signing).AssumeRoleWithSAML(request);

    assertThat(response.getRequestId()).matches(REQUEST_ID_PATTERN);
    Credentials credentials = response.getCredentials();
    assertTemporaryCredentials(
        credentials.getTmpSecretId(),
        credentials.getTmpSecretKey(),
        credentials.getToken(),
        response.getExpiredTime(),
        response.getExpiration(),
        issuedAt,
        1800);

    GetCallerIdentityResponse identity =
        TencentSdk.sessionClient(
                sts,
                credentials.getTmpSecretId(),
                credentials.getTmpSecretKey(),
                credentials.getToken(),
                signing)
            .GetCallerIdentity(new GetCallerIdentityRequest());
    assertThat(identity.getType()).isEqualTo("CAMRole");
    assertThat(identity.getAccountId()).isEqualTo(OWNER_UIN);
    assertThat(identity.getUserId()).isEqualTo(SAML_ROLE_ID + ":" + session);
    assertThat(identity.getArn()).isEqualTo(assumedRoleArn(SAML_ROLE_ID));
  }

  @Test
  void whenTheSdkSignsWithAKnownKeyThenTheAssertionAloneStillDecides() throws Exception {
    AssumeRoleWithSAMLResponse response =
        TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY)
            .AssumeRoleWithSAML(request(assertion(), "saml-alice-key"));

    assertThat(response.getCredentials().getTmpSecretId()).startsWith("AKID");
    // Without DurationSeconds the documented default is 7,200 s (Tencent AssumeRoleWithSAML
    // reference).
    assertThat(response.getExpiredTime() - Instant.now().getEpochSecond()).isBetween(7190L, 7200L);
  }

  @Test
  void whenTheSdkSendsAResponseSignedByAnotherKeyThenTheErrorIsParamError() {
    String forged =
        AttackerKeys.idp(Clock.systemUTC())
            .response("tencent")
            .role(SAML_ROLE_ARN, SAML_PROVIDER_ARN)
            .sessionName("mallory")
            .toBase64();

    TencentCloudSDKException error =
        TencentSdk.assertError(
            () -> stranger(Signing.TC3_POST).AssumeRoleWithSAML(request(forged, "mallory")),
            "InvalidParameter.ParamError");

    assertThat(error.getMessage()).contains("SAMLAssertion");
  }

  @Test
  void whenTheSdkSendsAnExpiredResponseThenTheErrorIsParamError() {
    Instant now = Instant.now();
    String expired =
        idp.response("tencent")
            .role(SAML_ROLE_ARN, SAML_PROVIDER_ARN)
            .sessionName("alice")
            .notBefore(now.minus(Duration.ofMinutes(20)))
            .notOnOrAfter(now.minus(Duration.ofMinutes(10)))
            .toBase64();

    TencentSdk.assertError(
        () -> stranger(Signing.TC3_POST).AssumeRoleWithSAML(request(expired, "alice")),
        "InvalidParameter.ParamError");
  }

  @Test
  void whenTheSdkReplaysAResponseThenTheSecondUseIsParamError() throws Exception {
    String once = assertion();
    stranger(Signing.TC3_POST).AssumeRoleWithSAML(request(once, "replay"));

    TencentSdk.assertError(
        () -> stranger(Signing.TC3_POST).AssumeRoleWithSAML(request(once, "replay")),
        "InvalidParameter.ParamError");
  }
}
