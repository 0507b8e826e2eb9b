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
import static io.mocksts.compat.alibaba.AlibabaFixtures.assertTemporaryCredentials;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assumedRoleArn;
import static io.mocksts.compat.alibaba.AlibabaFixtures.roleSessionArn;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityResponse;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "pop" SDK (aliyun-java-sdk-core 4.7.10 + aliyun-java-sdk-sts 3.1.2) against the mock over
 * plain HTTP: AssumeRole and GetCallerIdentity, with JSON (the SDK's default) and XML responses.
 */
class PopSdkCompatTest {

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

  @Test
  void whenAliceAssumesRoleThenEveryDocumentedFieldIsParsed() throws Exception {
    AssumeRoleResponse response =
        alice.getAcsResponse(PopSdk.assumeRole(sts, ROLE_ARN, "pop-json"));

    assertAssumedRole(response, "pop-json", 3600);
  }

  @Test
  void whenAssumeRoleIsSentByGetThenEveryDocumentedFieldIsParsed() throws Exception {
    AssumeRoleRequest request = PopSdk.assumeRole(sts, ROLE_ARN, "pop-get");
    request.setSysMethod(MethodType.GET);

    AssumeRoleResponse response = alice.getAcsResponse(request);

    assertAssumedRole(response, "pop-get", 3600);
    assertThat(lastMethod()).isEqualTo("GET");
  }

  @Test
  void whenGetCallerIdentityIsSentByGetWithTheIssuedCredentialsThenTheCallerIsTheAssumedRole()
      throws Exception {
    DefaultAcsClient session = sessionOf(PopSdk.assumeRole(sts, ROLE_ARN, "pop-get-session"));
    try {
      GetCallerIdentityRequest request = PopSdk.getCallerIdentity(sts);
      request.setSysMethod(MethodType.GET);

      assertRoleSession(session.getAcsResponse(request), "pop-get-session");
      assertThat(lastMethod()).isEqualTo("GET");
    } finally {
      session.shutdown();
    }
  }

  /** A client holding the temporary credentials alice gets from {@code assumeRole}. */
  private DefaultAcsClient sessionOf(AssumeRoleRequest assumeRole) throws Exception {
    AssumeRoleResponse.Credentials credentials = alice.getAcsResponse(assumeRole).getCredentials();
    return PopSdk.sessionClient(
        credentials.getAccessKeyId(),
        credentials.getAccessKeySecret(),
        credentials.getSecurityToken());
  }

  /** The HTTP method of the last request the mock received (WireMock lists the newest first). */
  private String lastMethod() {
    return sts.wireMock().getAllServeEvents().get(0).getRequest().getMethod().getName();
  }

  @Test
  void whenAssumeRoleAsksForJsonThenTheMockAnswersJson() throws Exception {
    HttpResponse response = alice.doAction(PopSdk.assumeRole(sts, ROLE_ARN, "pop-json-raw"));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderValue("Content-Type")).startsWith("application/json");
    assertThat(response.getHttpContentString()).startsWith("{");
  }

  @Test
  void whenAssumeRoleCarriesAPolicyAndTheExternalIdThenTheRoleIsAssumed() throws Exception {
    AssumeRoleRequest request = PopSdk.assumeRole(sts, EXTERNAL_ROLE_ARN, "pop-external");
    request.setPolicy(SESSION_POLICY);
    request.setExternalId(EXTERNAL_ID);
    request.setDurationSeconds(900L);

    AssumeRoleResponse response = alice.getAcsResponse(request);

    assertThat(response.getAssumedRoleUser().getAssumedRoleId())
        .isEqualTo(EXTERNAL_ROLE_ID + ":pop-external");
    assertThat(response.getAssumedRoleUser().getArn())
        .isEqualTo(roleSessionArn("mock-external-role", "pop-external"));
    assertThat(response.getCredentials().getAccessKeyId()).startsWith("STS.");
  }

  @Test
  void whenAliceCallsGetCallerIdentityThenSheIsARamUser() throws Exception {
    GetCallerIdentityResponse identity = alice.getAcsResponse(PopSdk.getCallerIdentity(sts));

    assertRamUserAlice(identity);
  }

  @Test
  void whenTheIssuedCredentialsCallGetCallerIdentityThenTheCallerIsTheAssumedRole()
      throws Exception {
    DefaultAcsClient session = sessionOf(PopSdk.assumeRole(sts, ROLE_ARN, "pop-session"));
    try {
      GetCallerIdentityResponse identity = session.getAcsResponse(PopSdk.getCallerIdentity(sts));

      assertRoleSession(identity, "pop-session");
    } finally {
      session.shutdown();
    }
  }

  @Test
  void whenAssumeRoleAsksForXmlThenTheSdkParsesTheXmlResponse() throws Exception {
    AssumeRoleRequest request = PopSdk.xml(PopSdk.assumeRole(sts, ROLE_ARN, "pop-xml"));
    request.setDurationSeconds(1800L);

    AssumeRoleResponse response = alice.getAcsResponse(request);

    assertAssumedRole(response, "pop-xml", 1800);
  }

  @Test
  void whenAssumeRoleAsksForXmlThenTheMockAnswersXml() throws Exception {
    HttpResponse response =
        alice.doAction(PopSdk.xml(PopSdk.assumeRole(sts, ROLE_ARN, "pop-xml-raw")));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderValue("Content-Type")).startsWith("text/xml");
    assertThat(response.getHttpContentString())
        .startsWith("<?xml")
        .contains("<AssumeRoleResponse>");
  }

  @Test
  void whenGetCallerIdentityAsksForXmlThenTheSdkParsesTheXmlResponse() throws Exception {
    GetCallerIdentityResponse identity =
        alice.getAcsResponse(PopSdk.xml(PopSdk.getCallerIdentity(sts)));

    assertRamUserAlice(identity);
  }

  @Test
  void whenTheIssuedCredentialsCallGetCallerIdentityInXmlThenTheCallerIsTheAssumedRole()
      throws Exception {
    DefaultAcsClient session =
        sessionOf(PopSdk.xml(PopSdk.assumeRole(sts, ROLE_ARN, "pop-xml-session")));
    try {
      GetCallerIdentityResponse identity =
          session.getAcsResponse(PopSdk.xml(PopSdk.getCallerIdentity(sts)));

      assertRoleSession(identity, "pop-xml-session");
    } finally {
      session.shutdown();
    }
  }

  private static void assertAssumedRole(
      AssumeRoleResponse response, String session, long durationSeconds) {
    assertThat(response.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(response.getAssumedRoleUser().getAssumedRoleId()).isEqualTo(ROLE_ID + ":" + session);
    assertThat(response.getAssumedRoleUser().getArn())
        .isEqualTo(roleSessionArn("mock-role", session));
    AssumeRoleResponse.Credentials credentials = response.getCredentials();
    assertTemporaryCredentials(
        credentials.getAccessKeyId(),
        credentials.getAccessKeySecret(),
        credentials.getSecurityToken(),
        credentials.getExpiration(),
        durationSeconds);
  }

  private static void assertRamUserAlice(GetCallerIdentityResponse identity) {
    assertThat(identity.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(identity.getIdentityType()).isEqualTo("RAMUser");
    assertThat(identity.getAccountId()).isEqualTo(ACCOUNT_ID);
    assertThat(identity.getArn()).isEqualTo(ALICE_ARN);
    assertThat(identity.getUserId()).isEqualTo(ALICE_USER_ID);
    assertThat(identity.getPrincipalId()).isEqualTo(ALICE_USER_ID);
    assertThat(identity.getRoleId()).isNull();
  }

  private static void assertRoleSession(GetCallerIdentityResponse identity, String session) {
    assertThat(identity.getRequestId()).matches(REQUEST_ID_PATTERN);
    assertThat(identity.getIdentityType()).isEqualTo("AssumedRoleUser");
    assertThat(identity.getAccountId()).isEqualTo(ACCOUNT_ID);
    assertThat(identity.getArn()).isEqualTo(assumedRoleArn("mock-role", session));
    assertThat(identity.getRoleId()).isEqualTo(ROLE_ID);
    assertThat(identity.getPrincipalId()).isEqualTo(ROLE_ID + ":" + session);
    assertThat(identity.getUserId()).isNull();
  }
}
