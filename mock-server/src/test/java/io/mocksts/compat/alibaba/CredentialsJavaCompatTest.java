package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ACCOUNT_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static io.mocksts.compat.alibaba.AlibabaFixtures.EXTERNAL_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.EXTERNAL_ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.EXTERNAL_ROLE_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.OIDC_ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.SESSION_POLICY;
import static io.mocksts.compat.alibaba.AlibabaFixtures.STS_ACCESS_KEY_ID_PATTERN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.UNKNOWN_ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assumedRoleArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.aliyun.credentials.exception.CredentialException;
import com.aliyun.credentials.models.Config;
import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.credentials.provider.OIDCRoleArnCredentialProvider;
import com.aliyun.credentials.provider.RamRoleArnCredentialProvider;
import com.aliyun.sts20150401.models.GetCallerIdentityResponseBody;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import io.mocksts.idp.TestIssuer;
import io.mocksts.junit.MockStsExtension;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * credentials-java 1.0.3's RAM-role-ARN provider against the mock's HTTPS listener. The provider
 * hard-codes {@code https://<STSEndpoint>/} and its HTTP client ({@code CompatibleUrlConnClient})
 * installs its own SSLSocketFactory built from the JDK's <em>default</em> trust store ({@code
 * TrustManagerFactory.init((KeyStore) null)}), so neither {@code
 * HttpsURLConnection.setDefaultSSLSocketFactory} nor an SSLContext reaches it. This class points
 * the {@code javax.net.ssl.trustStore*} system properties at a trust store holding the mock's
 * self-signed certificate (the JDK re-reads them whenever they change) and restores them
 * afterwards.
 */
class CredentialsJavaCompatTest {

  private static final char[] TRUST_STORE_PASSWORD = "mock-sts-trust".toCharArray();

  /** The JVM-wide properties this class changes (the last one is set by the SDK itself). */
  private static final String[] GLOBAL_PROPERTIES = {
    "javax.net.ssl.trustStore",
    "javax.net.ssl.trustStoreType",
    "javax.net.ssl.trustStorePassword",
    "sun.net.http.allowRestrictedHeaders"
  };

  private static final Map<String, String> savedProperties = new LinkedHashMap<>();

  @RegisterExtension
  static final MockStsExtension STS =
      new MockStsExtension(MockStsOptions.defaults().withHttpsPort(0));

  private static MockSts sts;
  private static Path trustStore;
  private static String stsEndpoint;

  @BeforeAll
  static void start() throws Exception {
    sts = STS.sts();
    stsEndpoint = "127.0.0.1:" + sts.httpsPort().orElseThrow();

    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("mock-sts", sts.tlsCertificate().orElseThrow());
    trustStore = Files.createTempFile("mock-sts-trust", ".p12");
    try (OutputStream out = Files.newOutputStream(trustStore)) {
      store.store(out, TRUST_STORE_PASSWORD);
    }

    for (String name : GLOBAL_PROPERTIES) {
      savedProperties.put(name, System.getProperty(name));
    }
    System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    System.setProperty("javax.net.ssl.trustStorePassword", new String(TRUST_STORE_PASSWORD));
  }

  @AfterAll
  static void stop() throws Exception {
    restore(savedProperties);
    if (trustStore != null) {
      Files.deleteIfExists(trustStore);
    }
  }

  private static void restore(Map<String, String> properties) {
    properties.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
  }

