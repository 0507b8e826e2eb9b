// Calls a running mock-sts with the official Alibaba Cloud Java SDKs, unmodified, with the default
// world's identities: AssumeRole and GetCallerIdentity through the pop SDK (JSON and XML), the Tea
// SDK and credentials-java (HTTPS), and a wrong secret through each; AssumeRoleWithOIDC through Tea
// and credentials-java's OIDC provider with tokens printed by `mock-sts.jar oidc-token` (the jar at
// mock-server/target/mock-sts.jar, or -Dmock-sts.jar=PATH). Prints one line per check and exits 1
// if any check fails. Run it with scripts/alibaba-sdk-smoke.sh (it builds the class path).
//
// Usage: java -cp <sdk class path> scripts/AlibabaSdkSmoke.java HOST HTTP_PORT HTTPS_PORT CERT.pem

import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.credentials.provider.OIDCRoleArnCredentialProvider;
import com.aliyun.credentials.provider.RamRoleArnCredentialProvider;
import com.aliyun.sts20150401.Client;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.BasicSessionCredentials;
import com.aliyuncs.auth.StaticCredentialsProvider;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest;
import java.io.FileInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.Callable;

public class AlibabaSdkSmoke {

  static final String ALICE = "LTAI5tMockAliceAccessKey";
  static final String ALICE_SECRET = "MockAliceAccessKeySecret000001";
  static final String ROLE = "acs:ram::1234567890123456:role/mock-role";
  static int failures;
  static String host;
  static int httpPort;

  public static void main(String[] args) throws Exception {
    host = args[0];
    httpPort = Integer.parseInt(args[1]);
    int httpsPort = Integer.parseInt(args[2]);
    trust(Path.of(args[3]));

    // pop SDK (aliyun-java-sdk-core + aliyun-java-sdk-sts)
    DefaultAcsClient pop = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", ALICE, ALICE_SECRET));
    AssumeRoleResponse.Credentials[] issued = new AssumeRoleResponse.Credentials[1];
    check("pop   AssumeRole (JSON)", () -> {
      AssumeRoleResponse r = pop.getAcsResponse(assumeRole("pop-json", FormatType.JSON));
      issued[0] = r.getCredentials();
      return r.getAssumedRoleUser().getArn() + " " + r.getCredentials().getAccessKeyId();
    }, "acs:ram::1234567890123456:role/mock-role/pop-json STS.");
    check("pop   AssumeRole (XML)", () ->
        pop.getAcsResponse(assumeRole("pop-xml", FormatType.XML)).getAssumedRoleUser().getArn(),
        "acs:ram::1234567890123456:role/mock-role/pop-xml");
    check("pop   GetCallerIdentity (alice)", () ->
        pop.getAcsResponse(at(new GetCallerIdentityRequest())).getArn(),
        "acs:ram::1234567890123456:user/alice");
    check("pop   GetCallerIdentity (STS credentials)", () -> {
      DefaultAcsClient session = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou"),
          new StaticCredentialsProvider(new BasicSessionCredentials(issued[0].getAccessKeyId(),
              issued[0].getAccessKeySecret(), issued[0].getSecurityToken())));
      return session.getAcsResponse(at(new GetCallerIdentityRequest())).getArn();
    }, "acs:ram::1234567890123456:assumed-role/mock-role/pop-json");
    check("pop   wrong secret", () -> {
      DefaultAcsClient wrong = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", ALICE, "WrongSecret000000000000000000"));
      String raw = new String(wrong.doAction(assumeRole("pop-wrong", FormatType.JSON)).getHttpContent(), StandardCharsets.UTF_8);
      try {
        wrong.getAcsResponse(assumeRole("pop-wrong-2", FormatType.JSON));
        return "no error";
      } catch (ClientException e) {
        return "raw " + raw.replaceAll(".*\"Code\":\"([^\"]+)\".*", "$1") + ", SDK " + e.getErrCode();
      }
    }, "raw SignatureDoesNotMatch, SDK SDK.InvalidAccessKeySecret");

    // Tea SDK (sts20150401)
    Client tea = new Client(teaConfig().setAccessKeyId(ALICE).setAccessKeySecret(ALICE_SECRET));
    check("tea   AssumeRole", () -> tea.assumeRole(new com.aliyun.sts20150401.models.AssumeRoleRequest()
        .setRoleArn(ROLE).setRoleSessionName("tea")).getBody().getAssumedRoleUser().getArn(),
        "acs:ram::1234567890123456:role/mock-role/tea");
    check("tea   GetCallerIdentity (alice)", () -> tea.getCallerIdentity().getBody().getArn(),
        "acs:ram::1234567890123456:user/alice");
    check("tea   wrong secret", () -> {
      try {
        new Client(teaConfig().setAccessKeyId(ALICE).setAccessKeySecret("WrongSecret000000000000000000")).getCallerIdentity();
        return "no error";
      } catch (TeaException e) {
        return e.getCode() + " " + e.getData().get("statusCode");
      }
    }, "SignatureDoesNotMatch 400");

