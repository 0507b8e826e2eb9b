package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.assumedRoleArn;
import static io.mocksts.compat.alibaba.AlibabaFixtures.parseExpiration;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /__admin/mock-sts/credentials}: the recently issued credentials of both vendors,
 * newest first, with expiry by the mock's clock and no secret or token.
 */
class CredentialsListingCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void whenBothVendorsIssueCredentialsThenTheListingShowsThemWithoutSecretsOrTokens()
      throws Exception {
    MockSts sts = STS.sts();
    DefaultAcsClient alice = PopSdk.client(ALICE_KEY_ID, ALICE_SECRET);
    AssumeRoleResponse.Credentials alibaba;
    try {
      AssumeRoleRequest request = PopSdk.assumeRole(sts, ROLE_ARN, "listed");
      request.setDurationSeconds(900L);
      alibaba = alice.getAcsResponse(request).getCredentials();
    } finally {
      alice.shutdown();
    }
    Credentials tencent = tencentAssumeRole(sts);

    HttpResponse<String> response = get(sts, "/__admin/mock-sts/credentials");

    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body();
    assertThat(body)
        .doesNotContain(alibaba.getAccessKeySecret())
        .doesNotContain(alibaba.getSecurityToken())
        .doesNotContain(alibaba.getSecurityToken().substring(0, 40))
        .doesNotContain(tencent.getTmpSecretKey())
        .doesNotContain(tencent.getToken())
        .doesNotContain(tencent.getToken().substring(0, 40));
    JsonNode rows = JSON.readTree(body).get("credentials");
    JsonNode newest = rows.get(0);
    assertThat(newest.get("vendor").asText()).isEqualTo("tencent");
    assertThat(newest.get("action").asText()).isEqualTo("AssumeRole");
    assertThat(newest.get("accessKeyId").asText()).isEqualTo(tencent.getTmpSecretId());
    assertThat(newest.get("arn").asText()).startsWith("qcs::sts:").contains(":assumed-role/");
    assertThat(newest.get("accessKeySecret").asText()).isEqualTo("***");
    assertThat(newest.get("securityToken").asText()).isEqualTo("***");
    JsonNode older = rows.get(1);
    assertThat(older.get("vendor").asText()).isEqualTo("alibaba");
    assertThat(older.get("action").asText()).isEqualTo("AssumeRole");
    assertThat(older.get("accessKeyId").asText()).isEqualTo(alibaba.getAccessKeyId());
    assertThat(older.get("arn").asText()).isEqualTo(assumedRoleArn("mock-role", "listed"));
    assertThat(older.get("sessionName").asText()).isEqualTo("listed");
    assertThat(Instant.parse(older.get("expiration").asText()))
        .isEqualTo(parseExpiration(alibaba.getExpiration()));
    assertThat(Instant.parse(older.get("issuedAt").asText()))
        .isBefore(Instant.parse(older.get("expiration").asText()));
    assertThat(older.get("expired").asBoolean()).isFalse();
  }

  @Test
  void whenTheMockClockPassesTheExpirationThenTheListingSaysExpired() throws Exception {
    MockSts sts = STS.sts();
    DefaultAcsClient alice = PopSdk.client(ALICE_KEY_ID, ALICE_SECRET);
    String accessKeyId;
    try {
      AssumeRoleRequest request = PopSdk.assumeRole(sts, ROLE_ARN, "to-expire");
      request.setDurationSeconds(900L);
      accessKeyId = alice.getAcsResponse(request).getCredentials().getAccessKeyId();
    } finally {
      alice.shutdown();
    }

    sts.advanceClock(Duration.ofSeconds(901));

    JsonNode listing = JSON.readTree(get(sts, "/__admin/mock-sts/credentials").body());
    JsonNode row = null;
    for (JsonNode candidate : listing.get("credentials")) {
      if (candidate.get("accessKeyId").asText().equals(accessKeyId)) {
        row = candidate;
      }
    }
    assertThat(row).as("the credentials are listed").isNotNull();
    assertThat(row.get("expired").asBoolean()).isTrue();
    assertThat(listing.get("capacity").asInt()).isEqualTo(1000);
  }

  private static Credentials tencentAssumeRole(MockSts sts) throws Exception {
    HttpProfile http = new HttpProfile();
    http.setEndpoint("127.0.0.1:" + sts.port());
    http.setProtocol(HttpProfile.REQ_HTTP);
    StsClient client =
        new StsClient(
            new Credential(
                "AKIDMockAliceSecretId000000000000001", "MockAliceSecretKey00000000000001"),
            "ap-guangzhou",
            new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest request =
        new com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest();
    request.setRoleArn("qcs::cam::uin/100000000001:roleName/mock-role");
    request.setRoleSessionName("listed");
    return client.AssumeRole(request).getCredentials();
  }

  private static HttpResponse<String> get(MockSts sts, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(sts.baseUrl() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
