package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ID;
import static io.mocksts.compat.tencent.TencentFixtures.assumedRoleArn;
import static io.mocksts.compat.tencent.TencentSdk.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityResponse;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import io.mocksts.compat.chains.ForkedApp;
import io.mocksts.compat.chains.TencentChainApp;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.junit.MockStsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The CVM instance metadata's CAM-role credentials, read by the Tencent Java SDK 3.1.678's own
 * classes, unmodified: {@code CvmRoleCredential} and the {@code DefaultCredentialsProvider} chain
 * (environment, profile file, CVM role). Both always call {@code
 * http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/}; the application runs
 * in a JVM of its own ({@link ForkedApp}) whose {@code http.proxyHost} points at the mock, so the
 * name is never resolved and the mock sees requests in absolute form. Every credential obtained is
 * used for GetCallerIdentity and expires when the mock's clock moves past it.
 */
class CvmRoleCompatTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  @RegisterExtension
  static final MockStsExtension SHORT_ROLE =
      new MockStsExtension(
          MockStsOptions.defaults()
              .withMetadata(
                  new MockStsOptions.Metadata(
                      Optional.of(0), Optional.empty(), Optional.of("mock-short-role"), false)));

  @Test
  void whenCvmRoleCredentialReadsTheMetadataThenItGetsTheInstanceRolesCredentials()
      throws Exception {
    MockSts sts = STS.sts();
    Map<String, String> out =
        new ForkedApp().httpProxy(sts.port()).run(TencentChainApp.class, "cvm");

    assertThat(out.get("class")).isEqualTo("CvmRoleCredential");
    assertWorksThenExpires(sts, out, ROLE_ID);
  }

  @Test
  void whenTheDefaultProviderChainFindsNoKeysThenItFallsBackToTheCvmRole() throws Exception {
    MockSts sts = SHORT_ROLE.sts();
    Map<String, String> out =
        new ForkedApp()
            .httpProxy(sts.metadataPort().orElseThrow())
            .run(TencentChainApp.class, "default");

    assertThat(out.get("class")).isEqualTo("CvmRoleCredential");
    assertWorksThenExpires(sts, out, "4611686018427397904");
  }

  @Test
  void whenTheMetadataIsReadDirectlyThenItHasTheFieldsTheSdkParses() throws Exception {
    MockSts sts = STS.sts();
    String base = sts.baseUrl() + "/latest/meta-data/cam/security-credentials/";
    HttpClient http = HttpClient.newHttpClient();
    String role =
        http.send(
                HttpRequest.newBuilder(URI.create(base)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(role).isEqualTo("mock-role");
    HttpResponse<String> credentials =
        http.send(
            HttpRequest.newBuilder(URI.create(base + role)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(credentials.statusCode()).isEqualTo(200);
    assertThat(credentials.body()).doesNotContain("\n");
    JsonNode body = JSON.readTree(credentials.body());
    assertThat(body.get("Code").asText()).isEqualTo("Success");
    assertThat(body.get("TmpSecretId").asText()).startsWith("AKID");
    assertThat(body.get("TmpSecretKey").asText()).hasSize(32);
    assertThat(body.get("Token").asText()).isNotBlank();
    assertThat(body.get("ExpiredTime").isNumber()).isTrue();
    assertThat(Instant.parse(body.get("Expiration").asText()).getEpochSecond())
        .isEqualTo(body.get("ExpiredTime").asLong());

    assertThat(
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "other-role")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .as("a role the instance does not carry")
        .isEqualTo(404);
  }

  private static void assertWorksThenExpires(MockSts sts, Map<String, String> out, String roleId)
      throws Exception {
    assertThat(out.get("secretId")).startsWith("AKID");
    StsClient session =
        TencentSdk.sessionClient(
            sts, out.get("secretId"), out.get("secretKey"), out.get("token"), Signing.TC3_POST);
    GetCallerIdentityResponse identity = session.GetCallerIdentity(new GetCallerIdentityRequest());
    assertThat(identity.getType()).isEqualTo("CAMRole");
    assertThat(identity.getArn()).isEqualTo(assumedRoleArn(roleId));

    JsonNode listing =
        JSON.readTree(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create(sts.baseUrl() + "/__admin/mock-sts/credentials"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    JsonNode listed = null;
    for (JsonNode row : listing.get("credentials")) {
      if (row.get("accessKeyId").asText().equals(out.get("secretId"))) {
        listed = row;
      }
    }
    assertThat(listed).as("listed in /__admin/mock-sts/credentials").isNotNull();
    assertThat(listed.get("vendor").asText()).isEqualTo("tencent");
    assertThat(listed.get("action").asText()).isEqualTo("CvmRole");

    sts.advanceClock(Duration.ofHours(1).plusSeconds(1));
    assertError(
        () -> session.GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.TokenFailure");
  }
}
