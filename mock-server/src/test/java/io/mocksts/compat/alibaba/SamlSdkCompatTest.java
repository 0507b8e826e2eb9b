package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ACCOUNT_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static io.mocksts.compat.alibaba.AlibabaFixtures.REQUEST_ID_PATTERN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assertTemporaryCredentials;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assumedRoleArn;
import static io.mocksts.compat.alibaba.AlibabaFixtures.roleSessionArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.AssumeRoleWithSAMLRequest;
import com.aliyun.sts20150401.models.AssumeRoleWithSAMLResponse;
import com.aliyun.sts20150401.models.AssumeRoleWithSAMLResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.AnonymousCredentials;
import com.aliyuncs.auth.StaticCredentialsProvider;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import io.mocksts.MockSts;
import io.mocksts.idp.SamlResponseBuilder;
import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.AttackerKeys;
import io.mocksts.junit.MockStsExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AssumeRoleWithSAML from the official Alibaba SDKs against the embedded mock over plain HTTP, with
 * Responses minted by the bundled test IdP (Alibaba AssumeRoleWithSAML reference,
 * https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml, Alibaba role-based SSO,
 * https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso, Alibaba Java SDKs,
 * https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-core/4.7.10/): the Tea SDK (sts20150401
 * 1.1.4, no AccessKey, anonymous, everything in the query) and the pop SDK (aliyun-java-sdk-sts
 * 3.1.2, with {@code AnonymousCredentials} and, as most callers leave it, signed with an AccessKey
 * the action does not need). The credentials obtained then call GetCallerIdentity; a forged and an
 * expired Response show how each SDK surfaces the codes.
 */
class SamlSdkCompatTest {

  static final String PROVIDER_ARN = "acs:ram::" + ACCOUNT_ID + ":saml-provider/mock-idp";
  static final String SAML_ROLE_ARN = "acs:ram::" + ACCOUNT_ID + ":role/mock-saml-role";
  static final String SAML_ROLE_ID = "300000000000000005";
  static final String RECIPIENT = "https://signin.aliyun.com/saml-role/sso";

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;
  private static Client tea;
  private final TestIdp idp = TestIdp.bundled(Clock.systemUTC());

  @BeforeAll
  static void start() throws Exception {
    sts = STS.sts();
    // No AccessKey at all: the action is anonymous.
    tea = new Client(new Config().setEndpoint("127.0.0.1:" + sts.port()).setProtocol("HTTP"));
  }

  private SamlResponseBuilder response(String sessionName) {
    return idp.response("alibaba").role(SAML_ROLE_ARN, PROVIDER_ARN).sessionName(sessionName);
  }

  private static AssumeRoleWithSAMLRequest teaRequest(String assertion) {
    return new AssumeRoleWithSAMLRequest()
        .setSAMLProviderArn(PROVIDER_ARN)
        .setRoleArn(SAML_ROLE_ARN)
        .setSAMLAssertion(assertion);
  }

  private static com.aliyuncs.sts.model.v20150401.AssumeRoleWithSAMLRequest popRequest(
      String assertion) {
    com.aliyuncs.sts.model.v20150401.AssumeRoleWithSAMLRequest request =
        PopSdk.at(sts, new com.aliyuncs.sts.model.v20150401.AssumeRoleWithSAMLRequest());
    request.setSAMLProviderArn(PROVIDER_ARN);
    request.setRoleArn(SAML_ROLE_ARN);
    request.setSAMLAssertion(assertion);
    return request;
  }

  private static DefaultAcsClient anonymousPop() {
    return new DefaultAcsClient(
        DefaultProfile.getProfile("cn-hangzhou"),
        new StaticCredentialsProvider(new AnonymousCredentials()));
  }

  @Test
  void whenTheTeaSdkSendsAResponseOfTheTestIdpThenEveryDocumentedFieldIsParsed() throws Exception {
    AssumeRoleWithSAMLResponse response =
        tea.assumeRoleWithSAML(
            teaRequest(response("tea-saml").nameId("alice@example.test").toBase64())
                .setDurationSeconds(1200L));

    assertThat(response.getStatusCode()).isEqualTo(200);
    AssumeRoleWithSAMLResponseBody body = response.getBody();
    assertThat(body.getRequestId()).matches(REQUEST_ID_PATTERN);
    AssumeRoleWithSAMLResponseBody.AssumeRoleWithSAMLResponseBodySAMLAssertionInfo info =
        body.getSAMLAssertionInfo();
    assertThat(info.getSubject()).isEqualTo("alice@example.test");
    assertThat(info.getSubjectType()).isEqualTo("persistent");
    assertThat(info.getIssuer()).isEqualTo(TestIdp.ENTITY_ID);
    assertThat(info.getRecipient()).isEqualTo(RECIPIENT);
    assertThat(body.getAssumedRoleUser().getAssumedRoleId()).isEqualTo(SAML_ROLE_ID + ":tea-saml");
    assertThat(body.getAssumedRoleUser().getArn())
        .isEqualTo(roleSessionArn("mock-saml-role", "tea-saml"));
    assertTemporaryCredentials(
        body.getCredentials().getAccessKeyId(),
        body.getCredentials().getAccessKeySecret(),
        body.getCredentials().getSecurityToken(),
        body.getCredentials().getExpiration(),
        1200);

    // The credentials work: GetCallerIdentity answers as the role session.
    assertThat(
            TeaSdk.sessionClient(
                    sts,
                    body.getCredentials().getAccessKeyId(),
                    body.getCredentials().getAccessKeySecret(),
                    body.getCredentials().getSecurityToken())
                .getCallerIdentity()
                .getBody()
                .getArn())
        .isEqualTo(assumedRoleArn("mock-saml-role", "tea-saml"));
  }

