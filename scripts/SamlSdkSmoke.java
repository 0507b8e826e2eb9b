// Calls AssumeRoleWithSAML of a running mock-sts with the official SDKs, unmodified: the Alibaba
// Tea SDK (anonymous) and pop SDK (AnonymousCredentials), and the Tencent SDK (which signs the
// call with whatever Credential it has; the action ignores it). Each feeds a SAML Response printed
// by `mock-sts.jar saml-response`, then uses the credentials for GetCallerIdentity; replayed and
// expired Responses show the error codes. Prints one line per check and exits 1 if any fails.
// Run it with scripts/saml-sdk-smoke.sh (it mints the Responses and builds the class path).
//
// Usage: java -cp <sdk class path> scripts/SamlSdkSmoke.java HOST PORT DIR
//   DIR holds the Responses: tea, pop, expired (Alibaba) and tencent, one Base64 line each.

import com.aliyun.sts20150401.Client;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.AnonymousCredentials;
import com.aliyuncs.auth.BasicSessionCredentials;
import com.aliyuncs.auth.StaticCredentialsProvider;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.sts.model.v20150401.AssumeRoleWithSAMLRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleWithSAMLResponse;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sts.v20180813.StsClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

public class SamlSdkSmoke {

  static final String ALI_ROLE = "acs:ram::1234567890123456:role/mock-saml-role";
  static final String ALI_PROVIDER = "acs:ram::1234567890123456:saml-provider/mock-idp";
  static final String TC_ROLE = "qcs::cam::uin/100000000001:roleName/mock-saml-role";
  static final String TC_PROVIDER = "qcs::cam::uin/100000000001:saml-provider/mock-idp";
  static int failures;
  static String host;
  static int port;

  public static void main(String[] args) throws Exception {
    host = args[0];
    port = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    String tea = read(dir, "tea");
    String pop = read(dir, "pop");
    String expired = read(dir, "expired");
    String tencent = read(dir, "tencent");

    // Tea SDK (sts20150401): no AccessKey at all, the action is anonymous.
    Client teaClient = new Client(teaConfig());
    com.aliyun.sts20150401.models.AssumeRoleWithSAMLResponseBody.AssumeRoleWithSAMLResponseBodyCredentials[] teaCreds =
        new com.aliyun.sts20150401.models.AssumeRoleWithSAMLResponseBody.AssumeRoleWithSAMLResponseBodyCredentials[1];
    check("tea   AssumeRoleWithSAML", () -> {
      var body = teaClient.assumeRoleWithSAML(new com.aliyun.sts20150401.models.AssumeRoleWithSAMLRequest()
          .setSAMLProviderArn(ALI_PROVIDER).setRoleArn(ALI_ROLE).setSAMLAssertion(tea)).getBody();
      teaCreds[0] = body.getCredentials();
      return body.getAssumedRoleUser().getArn() + " " + body.getCredentials().getAccessKeyId()
          + " subject=" + body.getSAMLAssertionInfo().getSubject()
          + " issuer=" + body.getSAMLAssertionInfo().getIssuer();
    }, "acs:ram::1234567890123456:role/mock-saml-role/tea-smoke STS. subject=alice");
    check("tea   GetCallerIdentity (SAML credentials)", () -> new Client(teaConfig()
            .setAccessKeyId(teaCreds[0].getAccessKeyId()).setAccessKeySecret(teaCreds[0].getAccessKeySecret())
            .setSecurityToken(teaCreds[0].getSecurityToken())).getCallerIdentity().getBody().getArn(),
        "acs:ram::1234567890123456:assumed-role/mock-saml-role/tea-smoke");
    check("tea   expired Response", () -> {
      try {
        teaClient.assumeRoleWithSAML(new com.aliyun.sts20150401.models.AssumeRoleWithSAMLRequest()
            .setSAMLProviderArn(ALI_PROVIDER).setRoleArn(ALI_ROLE).setSAMLAssertion(expired));
        return "no error";
      } catch (TeaException e) {
        return e.getCode() + " " + e.getData().get("statusCode");
      }
    }, "AuthenticationFail.SAMLAssertion.Expired 401");

    // pop SDK (aliyun-java-sdk-core + aliyun-java-sdk-sts) with AnonymousCredentials.
    DefaultAcsClient anonymous = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou"),
        new StaticCredentialsProvider(new AnonymousCredentials()));
    AssumeRoleWithSAMLResponse.Credentials[] popCreds = new AssumeRoleWithSAMLResponse.Credentials[1];
    check("pop   AssumeRoleWithSAML (AnonymousCredentials)", () -> {
      AssumeRoleWithSAMLResponse r = anonymous.getAcsResponse(popRequest(pop));
      popCreds[0] = r.getCredentials();
      return r.getAssumedRoleUser().getArn() + " " + r.getCredentials().getAccessKeyId()
          + " recipient=" + r.getSAMLAssertionInfo().getRecipient();
    }, "acs:ram::1234567890123456:role/mock-saml-role/pop-smoke STS.");
    check("pop   GetCallerIdentity (SAML credentials)", () -> new DefaultAcsClient(
            DefaultProfile.getProfile("cn-hangzhou"), new StaticCredentialsProvider(new BasicSessionCredentials(
                popCreds[0].getAccessKeyId(), popCreds[0].getAccessKeySecret(), popCreds[0].getSecurityToken())))
            .getAcsResponse(at(new GetCallerIdentityRequest())).getArn(),
        "acs:ram::1234567890123456:assumed-role/mock-saml-role/pop-smoke");
    check("pop   same Response again (replay)", () -> {
      try {
        anonymous.getAcsResponse(popRequest(pop));
        return "no error";
      } catch (ClientException e) {
        return e.getErrCode() + ": " + e.getErrMsg();
      }
    }, "AuthenticationFail.SAMLAssertion.Invalid");