  @Test
  void whenTheProviderAssumesRoleOverHttpsThenItReturnsTemporaryCredentials() throws Exception {
    long before = System.currentTimeMillis();
    RamRoleArnCredentialProvider provider =
        RamRoleArnCredentialProvider.builder()
            .accessKeyId(ALICE_KEY_ID)
            .accessKeySecret(ALICE_SECRET)
            .roleArn(ROLE_ARN)
            .roleSessionName("credentials-java")
            .durationSeconds(1800)
            .STSEndpoint(stsEndpoint)
            .build();
    try {
      CredentialModel credentials = provider.getCredentials();

      assertThat(credentials.getAccessKeyId()).matches(STS_ACCESS_KEY_ID_PATTERN);
      assertThat(credentials.getAccessKeySecret()).hasSize(44);
      assertThat(credentials.getSecurityToken()).startsWith("CAIS");
      assertThat(credentials.getType()).isEqualTo("ram_role_arn");
      // Expiration is parsed from "yyyy-MM-dd'T'HH:mm:ss'Z'" into epoch milliseconds.
      assertThat(credentials.getExpiration()).isCloseTo(before + 1_800_000L, within(10_000L));

      // The credentials really work: the Tea SDK uses them, via plain HTTP, for the caller's ARN.
      GetCallerIdentityResponseBody identity =
          TeaSdk.sessionClient(
                  sts,
                  credentials.getAccessKeyId(),
                  credentials.getAccessKeySecret(),
                  credentials.getSecurityToken())
              .getCallerIdentity()
              .getBody();
      assertThat(identity.getIdentityType()).isEqualTo("AssumedRoleUser");
      assertThat(identity.getArn()).isEqualTo(assumedRoleArn("mock-role", "credentials-java"));
      assertThat(identity.getPrincipalId()).isEqualTo(ROLE_ID + ":credentials-java");
    } finally {
      provider.close();
    }
  }

  @Test
  void whenTheClientIsConfiguredAsRamRoleArnThenTeaCallsWithTheAssumedRole() throws Exception {
    com.aliyun.credentials.Client credentials =
        new com.aliyun.credentials.Client(
            new Config()
                .setType("ram_role_arn")
                .setAccessKeyId(ALICE_KEY_ID)
                .setAccessKeySecret(ALICE_SECRET)
                .setRoleArn(EXTERNAL_ROLE_ARN)
                .setRoleSessionName("credentials-client")
                .setPolicy(SESSION_POLICY)
                .setExternalId(EXTERNAL_ID)
                .setSTSEndpoint(stsEndpoint)
                .setConnectTimeout(5000)
                .setTimeout(5000));

    CredentialModel model = credentials.getCredential();
    GetCallerIdentityResponseBody identity =
        TeaSdk.client(sts, credentials).getCallerIdentity().getBody();

    assertThat(model.getAccessKeyId()).matches(STS_ACCESS_KEY_ID_PATTERN);
    assertThat(identity.getIdentityType()).isEqualTo("AssumedRoleUser");
    assertThat(identity.getArn())
        .isEqualTo(assumedRoleArn("mock-external-role", "credentials-client"));
    assertThat(identity.getRoleId()).isEqualTo(EXTERNAL_ROLE_ID);
  }

  @Test
  void whenTheJvmDoesNotTrustTheMockCertificateThenTheProviderCannotConnect() {
    RamRoleArnCredentialProvider provider =
        RamRoleArnCredentialProvider.builder()
            .accessKeyId(ALICE_KEY_ID)
            .accessKeySecret(ALICE_SECRET)
            .roleArn(ROLE_ARN)
            .roleSessionName("credentials-java")
            .STSEndpoint(stsEndpoint)
            .build();
    Map<String, String> ours = new LinkedHashMap<>();
    for (String name : GLOBAL_PROPERTIES) {
      ours.put(name, System.getProperty(name));
    }
    restore(savedProperties);
    try {
      CredentialException error =
          catchThrowableOfType(CredentialException.class, provider::getCredentials);

      // CompatibleUrlConnClient swallows the handshake's IOException and leaves the status at 0,
      // so an untrusted certificate shows up as an empty result, not as a TLS error.
      assertThat(error).isNotNull();
      assertThat(error.getMessage())
          .isEqualTo("Error refreshing credentials from RamRoleArn, HttpCode: 0, result: .");
    } finally {
      restore(ours);
      provider.close();
    }
  }

  /** A RamRoleArn provider for alice's key id, pointed at the mock's HTTPS listener. */
  private static RamRoleArnCredentialProvider provider(String secret, String roleArn) {
    return RamRoleArnCredentialProvider.builder()
        .accessKeyId(ALICE_KEY_ID)
        .accessKeySecret(secret)
        .roleArn(roleArn)
        .roleSessionName("credentials-java")
        .STSEndpoint(stsEndpoint)
        .build();
  }

