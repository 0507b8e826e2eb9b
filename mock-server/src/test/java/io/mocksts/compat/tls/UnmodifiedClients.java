package io.mocksts.compat.tls;

import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponseBody;
import com.aliyun.teaopenapi.models.Config;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.provider.STSCredential;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityResponse;
import java.util.concurrent.Callable;

/**
 * Official SDK clients exactly as an application uses them against the cloud: no endpoint, no
 * protocol, no trust setting in code. Run in a JVM of its own by {@link
 * VendorHostnamesOverTlsCompatTest}, whose hosts file ({@code -Djdk.net.hosts.file}) points the
 * vendor host names at 127.0.0.1 and whose trust store ({@code -Djavax.net.ssl.trustStore}) is the
 * CA the mock exported. Prints one line per case: {@code name|ok|facts} or {@code
 * name|error|exception}.
 */
public final class UnmodifiedClients {

  // the default world's identities (fixtures/world.yaml, fixtures/README.md)
  static final String ALIBABA_KEY_ID = "LTAI5tMockAliceAccessKey";
  static final String ALIBABA_SECRET = "MockAliceAccessKeySecret000001";
  static final String ALIBABA_ROLE_ARN = "acs:ram::1234567890123456:role/mock-role";
  static final String TENCENT_SECRET_ID = "AKIDMockAliceSecretId000000000000001";
  static final String TENCENT_SECRET_KEY = "MockAliceSecretKey00000000000001";
  static final String TENCENT_ROLE_ARN = "qcs::cam::uin/100000000001:roleName/mock-role";

  private UnmodifiedClients() {}

  public static void main(String[] args) {
    run(
        "alibaba-tea-sts.aliyuncs.com",
        () -> teaAssumeRole("cn-hangzhou")); // the SDK's endpoint map: sts.aliyuncs.com
    run("alibaba-tea-regional", () -> teaAssumeRole("ap-southeast-1"));
    run("alibaba-credentials-java", UnmodifiedClients::credentialsJava);
    run("tencent-sdk-sts.tencentcloudapi.com", UnmodifiedClients::tencentCallerIdentity);
    run("tencent-sts-credential-provider", UnmodifiedClients::tencentStsCredential);
  }

  private static void run(String name, Callable<String> call) {
    String line;
    try {
      line = name + "|ok|" + call.call();
    } catch (Throwable e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      line =
          name
              + "|error|"
              + (e.getClass().getName() + ": " + e.getMessage() + " / " + root).replace('\n', ' ');
    }
    System.out.println(line);
    System.out.flush();
  }

  /** Tea {@code sts20150401}: a region, no endpoint; the SDK picks the vendor host and HTTPS. */
  private static String teaAssumeRole(String region) throws Exception {
    com.aliyun.sts20150401.Client client =
        new com.aliyun.sts20150401.Client(
            new Config()
                .setAccessKeyId(ALIBABA_KEY_ID)
                .setAccessKeySecret(ALIBABA_SECRET)
                .setRegionId(region));
    AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials credentials =
        client
            .assumeRole(
                new AssumeRoleRequest().setRoleArn(ALIBABA_ROLE_ARN).setRoleSessionName("tls"))
            .getBody()
            .getCredentials();
    com.aliyun.sts20150401.Client session =
        new com.aliyun.sts20150401.Client(
            new Config()
                .setAccessKeyId(credentials.getAccessKeyId())
                .setAccessKeySecret(credentials.getAccessKeySecret())
                .setSecurityToken(credentials.getSecurityToken())
                .setRegionId(region));
    return "AccessKeyId="
        + credentials.getAccessKeyId()
        + " Arn="
        + session.getCallerIdentity().getBody().getArn();
  }

  /** credentials-java's RAM role ARN provider, whose STS endpoint defaults to sts.aliyuncs.com. */
  private static String credentialsJava() throws Exception {
    com.aliyun.credentials.Client client =
        new com.aliyun.credentials.Client(
            new com.aliyun.credentials.models.Config()
                .setType("ram_role_arn")
                .setAccessKeyId(ALIBABA_KEY_ID)
                .setAccessKeySecret(ALIBABA_SECRET)
                .setRoleArn(ALIBABA_ROLE_ARN)
                .setRoleSessionName("tls-credentials"));
    CredentialModel credential = client.getCredential();
    return "AccessKeyId=" + credential.getAccessKeyId() + " Type=" + credential.getType();
  }

  /** The Tencent SDK's StsClient with a region only: endpoint sts.tencentcloudapi.com, HTTPS. */
  private static String tencentCallerIdentity() throws Exception {
    StsClient client =
        new StsClient(new Credential(TENCENT_SECRET_ID, TENCENT_SECRET_KEY), "ap-guangzhou");
    GetCallerIdentityResponse identity = client.GetCallerIdentity(new GetCallerIdentityRequest());
    return "Arn=" + identity.getArn() + " RequestId=" + identity.getRequestId();
  }

  /**
   * The Tencent SDK's role-assuming credential provider, which hard-codes sts.tencentcloudapi.com;
   * the credentials it gets are then used on GetCallerIdentity.
   */
  private static String tencentStsCredential() throws Exception {
    STSCredential credential =
        new STSCredential(TENCENT_SECRET_ID, TENCENT_SECRET_KEY, TENCENT_ROLE_ARN, "tls-provider");
    StsClient client = new StsClient(credential, "ap-guangzhou");
    return "SecretId="
        + credential.getSecretId()
        + " Arn="
        + client.GetCallerIdentity(new GetCallerIdentityRequest()).getArn();
  }
}
