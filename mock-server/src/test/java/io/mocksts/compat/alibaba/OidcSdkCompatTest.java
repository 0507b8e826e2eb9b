package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ACCOUNT_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.OIDC_ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.REQUEST_ID_PATTERN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assertTemporaryCredentials;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assumedRoleArn;
import static io.mocksts.compat.alibaba.AlibabaFixtures.roleSessionArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.AssumeRoleWithOIDCRequest;
import com.aliyun.sts20150401.models.AssumeRoleWithOIDCResponse;
import com.aliyun.sts20150401.models.AssumeRoleWithOIDCResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.AnonymousCredentials;
import com.aliyuncs.auth.StaticCredentialsProvider;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.sts.model.v20150401.AssumeRoleWithOIDCResponse.OIDCTokenInfo;
import io.mocksts.MockSts;
import io.mocksts.idp.TestIssuer;
import io.mocksts.junit.MockStsExtension;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AssumeRoleWithOIDC from the official SDKs against the embedded mock over plain HTTP, with tokens
 * of the bundled test issuer: the Tea SDK (sts20150401 1.1.4, anonymous, everything in the query)
 * and the pop SDK (aliyun-java-sdk-sts 3.1.2 with {@code AnonymousCredentials}). credentials-java's
 * OIDC provider, which needs HTTPS, is in {@link CredentialsJavaCompatTest}.
 */
class OidcSdkCompatTest {

  static final String PROVIDER_ARN = "acs:ram::" + ACCOUNT_ID + ":oidc-provider/mock-oidc";
  static final String OIDC_ROLE_ID = "300000000000000006";

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;
  private static Client tea;
  private final TestIssuer issuer = TestIssuer.bundled(Clock.systemUTC());

  @BeforeAll
  static void start() throws Exception {
    sts = STS.sts();
    // No AccessKey at all: the action is anonymous.
    tea = new Client(new Config().setEndpoint("127.0.0.1:" + sts.port()).setProtocol("HTTP"));
  }

  private String token(String subject) {
    return issuer.token(subject).audience("sts.aliyuncs.com").sign();
  }

  private AssumeRoleWithOIDCRequest request(String token, String session) {
    return new AssumeRoleWithOIDCRequest()
        .setOIDCProviderArn(PROVIDER_ARN)
        .setRoleArn(OIDC_ROLE_ARN)
        .setOIDCToken(token)
        .setRoleSessionName(session);
  }

  @Test
  void whenTheTeaSdkExchangesATokenThenEveryDocumentedFieldIsParsed() throws Exception {
    AssumeRoleWithOIDCResponse response =
        tea.assumeRoleWithOIDC(
            request(token("system:serviceaccount:default:tea"), "tea-oidc")
                .setDurationSeconds(1200L));

    assertThat(response.getStatusCode()).isEqualTo(200);
    AssumeRoleWithOIDCResponseBody body = response.getBody();
    assertThat(body.getRequestId()).matches(REQUEST_ID_PATTERN);
    AssumeRoleWithOIDCResponseBody.AssumeRoleWithOIDCResponseBodyOIDCTokenInfo info =
        body.getOIDCTokenInfo();
    assertThat(info.getSubject()).isEqualTo("system:serviceaccount:default:tea");
    assertThat(info.getIssuer()).isEqualTo(TestIssuer.ISSUER);
    assertThat(info.getClientIds()).isEqualTo("sts.aliyuncs.com");
    assertThat(info.getVerificationInfo()).isEqualTo("Success");
    assertThat(info.getIssuanceTime()).matches(AlibabaFixtures.EXPIRATION_PATTERN);
    assertThat(info.getExpirationTime()).matches(AlibabaFixtures.EXPIRATION_PATTERN);
    assertThat(body.getAssumedRoleUser().getAssumedRoleId()).isEqualTo(OIDC_ROLE_ID + ":tea-oidc");
    assertThat(body.getAssumedRoleUser().getArn())
        .isEqualTo(roleSessionArn("mock-oidc-role", "tea-oidc"));
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
        .isEqualTo(assumedRoleArn("mock-oidc-role", "tea-oidc"));
  }

  @Test
  void whenTheTeaSdkSendsAnExpiredTokenThenTeaExceptionCarriesTheCodeAndStatus() {
    String expired =
        issuer
            .token("ci")
            .audience("sts.aliyuncs.com")
            .issuedAt(java.time.Instant.now().minusSeconds(7200))
            .lifetime(Duration.ofHours(1))
            .sign();

    TeaException error =
        catchThrowableOfType(
            TeaException.class, () -> tea.assumeRoleWithOIDC(request(expired, "tea-oidc")));

    assertThat(error).isNotNull();
    assertThat(error.getCode()).isEqualTo("AuthenticationFail.OIDCToken.Expired");
    assertThat(error.getData()).containsEntry("statusCode", 401);
    assertThat(error.getMessage()).contains("This JsonWebToken is expired.");
  }

  @Test
  void whenThePopSdkCallsAnonymouslyThenItParsesTheOidcTokenInfo() throws Exception {
    DefaultAcsClient pop =
        new DefaultAcsClient(
            DefaultProfile.getProfile("cn-hangzhou"),
            new StaticCredentialsProvider(new AnonymousCredentials()));
    com.aliyuncs.sts.model.v20150401.AssumeRoleWithOIDCRequest request =
        PopSdk.at(sts, new com.aliyuncs.sts.model.v20150401.AssumeRoleWithOIDCRequest());
    request.setOIDCProviderArn(PROVIDER_ARN);
    request.setRoleArn(OIDC_ROLE_ARN);
    request.setOIDCToken(token("pop"));
    request.setRoleSessionName("pop-oidc");

    com.aliyuncs.sts.model.v20150401.AssumeRoleWithOIDCResponse response =
        pop.getAcsResponse(request);

    OIDCTokenInfo info = response.getOIDCTokenInfo();
    assertThat(info.getSubject()).isEqualTo("pop");
    assertThat(info.getClientIds()).isEqualTo("sts.aliyuncs.com");
    assertThat(info.getVerificationInfo()).isEqualTo("Success");
    assertThat(response.getAssumedRoleUser().getAssumedRoleId())
        .isEqualTo(OIDC_ROLE_ID + ":pop-oidc");
    assertThat(response.getCredentials().getAccessKeyId()).startsWith("STS.");
  }

  @Test
  void whenThePopSdkNamesAnUnknownProviderThenClientExceptionCarriesTheCode() {
    DefaultAcsClient pop =
        new DefaultAcsClient(
            DefaultProfile.getProfile("cn-hangzhou"),
            new StaticCredentialsProvider(new AnonymousCredentials()));
    com.aliyuncs.sts.model.v20150401.AssumeRoleWithOIDCRequest request =
        PopSdk.at(sts, new com.aliyuncs.sts.model.v20150401.AssumeRoleWithOIDCRequest());
    request.setOIDCProviderArn("acs:ram::" + ACCOUNT_ID + ":oidc-provider/nobody");
    request.setRoleArn(OIDC_ROLE_ARN);
    request.setOIDCToken(token("pop"));
    request.setRoleSessionName("pop-oidc");

    ClientException error =
        catchThrowableOfType(ClientException.class, () -> pop.getAcsResponse(request));

    assertThat(error).isNotNull();
    assertThat(error.getErrCode()).isEqualTo("AuthenticationFail.NoPermission");
    assertThat(error.getErrMsg()).isEqualTo("No such OIDC Provider registered.");
  }
}