  @Test
  void whenTheTeaSdkSendsAnExpiredResponseThenTeaExceptionCarriesTheExpiredCode() {
    Instant now = Instant.now();
    String expired =
        response("tea-saml")
            .notBefore(now.minus(Duration.ofMinutes(20)))
            .notOnOrAfter(now.minus(Duration.ofMinutes(10)))
            .toBase64();

    TeaException error =
        catchThrowableOfType(TeaException.class, () -> tea.assumeRoleWithSAML(teaRequest(expired)));

    assertThat(error).isNotNull();
    assertThat(error.getCode()).isEqualTo("AuthenticationFail.SAMLAssertion.Expired");
    assertThat(error.getData()).containsEntry("statusCode", 401);
    assertThat(error.getMessage()).contains("The SAML Assertion is expired.");
  }

  @Test
  void whenThePopSdkCallsAnonymouslyThenItParsesTheSamlAssertionInfoAndTheCredentialsWork()
      throws Exception {
    com.aliyuncs.sts.model.v20150401.AssumeRoleWithSAMLRequest request =
        popRequest(response("pop-saml").toBase64());
    request.setDurationSeconds(900L);

    com.aliyuncs.sts.model.v20150401.AssumeRoleWithSAMLResponse response =
        anonymousPop().getAcsResponse(request);

    assertThat(response.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(response.getSAMLAssertionInfo().getSubject()).isEqualTo("alice");
    assertThat(response.getSAMLAssertionInfo().getSubjectType()).isEqualTo("persistent");
    assertThat(response.getSAMLAssertionInfo().getIssuer()).isEqualTo(TestIdp.ENTITY_ID);
    assertThat(response.getSAMLAssertionInfo().getRecipient()).isEqualTo(RECIPIENT);
    assertThat(response.getAssumedRoleUser().getAssumedRoleId())
        .isEqualTo(SAML_ROLE_ID + ":pop-saml");
    assertThat(response.getAssumedRoleUser().getArn())
        .isEqualTo(roleSessionArn("mock-saml-role", "pop-saml"));
    com.aliyuncs.sts.model.v20150401.AssumeRoleWithSAMLResponse.Credentials credentials =
        response.getCredentials();
    assertTemporaryCredentials(
        credentials.getAccessKeyId(),
        credentials.getAccessKeySecret(),
        credentials.getSecurityToken(),
        credentials.getExpiration(),
        900);

    DefaultAcsClient session =
        PopSdk.sessionClient(
            credentials.getAccessKeyId(),
            credentials.getAccessKeySecret(),
            credentials.getSecurityToken());
    assertThat(session.getAcsResponse(PopSdk.getCallerIdentity(sts)).getArn())
        .isEqualTo(assumedRoleArn("mock-saml-role", "pop-saml"));
  }

  /**
   * A pop client built with an AccessKey signs every call, AssumeRoleWithSAML included (Alibaba
   * Java SDKs: what they send,
   * https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-core/4.7.10/); the action is
   * anonymous, so the signature is not looked at.
   */
  @Test
  void whenThePopSdkSignsTheCallWithAnAccessKeyThenTheAssertionAloneDecides() throws Exception {
    DefaultAcsClient signed = PopSdk.client(ALICE_KEY_ID, ALICE_SECRET);

    com.aliyuncs.sts.model.v20150401.AssumeRoleWithSAMLResponse response =
        signed.getAcsResponse(popRequest(response("pop-signed").toBase64()));

    assertThat(response.getAssumedRoleUser().getArn())
        .isEqualTo(roleSessionArn("mock-saml-role", "pop-signed"));
  }

  @Test
  void whenThePopSdkSendsAResponseSignedByAnotherKeyThenClientExceptionCarriesTheInvalidCode() {
    String forged =
        AttackerKeys.idp(Clock.systemUTC())
            .response("alibaba")
            .role(SAML_ROLE_ARN, PROVIDER_ARN)
            .sessionName("mallory")
            .toBase64();

    ClientException error =
        catchThrowableOfType(
            ClientException.class, () -> anonymousPop().getAcsResponse(popRequest(forged)));

    assertThat(error).isNotNull();
    assertThat(error.getErrCode()).isEqualTo("AuthenticationFail.SAMLAssertion.Invalid");
    assertThat(error.getErrMsg()).isEqualTo("The SAML Assertion is invalid.");
    assertThat(error.getRequestId()).matches(REQUEST_ID_PATTERN);
  }

  @Test
  void whenThePopSdkReplaysAResponseThenTheSecondUseIsInvalid() throws Exception {
    String once = response("pop-replay").toBase64();
    anonymousPop().getAcsResponse(popRequest(once));

    ClientException error =
        catchThrowableOfType(
            ClientException.class, () -> anonymousPop().getAcsResponse(popRequest(once)));

    assertThat(error).isNotNull();
    assertThat(error.getErrCode()).isEqualTo("AuthenticationFail.SAMLAssertion.Invalid");
  }
}