    // Tencent SDK: signs with the Credential it has (one the mock does not know).
    StsClient tc = new StsClient(new Credential("AKIDUnknownToTheMock", "unused"), "ap-guangzhou", tencentProfile());
    com.tencentcloudapi.sts.v20180813.models.Credentials[] tcCreds = new com.tencentcloudapi.sts.v20180813.models.Credentials[1];
    check("tc    AssumeRoleWithSAML (TC3, unknown signing key)", () -> {
      var r = tc.AssumeRoleWithSAML(tencentRequest(tencent));
      tcCreds[0] = r.getCredentials();
      return r.getCredentials().getTmpSecretId().substring(0, 4) + " expires " + r.getExpiration();
    }, "AKID expires");
    check("tc    GetCallerIdentity (SAML credentials)", () -> {
      var identity = new StsClient(new Credential(tcCreds[0].getTmpSecretId(), tcCreds[0].getTmpSecretKey(),
          tcCreds[0].getToken()), "ap-guangzhou", tencentProfile())
          .GetCallerIdentity(new com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest());
      return identity.getType() + " " + identity.getUserId() + " " + identity.getArn();
    }, "CAMRole :tc-smoke qcs::sts:100000000001:assumed-role/");
    check("tc    same Response again (replay)", () -> {
      try {
        tc.AssumeRoleWithSAML(tencentRequest(tencent));
        return "no error";
      } catch (TencentCloudSDKException e) {
        return e.getErrorCode() + ": " + e.getMessage();
      }
    }, "InvalidParameter.ParamError");

    System.out.println(failures == 0 ? "ALL CHECKS PASSED" : failures + " CHECK(S) FAILED");
    System.exit(failures == 0 ? 0 : 1);
  }

  static String read(Path dir, String name) throws Exception {
    return Files.readString(dir.resolve(name)).trim();
  }

  static AssumeRoleWithSAMLRequest popRequest(String assertion) {
    AssumeRoleWithSAMLRequest request = at(new AssumeRoleWithSAMLRequest());
    request.setSAMLProviderArn(ALI_PROVIDER);
    request.setRoleArn(ALI_ROLE);
    request.setSAMLAssertion(assertion);
    return request;
  }

  static com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithSAMLRequest tencentRequest(String assertion) {
    var request = new com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithSAMLRequest();
    request.setSAMLAssertion(assertion);
    request.setPrincipalArn(TC_PROVIDER);
    request.setRoleArn(TC_ROLE);
    request.setRoleSessionName("tc-smoke");
    return request;
  }

  static <T extends com.aliyuncs.AcsRequest<?>> T at(T request) {
    request.setSysEndpoint(host + ":" + port);
    request.setSysProtocol(ProtocolType.HTTP);
    return request;
  }

  static Config teaConfig() {
    return new Config().setEndpoint(host + ":" + port).setProtocol("HTTP");
  }

  static ClientProfile tencentProfile() {
    HttpProfile http = new HttpProfile();
    http.setEndpoint(host + ":" + port);
    http.setProtocol(HttpProfile.REQ_HTTP);
    return new ClientProfile(ClientProfile.SIGN_TC3_256, http);
  }

  /** Runs a check; passes when the result contains every space-separated part of expected. */
  static String check(String name, Callable<String> call, String expected) {
    String result;
    try {
      result = call.call();
    } catch (Exception e) {
      result = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    boolean ok = result != null && Arrays.stream(expected.split(" ")).allMatch(result::contains);
    if (!ok) {
      failures++;
    }
    System.out.printf("%-4s %-52s %s%n", ok ? "OK" : "FAIL", name, result);
    return ok ? result : null;
  }
}
