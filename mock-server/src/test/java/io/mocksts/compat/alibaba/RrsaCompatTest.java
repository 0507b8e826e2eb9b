package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ACCOUNT_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.OIDC_ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.STS_ACCESS_KEY_ID_PATTERN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.GetCallerIdentityResponseBody;
import com.aliyun.tea.TeaException;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import io.mocksts.compat.chains.AlibabaChainApp;
import io.mocksts.compat.chains.ForkedApp;
import io.mocksts.junit.MockStsExtension;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * RRSA: a pod's {@code ALIBABA_CLOUD_ROLE_ARN}, {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN} and {@code
 * ALIBABA_CLOUD_OIDC_TOKEN_FILE}, with a token written by {@code mock-sts.jar oidc-token}, read by
 * credentials-java 1.0.3's {@code OIDCRoleArnCredentialProvider} in a JVM of its own, which calls
 * AssumeRoleWithOIDC over HTTPS. The provider the default chain builds can only reach {@code
 * https://sts.aliyuncs.com} (or {@code sts[-vpc].<ALIBABA_CLOUD_STS_REGION>.aliyuncs.com}) on port
 * 443, so here the endpoint is the one thing set besides the variables; a certificate for the
 * vendor host names is what makes the unchanged chain work (docs/guides/credential-chains.md).
 */
class RrsaCompatTest {

  private static final char[] PASSWORD = "mock-sts-trust".toCharArray();

  @RegisterExtension
  static final MockStsExtension STS =
      new MockStsExtension(MockStsOptions.defaults().withHttpsPort(0));

  @Test
  void whenThePodHasTheRrsaVariablesThenTheProviderGetsWorkingCredentialsThatExpire()
      throws Exception {
    MockSts sts = STS.sts();
    Path tokenFile = Files.createTempFile("mock-sts-rrsa", ".jwt");
    Path trustStore = Files.createTempFile("mock-sts-trust", ".p12");
    try {
      Files.writeString(tokenFile, oidcToken());
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("mock-sts", sts.tlsCertificate().orElseThrow());
      try (OutputStream out = Files.newOutputStream(trustStore)) {
        store.store(out, PASSWORD);
      }

      Map<String, String> out =
          new ForkedApp()
              .env("ALIBABA_CLOUD_ROLE_ARN", OIDC_ROLE_ARN)
              .env(
                  "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
                  "acs:ram::" + ACCOUNT_ID + ":oidc-provider/mock-oidc")
              .env("ALIBABA_CLOUD_OIDC_TOKEN_FILE", tokenFile.toString())
              .env("ALIBABA_CLOUD_ROLE_SESSION_NAME", "rrsa-pod")
              .property("javax.net.ssl.trustStore", trustStore.toString())
              .property("javax.net.ssl.trustStoreType", "PKCS12")
              .property("javax.net.ssl.trustStorePassword", new String(PASSWORD))
              .run(AlibabaChainApp.class, "rrsa", "127.0.0.1:" + sts.httpsPort().orElseThrow());

      assertThat(out.get("type")).isEqualTo("oidc_role_arn");
      assertThat(out.get("accessKeyId")).matches(STS_ACCESS_KEY_ID_PATTERN);
      Client client =
          TeaSdk.sessionClient(
              sts, out.get("accessKeyId"), out.get("accessKeySecret"), out.get("securityToken"));
      GetCallerIdentityResponseBody identity = client.getCallerIdentity().getBody();
      assertThat(identity.getArn())
          .isEqualTo("acs:ram::" + ACCOUNT_ID + ":assumed-role/mock-oidc-role/rrsa-pod");

      sts.advanceClock(Duration.ofHours(1).plusSeconds(1));
      TeaException expired = catchThrowableOfType(TeaException.class, client::getCallerIdentity);
      assertThat(expired).isNotNull();
      assertThat(expired.getCode()).isEqualTo("InvalidSecurityToken.Expired");
    } finally {
      Files.deleteIfExists(tokenFile);
      Files.deleteIfExists(trustStore);
    }
  }

  /** A token of the bundled test issuer, as {@code mock-sts.jar oidc-token} prints it. */
  private static String oidcToken() throws Exception {
    String token =
        new ForkedApp()
            .output(
                "io.mocksts.internal.cli.Main",
                "oidc-token",
                "--vendor",
                "alibaba",
                "--subject",
                "system:serviceaccount:default:app")
            .strip();
    assertThat(token).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    return token;
  }
}
