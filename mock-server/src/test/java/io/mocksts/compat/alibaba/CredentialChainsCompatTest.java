package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ACCOUNT_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.STS_ACCESS_KEY_ID_PATTERN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assumedRoleArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.aliyun.credentials.exception.CredentialException;
import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.credentials.provider.URLCredentialProvider;
import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.GetCallerIdentityResponseBody;
import com.aliyun.tea.TeaException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import io.mocksts.compat.chains.AlibabaChainApp;
import io.mocksts.compat.chains.ForkedApp;
import io.mocksts.junit.MockStsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What credentials-java 1.0.3's default provider chain reads besides the STS, served by the mock
 * and read by the library's own provider classes, unmodified: the credentials URI ({@code
 * ALIBABA_CLOUD_CREDENTIALS_URI}, {@code URLCredentialProvider}) and the ECS RAM-role metadata
 * ({@code EcsRamRoleCredentialProvider}, which always calls {@code http://100.100.100.200}, first
 * {@code PUT /latest/api/token}, then the role listing and the role's credentials). The chain
 * itself reads environment variables, so it runs in a JVM of its own ({@link ForkedApp}), which
 * reaches the fixed address through the JDK's {@code http.proxyHost}: the mock then sees requests
 * in absolute form. Every credential obtained is used for GetCallerIdentity and expires when the
 * mock's clock moves past its Expiration.
 */
class CredentialChainsCompatTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  /** IMDSv2 enforced, and a metadata-only listener. */
  @RegisterExtension
  static final MockStsExtension ENFORCED =
      new MockStsExtension(
          MockStsOptions.defaults()
              .withMetadata(
                  new MockStsOptions.Metadata(
                      Optional.of(0), Optional.of("mock-long-role"), Optional.empty(), true)));

  @Test
  void whenTheUrlProviderReadsTheCredentialsUriThenItGetsWorkingCredentialsThatExpire()
      throws Exception {
    MockSts sts = STS.sts();
    long before = System.currentTimeMillis();
    URLCredentialProvider provider =
        URLCredentialProvider.builder().credentialsURI(sts.alibabaCredentialsUri()).build();
    CredentialModel credentials;
    try {
      credentials = provider.getCredentials();
    } finally {
      provider.close();
    }
    assertThat(credentials.getAccessKeyId()).matches(STS_ACCESS_KEY_ID_PATTERN);
    assertThat(credentials.getAccessKeySecret()).hasSize(44);
    assertThat(credentials.getSecurityToken()).startsWith("CAIS");
    assertThat(credentials.getType()).isEqualTo("credentials_uri");
    assertThat(credentials.getExpiration()).isCloseTo(before + 3_600_000L, within(10_000L));

    assertWorksThenExpires(
        sts,
        credentials.getAccessKeyId(),
        credentials.getAccessKeySecret(),
        credentials.getSecurityToken(),
        "mock-role",
        "mock-credentials-uri",
        "CredentialsURI");
  }

  @Test
  void whenTheCredentialsUriNamesARoleSessionAndDurationThenTheCredentialsAreThose()
      throws Exception {
    MockSts sts = STS.sts();
    long before = System.currentTimeMillis();
    URLCredentialProvider provider =
        URLCredentialProvider.builder()
            .credentialsURI(
                sts.alibabaCredentialsUri() + "?role=mock-long-role&session=my-app&duration=7200")
            .build();
    try {
      CredentialModel credentials = provider.getCredentials();
      assertThat(credentials.getExpiration()).isCloseTo(before + 7_200_000L, within(10_000L));
      GetCallerIdentityResponseBody identity =
          session(
                  sts,
                  credentials.getAccessKeyId(),
                  credentials.getAccessKeySecret(),
                  credentials.getSecurityToken())
              .getCallerIdentity()
              .getBody();
      assertThat(identity.getArn()).isEqualTo(assumedRoleArn("mock-long-role", "my-app"));
    } finally {
      provider.close();
    }
  }

  @Test
  void whenTheCredentialsUriNamesAnUnknownRoleThenTheProviderReportsEntityNotExistRole() {
    MockSts sts = STS.sts();
    URLCredentialProvider provider =
        URLCredentialProvider.builder()
            .credentialsURI(sts.alibabaCredentialsUri() + "?role=no-such-role")
            .build();
    try {
      CredentialException error =
          catchThrowableOfType(CredentialException.class, provider::getCredentials);
      assertThat(error).isNotNull();
      assertThat(error.getMessage()).contains("HttpCode=404").contains("EntityNotExist.Role");
    } finally {
      provider.close();
    }
  }

  @Test
  void whenTheDefaultChainHasTheCredentialsUriVariableThenTheAppGetsWorkingCredentials()
      throws Exception {
    MockSts sts = STS.sts();
    Map<String, String> out =
        new ForkedApp()
            .env("ALIBABA_CLOUD_CREDENTIALS_URI", sts.alibabaCredentialsUri())
            .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
            .run(AlibabaChainApp.class, "default");

    assertThat(out.get("type")).isEqualTo("credentials_uri");
    assertWorksThenExpires(sts, out, "mock-role", "mock-credentials-uri", "CredentialsURI");
  }

  @Test
  void whenTheEcsRamRoleProviderCallsTheMetadataAddressThenItGetsTheInstanceRolesCredentials()
      throws Exception {
    MockSts sts = STS.sts();
    Map<String, String> out =
        new ForkedApp().httpProxy(sts.port()).run(AlibabaChainApp.class, "ecs");

    assertThat(out.get("type")).isEqualTo("ecs_ram_role");
    // No role name was configured: the provider read it from the role listing.
    assertWorksThenExpires(sts, out, "mock-role", "mock-ecs-instance", "EcsRamRole");
  }

  @Test
  void whenTheDefaultChainFindsNoKeysThenItFallsBackToTheEcsMetadataWithIMDSv2Only()
      throws Exception {
    MockSts sts = ENFORCED.sts();
    Map<String, String> out =
        new ForkedApp()
            .httpProxy(sts.metadataPort().orElseThrow())
            .env("ALIBABA_CLOUD_IMDSV1_DISABLED", "true")
            .run(AlibabaChainApp.class, "default");

    assertThat(out.get("type")).isEqualTo("ecs_ram_role");
    assertWorksThenExpires(sts, out, "mock-long-role", "mock-ecs-instance", "EcsRamRole");
  }

  @Test
  void whenTheRoleIsNamedByTheEnvironmentThenTheChainSkipsTheListing() throws Exception {
    MockSts sts = STS.sts();
    Map<String, String> out =
        new ForkedApp()
            .httpProxy(sts.port())
            .env("ALIBABA_CLOUD_ECS_METADATA", "mock-role")
            .run(AlibabaChainApp.class, "default");
    assertThat(out.get("type")).isEqualTo("ecs_ram_role");
    assertThat(out.get("accessKeyId")).matches(STS_ACCESS_KEY_ID_PATTERN);
  }

  @Test
  void whenIMDSv2IsEnforcedThenCredentialsNeedAValidSessionToken() throws Exception {
    MockSts sts = ENFORCED.sts();
    String base = "http://127.0.0.1:" + sts.metadataPort().orElseThrow();
    String credentials = base + "/latest/meta-data/ram/security-credentials/mock-long-role";

    assertThat(send(HttpRequest.newBuilder(URI.create(credentials)).GET()).statusCode())
        .as("no token")
        .isEqualTo(401);
    assertThat(
            send(HttpRequest.newBuilder(URI.create(credentials))
                    .header("X-aliyun-ecs-metadata-token", "4102444800.forged")
                    .GET())
                .statusCode())
        .as("a forged token")
        .isEqualTo(401);
    assertThat(
            send(HttpRequest.newBuilder(URI.create(base + "/latest/api/token"))
                    .PUT(HttpRequest.BodyPublishers.noBody()))
                .statusCode())
        .as("a token request without its TTL header")
        .isEqualTo(400);
    assertThat(
            send(HttpRequest.newBuilder(URI.create(base + "/latest/api/token"))
                    .header("X-aliyun-ecs-metadata-token-ttl-seconds", "21601")
                    .PUT(HttpRequest.BodyPublishers.noBody()))
                .statusCode())
        .as("a TTL beyond six hours")
        .isEqualTo(400);

    String token =
        send(HttpRequest.newBuilder(URI.create(base + "/latest/api/token"))
                .header("X-aliyun-ecs-metadata-token-ttl-seconds", "60")
                .PUT(HttpRequest.BodyPublishers.noBody()))
            .body();
    HttpResponse<String> ok =
        send(
            HttpRequest.newBuilder(URI.create(credentials))
                .header("X-aliyun-ecs-metadata-token", token)
                .GET());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ok.body()).get("Code").asText()).isEqualTo("Success");

    sts.advanceClock(Duration.ofSeconds(61));
    assertThat(
            send(HttpRequest.newBuilder(URI.create(credentials))
                    .header("X-aliyun-ecs-metadata-token", token)
                    .GET())
                .statusCode())
        .as("the token expired by the mock's clock")
        .isEqualTo(401);
  }

  @Test
  void whenTheMetadataListenerIsAskedForAnythingElseThenItAnswers404() throws Exception {
    MockSts sts = ENFORCED.sts();
    String base = "http://127.0.0.1:" + sts.metadataPort().orElseThrow();
    for (String path :
        new String[] {
          "/__admin/health",
          "/__admin/mock-sts/credentials",
          "/__admin/mappings",
          "/?Action=GetCallerIdentity&Version=2015-04-01",
          "/.well-known/openid-configuration",
          "/latest/user-data"
        }) {
      assertThat(send(HttpRequest.newBuilder(URI.create(base + path)).GET()).statusCode())
          .as(path)
          .isEqualTo(404);
    }
    HttpResponse<String> listing =
        send(
            HttpRequest.newBuilder(URI.create(base + "/latest/meta-data/cam/security-credentials/"))
                .GET());
    assertThat(listing.body()).as("the Tencent paths are served there too").isEqualTo("mock-role");
  }

  /**
   * Clients that never finish their request line hold no thread of the metadata listener: with more
   * of them open than it has threads, a normal request is still answered, and a silent connection
   * is closed by the listener's idle timeout.
   */
  @Test
  void whenSlowClientsHoldConnectionsOpenThenTheMetadataListenerStillAnswersAndClosesThem()
      throws Exception {
    MockSts sts = ENFORCED.sts();
    int port = sts.metadataPort().orElseThrow();
    List<java.net.Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        java.net.Socket socket = new java.net.Socket("127.0.0.1", port);
        socket.getOutputStream().write("GET /latest/meta".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        slow.add(socket);
      }
      HttpResponse<String> listing =
          send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:"
                              + port
                              + "/latest/meta-data/cam/security-credentials/"))
                  .timeout(Duration.ofSeconds(10))
                  .GET());
      assertThat(listing.statusCode()).isEqualTo(200);
      assertThat(listing.body()).isEqualTo("mock-role");

      java.net.Socket first = slow.get(0);
      first.setSoTimeout(30_000);
      assertThat(first.getInputStream().read()).as("closed by the idle timeout").isEqualTo(-1);
    } finally {
      for (java.net.Socket socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void whenAProxiedRequestInAbsoluteFormNamesAnAdminRouteThenTheAdminGuardStillRefusesIt()
      throws Exception {
    MockSts sts = STS.sts();
    String metadata = absoluteForm(sts.port(), "/latest/meta-data/ram/security-credentials/");
    String admin = absoluteForm(sts.port(), "/__admin/mappings");

    assertThat(metadata).startsWith("HTTP/1.1 200").endsWith("mock-role");
    assertThat(admin).as("Host 100.100.100.200 is not the mock's").startsWith("HTTP/1.1 403");
  }

  @Test
  void whenTheCredentialsUriAsksForADurationBeyondTheRolesMaximumThenItIsRefused()
      throws Exception {
    MockSts sts = STS.sts();
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(sts.alibabaCredentialsUri() + "?duration=3601")));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("Code").asText())
        .isEqualTo("InvalidParameter.DurationSeconds");
  }

  /** What a client using the mock as its HTTP proxy sends: the absolute URI, the target's Host. */
  private static String absoluteForm(int port, String path) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET http://100.100.100.200"
                      + path
                      + " HTTP/1.1\r\nHost: 100.100.100.200\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return answer.strip();
    }
  }

  /**
   * Uses the credentials for GetCallerIdentity, finds them in the control surface's listing, then
   * moves the mock's clock past their expiry: the same call is refused.
   */
  /**
   * As below, with what a forked app printed ({@code accessKeyId}, {@code accessKeySecret}, ...).
   */
  private static void assertWorksThenExpires(
      MockSts sts, Map<String, String> printed, String role, String session, String action)
      throws Exception {
    assertWorksThenExpires(
        sts,
        printed.get("accessKeyId"),
        printed.get("accessKeySecret"),
        printed.get("securityToken"),
        role,
        session,
        action);
  }

  private static void assertWorksThenExpires(
      MockSts sts,
      String accessKeyId,
      String secret,
      String token,
      String role,
      String session,
      String action)
      throws Exception {
    Client client = session(sts, accessKeyId, secret, token);
    GetCallerIdentityResponseBody identity = client.getCallerIdentity().getBody();
    assertThat(identity.getIdentityType()).isEqualTo("AssumedRoleUser");
    assertThat(identity.getArn()).isEqualTo(assumedRoleArn(role, session));
    assertThat(identity.getAccountId()).isEqualTo(ACCOUNT_ID);
    if ("mock-role".equals(role)) {
      assertThat(identity.getPrincipalId()).isEqualTo(ROLE_ID + ":" + session);
    }

    JsonNode listed = null;
    JsonNode listing =
        JSON.readTree(
            send(HttpRequest.newBuilder(URI.create(sts.baseUrl() + "/__admin/mock-sts/credentials"))
                    .GET())
                .body());
    for (JsonNode row : listing.get("credentials")) {
      if (row.get("accessKeyId").asText().equals(accessKeyId)) {
        listed = row;
      }
    }
    assertThat(listed).as("listed in /__admin/mock-sts/credentials").isNotNull();
    assertThat(listed.get("action").asText()).isEqualTo(action);
    assertThat(listed.get("arn").asText()).isEqualTo(assumedRoleArn(role, session));

    sts.advanceClock(Duration.ofHours(2).plusSeconds(1));
    TeaException expired = catchThrowableOfType(TeaException.class, client::getCallerIdentity);
    assertThat(expired).isNotNull();
    assertThat(expired.getCode()).isEqualTo("InvalidSecurityToken.Expired");
  }

  private static Client session(MockSts sts, String accessKeyId, String secret, String token)
      throws Exception {
    return TeaSdk.sessionClient(sts, accessKeyId, secret, token);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
