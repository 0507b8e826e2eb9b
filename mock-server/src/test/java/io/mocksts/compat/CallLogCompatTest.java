package io.mocksts.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.BasicSessionCredentials;
import com.aliyuncs.auth.StaticCredentialsProvider;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The call log after real SDK calls that carry every kind of secret: a V1 {@code Signature} in the
 * query, a {@code SecurityToken}, a {@code SAMLAssertion}, an {@code OIDCToken}, a TC3 {@code
 * Authorization} header and a Tencent {@code X-TC-Token}. Each call is one JSON line of the log
 * file and one entry of {@code GET /__admin/mock-sts/calls} (vendor, action, outcome, status, key
 * id), and no line holds any secret that was sent or minted.
 */
class CallLogCompatTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALIBABA_ALICE = "LTAI5tMockAliceAccessKey";
  private static final String ALIBABA_ALICE_SECRET = "MockAliceAccessKeySecret000001";
  private static final String ALIBABA_ROLE = "acs:ram::1234567890123456:role/mock-role";
  private static final String TENCENT_ALICE = "AKIDMockAliceSecretId000000000000001";
  private static final String TENCENT_ALICE_SECRET = "MockAliceSecretKey00000000000001";
  private static final String TENCENT_ROLE = "qcs::cam::uin/100000000001:roleName/mock-role";
  private static final String SAML_ASSERTION =
      Base64.getEncoder()
          .encodeToString(
              "<samlp:Response>assertion-marker-7f3a</samlp:Response>"
                  .getBytes(StandardCharsets.UTF_8));
  private static final String JWT =
      "eyJhbGciOiJSUzI1NiIsImtpZCI6Im1hcmtlciJ9.eyJzdWIiOiJqd3QtbWFya2VyLTljMmUifQ."
          + "c2lnbmF0dXJlLW1hcmtlci00NGQx";
  private static final Set<String> CALL_FIELDS =
      Set.of(
          "time",
          "type",
          "requestId",
          "vendor",
          "action",
          "outcome",
          "status",
          "latencyMs",
          "accessKeyId");

  @TempDir Path dir;
  private Path logFile;
  private MockSts sts;
  private final List<String> secretsSent = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() {
    logFile = dir.resolve("calls.jsonl");
    sts =
        MockSts.start(
            MockStsOptions.defaults().withLogging(MockStsOptions.Logging.jsonFile(logFile)));
    sts.wireMock().addMockServiceRequestListener((request, response) -> collectSecrets(request));
  }

  @AfterEach
  void stop() {
    sts.stop();
  }

  /** What each request carried that must never be logged: signatures, tokens, assertions. */
  private void collectSecrets(Request request) {
    String url = request.getUrl();
    Matcher query = Pattern.compile("(?:Signature|SecurityToken)=([^&]+)").matcher(url);
    while (query.find()) {
      secretsSent.add(query.group(1));
      secretsSent.add(URLDecoderHolder.decode(query.group(1)));
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      Matcher signature = Pattern.compile("Signature=([0-9a-f]+)").matcher(authorization);
      if (signature.find()) {
        secretsSent.add(signature.group(1));
      }
    }
    String token = request.getHeader("X-TC-Token");
    if (token != null && !token.isEmpty()) {
      secretsSent.add(token);
    }
  }

  /** Percent-decoding of a query value. */
  private static final class URLDecoderHolder {
    static String decode(String value) {
      return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
  }

  @Test
  void whenCallsCarrySecretsThenEachIsLoggedAndListedWithoutAnyOfThem() throws Exception {
    List<String> minted = new ArrayList<>();
    // Alibaba: V1 Signature in the query, then SecurityToken with the minted credentials.
    DefaultAcsClient alice =
        new DefaultAcsClient(
            DefaultProfile.getProfile("cn-hangzhou", ALIBABA_ALICE, ALIBABA_ALICE_SECRET));
    AssumeRoleRequest assumeRole = new AssumeRoleRequest();
    assumeRole.setSysEndpoint("127.0.0.1:" + sts.port());
    assumeRole.setSysProtocol(ProtocolType.HTTP);
    assumeRole.setRoleArn(ALIBABA_ROLE);
    assumeRole.setRoleSessionName("log");
    AssumeRoleResponse.Credentials session = alice.getAcsResponse(assumeRole).getCredentials();
    minted.add(session.getAccessKeySecret());
    minted.add(session.getSecurityToken());
    DefaultAcsClient sessionClient =
        new DefaultAcsClient(
            DefaultProfile.getProfile("cn-hangzhou"),
            new StaticCredentialsProvider(
                new BasicSessionCredentials(
                    session.getAccessKeyId(),
                    session.getAccessKeySecret(),
                    session.getSecurityToken())));
    GetCallerIdentityRequest identity = new GetCallerIdentityRequest();
    identity.setSysEndpoint("127.0.0.1:" + sts.port());
    identity.setSysProtocol(ProtocolType.HTTP);
    sessionClient.getAcsResponse(identity);
    alice.shutdown();
    sessionClient.shutdown();
    // Alibaba: a SAMLAssertion and an OIDCToken (refused: they are not the test IdP's).
    postForm(
        Map.of(
            "Action", "AssumeRoleWithSAML",
            "SAMLProviderArn", "acs:ram::1234567890123456:saml-provider/mock-idp",
            "RoleArn", "acs:ram::1234567890123456:role/mock-saml-role",
            "SAMLAssertion", SAML_ASSERTION));
    postForm(
        Map.of(
            "Action", "AssumeRoleWithOIDC",
            "OIDCProviderArn", "acs:ram::1234567890123456:oidc-provider/mock-oidc",
            "RoleArn", "acs:ram::1234567890123456:role/mock-oidc-role",
            "RoleSessionName", "log",
            "OIDCToken", JWT));
    // Tencent: a TC3 Authorization header, then X-TC-Token with the minted credentials.
    HttpProfile http = new HttpProfile();
    http.setEndpoint("127.0.0.1:" + sts.port());
    http.setProtocol(HttpProfile.REQ_HTTP);
    ClientProfile profile = new ClientProfile(ClientProfile.SIGN_TC3_256, http);
    StsClient tencentAlice =
        new StsClient(new Credential(TENCENT_ALICE, TENCENT_ALICE_SECRET), "ap-guangzhou", profile);
    com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest tencentAssume =
        new com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest();
    tencentAssume.setRoleArn(TENCENT_ROLE);
    tencentAssume.setRoleSessionName("log");
    Credentials temporary = tencentAlice.AssumeRole(tencentAssume).getCredentials();
    minted.add(temporary.getTmpSecretKey());
    minted.add(temporary.getToken());
    new StsClient(
            new Credential(
                temporary.getTmpSecretId(), temporary.getTmpSecretKey(), temporary.getToken()),
            "ap-guangzhou",
            profile)
        .GetCallerIdentity(new com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest());

    List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
    List<JsonNode> calls = new ArrayList<>();
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      if ("call".equals(node.path("type").asText())) {
        calls.add(node);
      }
    }
    assertThat(calls)
        .extracting(c -> c.get("vendor").asText() + " " + c.get("action").asText())
        .containsExactly(
            "alibaba AssumeRole",
            "alibaba GetCallerIdentity",
            "alibaba AssumeRoleWithSAML",
            "alibaba AssumeRoleWithOIDC",
            "tencent AssumeRole",
            "tencent GetCallerIdentity");
    assertThat(calls)
        .allSatisfy(
            c -> {
              Set<String> fields = new TreeSet<>();
              c.fieldNames().forEachRemaining(fields::add);
              assertThat(fields).isEqualTo(new TreeSet<>(CALL_FIELDS));
              assertThat(c.get("requestId").asText()).isNotEmpty();
              assertThat(c.get("latencyMs").isNumber()).isTrue();
            });
    assertThat(calls.get(0).get("accessKeyId").asText()).isEqualTo(ALIBABA_ALICE);
    assertThat(calls.get(0).get("outcome").asText()).isEqualTo("ok");
    assertThat(calls.get(1).get("accessKeyId").asText()).isEqualTo(session.getAccessKeyId());
    assertThat(calls.get(2).get("outcome").asText()).isNotEqualTo("ok");
    assertThat(calls.get(2).get("accessKeyId").isNull()).isTrue();
    assertThat(calls.get(4).get("accessKeyId").asText()).isEqualTo(TENCENT_ALICE);
    assertThat(calls.get(5).get("accessKeyId").asText()).isEqualTo(temporary.getTmpSecretId());
    assertThat(calls.get(5).get("outcome").asText()).isEqualTo("ok");

    String listing =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sts.baseUrl() + "/__admin/mock-sts/calls"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(JSON.readTree(listing).get("calls"))
        .extracting(c -> c.get("requestId").asText())
        .containsExactlyElementsOf(
            calls.stream()
                .map(c -> c.get("requestId").asText())
                .collect(
                    Collectors.collectingAndThen(
                        Collectors.toList(), CallLogCompatTest::reversed)));

    List<String> secrets = new ArrayList<>(secretsSent);
    secrets.addAll(minted);
    secrets.addAll(
        List.of(
            ALIBABA_ALICE_SECRET,
            TENCENT_ALICE_SECRET,
            SAML_ASSERTION,
            "assertion-marker-7f3a",
            JWT,
            "jwt-marker",
            "c2lnbmF0dXJlLW1hcmtlci00NGQx"));
    assertThat(secretsSent)
        .as("signatures and tokens the SDKs sent")
        .hasSizeGreaterThanOrEqualTo(6);
    for (String text : new String[] {String.join("\n", lines), listing}) {
      for (String secret : secrets) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private void postForm(Map<String, String> parameters) throws Exception {
    StringBuilder form =
        new StringBuilder("Version=2015-04-01&Format=JSON&Timestamp=2026-01-01T00:00:00Z");
    parameters.forEach(
        (k, v) ->
            form.append('&')
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(sts.baseUrl() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build(),
            HttpResponse.BodyHandlers.discarding());
  }
}