  @Test
  void whenTheSecretIsWrongThenTheProviderFailsWithHttpCode400() {
    RamRoleArnCredentialProvider provider = provider("WrongSecret0000000000000000000", ROLE_ARN);
    try {
      CredentialException error =
          catchThrowableOfType(CredentialException.class, provider::getCredentials);

      // The provider reports the status and the raw body; the code is only inside the body.
      assertThat(error).isNotNull();
      assertThat(error.getMessage())
          .contains("HttpCode: 400")
          .contains("\"Code\":\"SignatureDoesNotMatch\"");
    } finally {
      provider.close();
    }
  }

  @Test
  void whenTheRoleDoesNotExistThenTheProviderFailsWithHttpCode404() {
    RamRoleArnCredentialProvider provider = provider(ALICE_SECRET, UNKNOWN_ROLE_ARN);
    try {
      CredentialException error =
          catchThrowableOfType(CredentialException.class, provider::getCredentials);

      assertThat(error).isNotNull();
      assertThat(error.getMessage())
          .contains("HttpCode: 404")
          .contains("\"Code\":\"EntityNotExist.Role\"");
    } finally {
      provider.close();
    }
  }

  // ---------------------------------------------------------------- AssumeRoleWithOIDC

  /**
   * A token of the bundled issuer in a file, as RRSA mounts one (ALIBABA_CLOUD_OIDC_TOKEN_FILE).
   */
  private static Path tokenFile(String token) throws Exception {
    Path file = Files.createTempFile("mock-sts-oidc-token", ".jwt");
    file.toFile().deleteOnExit();
    Files.writeString(file, token);
    return file;
  }

  private static OIDCRoleArnCredentialProvider oidcProvider(Path tokenFile, String roleArn) {
    return OIDCRoleArnCredentialProvider.builder()
        .oidcProviderArn("acs:ram::" + ACCOUNT_ID + ":oidc-provider/mock-oidc")
        .roleArn(roleArn)
        .oidcTokenFilePath(tokenFile.toString())
        .roleSessionName("credentials-oidc")
        .durationSeconds(900)
        .STSEndpoint(stsEndpoint)
        .build();
  }

  @Test
  void whenTheOidcProviderExchangesABundledIssuerTokenThenItReturnsWorkingCredentials()
      throws Exception {
    String token =
        TestIssuer.bundled(Clock.systemUTC())
            .token("system:serviceaccount:default:app")
            .audience("sts.aliyuncs.com")
            .sign();
    long before = System.currentTimeMillis();
    OIDCRoleArnCredentialProvider provider = oidcProvider(tokenFile(token), OIDC_ROLE_ARN);
    try {
      CredentialModel credentials = provider.getCredentials();

      assertThat(credentials.getType()).isEqualTo("oidc_role_arn");
      assertThat(credentials.getAccessKeyId()).matches(STS_ACCESS_KEY_ID_PATTERN);
      assertThat(credentials.getSecurityToken()).startsWith("CAIS");
      assertThat(credentials.getExpiration()).isCloseTo(before + 900_000L, within(10_000L));
      GetCallerIdentityResponseBody identity =
          TeaSdk.sessionClient(
                  sts,
                  credentials.getAccessKeyId(),
                  credentials.getAccessKeySecret(),
                  credentials.getSecurityToken())
              .getCallerIdentity()
              .getBody();
      assertThat(identity.getArn()).isEqualTo(assumedRoleArn("mock-oidc-role", "credentials-oidc"));
    } finally {
      provider.close();
    }
  }

  @Test
  void whenTheOidcTokenIsForgedThenTheProviderFailsWithHttpCode401() throws Exception {
    String token =
        TestIssuer.fromJwkSet(
                Files.readString(Path.of("..", "fixtures", "oidc", "attacker-keys.json")),
                Clock.systemUTC())
            .token("system:serviceaccount:default:app")
            .audience("sts.aliyuncs.com")
            .keyId("mock-oidc-rsa-1")
            .sign();
    OIDCRoleArnCredentialProvider provider = oidcProvider(tokenFile(token), OIDC_ROLE_ARN);
    try {
      CredentialException error =
          catchThrowableOfType(CredentialException.class, provider::getCredentials);

      assertThat(error).isNotNull();
      assertThat(error.getMessage())
          .startsWith("Error refreshing credentials from OIDC, HttpCode: 401")
          .contains("\"Code\":\"AuthenticationFail.OIDCToken.Invalid\"");
    } finally {
      provider.close();
    }
  }
}