    // credentials-java (HTTPS only)
    check("cred  RamRoleArn provider + Tea GetCallerIdentity", () -> {
      RamRoleArnCredentialProvider provider = RamRoleArnCredentialProvider.builder()
          .accessKeyId(ALICE).accessKeySecret(ALICE_SECRET).roleArn(ROLE)
          .roleSessionName("credentials-java").STSEndpoint(host + ":" + httpsPort).build();
      CredentialModel c = provider.getCredentials();
      provider.close();
      return new Client(teaConfig().setAccessKeyId(c.getAccessKeyId()).setAccessKeySecret(c.getAccessKeySecret())
          .setSecurityToken(c.getSecurityToken())).getCallerIdentity().getBody().getArn();
    }, "acs:ram::1234567890123456:assumed-role/mock-role/credentials-java");
    check("cred  wrong secret", () -> {
      RamRoleArnCredentialProvider provider = RamRoleArnCredentialProvider.builder()
          .accessKeyId(ALICE).accessKeySecret("WrongSecret000000000000000000").roleArn(ROLE)
          .roleSessionName("credentials-java").STSEndpoint(host + ":" + httpsPort).build();
      try {
        provider.getCredentials();
        return "no error";
      } catch (RuntimeException e) {
        return e.getMessage().contains("SignatureDoesNotMatch") ? "SignatureDoesNotMatch" : e.getMessage();
      } finally {
        provider.close();
      }
    }, "SignatureDoesNotMatch");

    // OIDC: tokens of the bundled test issuer, printed by the jar's oidc-token command
    String provider = "acs:ram::1234567890123456:oidc-provider/mock-oidc";
    String oidcRole = "acs:ram::1234567890123456:role/mock-oidc-role";
    check("tea   AssumeRoleWithOIDC (oidc-token)", () -> new Client(teaConfig())
        .assumeRoleWithOIDC(new com.aliyun.sts20150401.models.AssumeRoleWithOIDCRequest()
            .setOIDCProviderArn(provider).setRoleArn(oidcRole).setRoleSessionName("tea-oidc")
            .setOIDCToken(oidcToken("tea"))).getBody().getAssumedRoleUser().getArn(),
        "acs:ram::1234567890123456:role/mock-oidc-role/tea-oidc");
    check("cred  OIDCRoleArn provider + Tea GetCallerIdentity", () -> {
      Path tokenFile = Files.createTempFile("mock-sts-oidc", ".jwt");
      tokenFile.toFile().deleteOnExit();
      Files.writeString(tokenFile, oidcToken("system:serviceaccount:default:app"));
      OIDCRoleArnCredentialProvider oidc = OIDCRoleArnCredentialProvider.builder()
          .oidcProviderArn(provider).roleArn(oidcRole).oidcTokenFilePath(tokenFile.toString())
          .roleSessionName("credentials-oidc").STSEndpoint(host + ":" + httpsPort).build();
      CredentialModel c = oidc.getCredentials();
      oidc.close();
      return new Client(teaConfig().setAccessKeyId(c.getAccessKeyId()).setAccessKeySecret(c.getAccessKeySecret())
          .setSecurityToken(c.getSecurityToken())).getCallerIdentity().getBody().getArn();
    }, "acs:ram::1234567890123456:assumed-role/mock-oidc-role/credentials-oidc");
    check("tea   AssumeRoleWithOIDC (token of another issuer)", () -> {
      try {
        new Client(teaConfig()).assumeRoleWithOIDC(new com.aliyun.sts20150401.models.AssumeRoleWithOIDCRequest()
            .setOIDCProviderArn(provider).setRoleArn(oidcRole).setRoleSessionName("tea-oidc")
            .setOIDCToken(oidcToken("tea", "--issuer", "https://evil.example")));
        return "no error";
      } catch (TeaException e) {
        return e.getCode() + " " + e.getData().get("statusCode");
      }
    }, "AuthenticationFail.OIDCToken.IssuerNotMatch 401");

    System.out.println(failures == 0 ? "ALL CHECKS PASSED" : failures + " CHECK(S) FAILED");
    System.exit(failures == 0 ? 0 : 1);
  }

  /** A token printed by {@code java -jar mock-sts.jar oidc-token --vendor alibaba ...}. */
  static String oidcToken(String subject, String... options) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("mock-sts.jar", "mock-server/target/mock-sts.jar"),
        "oidc-token", "--vendor", "alibaba", "--subject", subject));
    command.addAll(java.util.List.of(options));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("oidc-token failed: " + out);
    }
    return out;
  }

  static AssumeRoleRequest assumeRole(String session, FormatType format) {
    AssumeRoleRequest request = at(new AssumeRoleRequest());
    request.setRoleArn(ROLE);
    request.setRoleSessionName(session);
    request.setSysAcceptFormat(format);
    return request;
  }

  static <T extends com.aliyuncs.AcsRequest<?>> T at(T request) {
    request.setSysEndpoint(host + ":" + httpPort);
    request.setSysProtocol(ProtocolType.HTTP);
    return request;
  }

  static Config teaConfig() {
    return new Config().setEndpoint(host + ":" + httpPort).setProtocol("HTTP");
  }

  /** Runs a check; passes when the result contains every space-separated part of expected. */
  static String check(String name, Callable<String> call, String expected) {
    String result;
    try {
      result = call.call();
    } catch (Exception e) {
      result = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    boolean ok = result != null && java.util.Arrays.stream(expected.split(" ")).allMatch(result::contains);
    if (!ok) {
      failures++;
    }
    System.out.printf("%-4s %-48s %s%n", ok ? "OK" : "FAIL", name, result);
    return ok ? result : null;
  }

  static void trust(Path pem) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    try (FileInputStream in = new FileInputStream(pem.toFile())) {
      store.setCertificateEntry("mock-sts", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    Path file = Files.createTempFile("mock-sts-trust", ".p12");
    file.toFile().deleteOnExit();
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, "changeit".toCharArray());
    }
    System.setProperty("javax.net.ssl.trustStore", file.toString());
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
  }
}
