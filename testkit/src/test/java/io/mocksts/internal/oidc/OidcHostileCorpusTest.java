package io.mocksts.internal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mocksts.internal.alibaba.AlibabaSts;
import io.mocksts.internal.core.Provider;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.core.WorldLoader;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import io.mocksts.internal.http.VendorProtocol;
import io.mocksts.internal.tencent.TencentLimits;
import io.mocksts.internal.tencent.TencentSts;
import io.mocksts.testkit.oidc.HostileTokenCorpus;
import io.mocksts.testkit.oidc.TokenRefusal;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-token corpus ({@link HostileTokenCorpus}) against the validator and both vendors'
 * protocols over the default world: every forgery is refused with the expected reason, Alibaba
 * answers the documented {@code AuthenticationFail.OIDCToken.*} code with 401 and Tencent {@code
 * InvalidParameter.WebIdentityTokenError}; no token makes the mock fetch anything (a listener on
 * 127.0.0.1 stands where the {@code jku}/{@code x5u} headers point). The rejection table is written
 * to {@code target/oidc-hostile-corpus.md}.
 */
class OidcHostileCorpusTest {

  static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");
  static final String ALIBABA_AUDIENCE = "sts.aliyuncs.com";
  static final String TENCENT_AUDIENCE = "sts.cloud.tencent.com";
  static final String ALIBABA_PROVIDER = "acs:ram::1234567890123456:oidc-provider/mock-oidc";
  static final String ALIBABA_ROLE = "acs:ram::1234567890123456:role/mock-oidc-role";
  static final String TENCENT_ROLE = "qcs::cam::uin/100000000001:roleName/mock-oidc-role";

  private static final World WORLD = WorldLoader.defaultWorld();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static ServerSocket trap;
  private static HostileTokenCorpus alibaba;
  private static HostileTokenCorpus tencent;
  private static final Map<String, String[]> TABLE = new LinkedHashMap<>();

  @BeforeAll
  static void build() throws IOException {
    trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    String jku = "http://127.0.0.1:" + trap.getLocalPort() + "/attacker/jwks.json";
    alibaba = new HostileTokenCorpus(CLOCK, ALIBABA_AUDIENCE, jku);
    tencent = new HostileTokenCorpus(CLOCK, TENCENT_AUDIENCE, jku);
  }

  @AfterAll
  static void nothingWasFetchedAndTheTableIsWritten() throws IOException {
    trap.setSoTimeout(50);
    try {
      trap.accept().close();
      throw new AssertionError("a token made the mock connect to the jku/x5u URL");
    } catch (SocketTimeoutException expected) {
      // nobody connected
    } finally {
      trap.close();
    }
    StringBuilder md =
        new StringBuilder(
            "| # | Variant | Reason | Alibaba AssumeRoleWithOIDC | Tencent"
                + " AssumeRoleWithWebIdentity |\n|---|---|---|---|---|\n");
    int i = 1;
    for (Map.Entry<String, String[]> row : TABLE.entrySet()) {
      String[] v = row.getValue();
      md.append("| ")
          .append(i++)
          .append(" | ")
          .append(row.getKey())
          .append(" | ")
          .append(v[0])
          .append(" | ")
          .append(v[1] == null ? "" : v[1])
          .append(" | ")
          .append(v[2] == null ? "" : v[2])
          .append(" |\n");
    }
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("oidc-hostile-corpus.md"), md.toString());
    }
  }

  static Stream<HostileTokenCorpus.Forgery> alibabaCorpus() {
    return alibaba.forgeries().stream();
  }

  static Stream<HostileTokenCorpus.Forgery> tencentCorpus() {
    return tencent.forgeries().stream();
  }

  private static Provider provider(Vendor vendor) {
    return WORLD.accounts(vendor).get(0).oidcProvider("mock-oidc").orElseThrow();
  }

  /**
   * The Alibaba code the reason maps to (Alibaba AssumeRoleWithOIDC reference,
   * https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc).
   */
  static String alibabaCode(OidcRejection.Reason reason) {
    return switch (reason) {
      case EXPIRED -> "AuthenticationFail.OIDCToken.Expired";
      case WRONG_ISSUER -> "AuthenticationFail.OIDCToken.IssuerNotMatch";
      case WRONG_AUDIENCE -> "AuthenticationFail.OIDCToken.AudienceNotMatch";
      case NO_KEYS -> "AuthenticationFail.OIDCToken.IssuerConfigurationBroken";
      default -> "AuthenticationFail.OIDCToken.Invalid";
    };
  }

  @Test
  void theCorpusHasAtLeast25ForgeriesCoveringEveryTokenCheckAndTheBaseTokenIsValid() {
    assertThat(alibaba.forgeries()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(alibaba.forgeries().stream().map(f -> f.reason().name()).distinct())
        .containsAll(
            Stream.of(OidcRejection.Reason.values())
                .filter(r -> r != OidcRejection.Reason.NO_KEYS)
                .map(Enum::name)
                .toList());
    assertThat(alibaba.forgeries().stream().map(HostileTokenCorpus.Forgery::name))
        .doesNotHaveDuplicates();
    assertThat(new OidcValidator(CLOCK).validate(alibaba.valid(), provider(Vendor.ALIBABA)))
        .isInstanceOf(ValidatedToken.class);
    assertThat(alibaba.forgeries()).allSatisfy(f -> assertThat(f.token()).isNotNull());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alibabaCorpus")
  void whenTheValidatorSeesTheForgeryThenItNamesTheExpectedReason(
      HostileTokenCorpus.Forgery forgery) {
    OidcResult result =
        new OidcValidator(CLOCK).validate(forgery.token(), provider(Vendor.ALIBABA));

    assertThat(result).isInstanceOf(OidcRejection.class);
    assertThat(((OidcRejection) result).reason().name()).isEqualTo(forgery.reason().name());
    row(forgery)[0] = forgery.reason().name();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alibabaCorpus")
  void whenAlibabaAssumeRoleWithOidcGetsTheForgeryThenItAnswersTheDocumentedCode(
      HostileTokenCorpus.Forgery forgery) throws IOException {
    VendorProtocol sts =
        AlibabaSts.protocol(WORLD, new SessionTokens(CLOCK), CLOCK, new ArrayList<String>()::add);

    StsResponse response = sts.handle(alibabaRequest(forgery.token()));

    JsonNode body = JSON.readTree(response.bodyText());
    String expected = alibabaCode(OidcRejection.Reason.valueOf(forgery.reason().name()));
    assertThat(body.path("Code").asText()).as(response.bodyText()).isEqualTo(expected);
    assertThat(response.status()).isEqualTo(401);
    assertThat(body.has("Credentials")).isFalse();
    row(forgery)[1] = response.status() + " " + expected;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tencentCorpus")
  void whenTencentAssumeRoleWithWebIdentityGetsTheForgeryThenItAnswersWebIdentityTokenError(
      HostileTokenCorpus.Forgery forgery) throws IOException {
    OidcResult direct =
        new OidcValidator(CLOCK).validate(forgery.token(), provider(Vendor.TENCENT));
    assertThat(((OidcRejection) direct).reason().name()).isEqualTo(forgery.reason().name());
    VendorProtocol sts =
        TencentSts.protocol(
            WORLD,
            new SessionTokens(CLOCK),
            CLOCK,
            new TencentLimits(CLOCK),
            new ArrayList<String>()::add);

    StsResponse response = sts.handle(tencentRequest(forgery.token()));

    JsonNode body = JSON.readTree(response.bodyText()).path("Response");
    assertThat(response.status()).isEqualTo(200);
    assertThat(body.path("Error").path("Code").asText())
        .as(response.bodyText())
        .isEqualTo("InvalidParameter.WebIdentityTokenError");
    assertThat(body.has("Credentials")).isFalse();
    row(forgery)[2] = "InvalidParameter.WebIdentityTokenError";
  }

  @Test
  void whenTheBaseTokensAreSentThenBothVendorsIssueCredentials() throws IOException {
    VendorProtocol ali =
        AlibabaSts.protocol(WORLD, new SessionTokens(CLOCK), CLOCK, new ArrayList<String>()::add);
    VendorProtocol tc =
        TencentSts.protocol(
            WORLD,
            new SessionTokens(CLOCK),
            CLOCK,
            new TencentLimits(CLOCK),
            new ArrayList<String>()::add);

    StsResponse a = ali.handle(alibabaRequest(alibaba.valid()));
    StsResponse t = tc.handle(tencentRequest(tencent.valid()));

    assertThat(a.status()).as(a.bodyText()).isEqualTo(200);
    assertThat(JSON.readTree(a.bodyText()).path("Credentials").path("AccessKeyId").asText())
        .startsWith("STS.");
    assertThat(JSON.readTree(t.bodyText()).path("Response").path("Credentials").has("TmpSecretId"))
        .as(t.bodyText())
        .isTrue();
  }

  private static synchronized String[] row(HostileTokenCorpus.Forgery forgery) {
    return TABLE.computeIfAbsent(forgery.name(), n -> new String[3]);
  }

  /**
   * As credentials-java sends it
   * (https://repo1.maven.org/maven2/com/aliyun/credentials-java/1.0.3/): unsigned, business
   * parameters in a form body.
   */
  static StsRequest alibabaRequest(String token) {
    String query =
        "Action=AssumeRoleWithOIDC&Format=JSON&Version=2015-04-01&Timestamp="
            + encode(NOW.toString().replace(".000", ""))
            + "&SignatureNonce="
            + UUID.randomUUID();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("OIDCProviderArn", ALIBABA_PROVIDER);
    form.put("RoleArn", ALIBABA_ROLE);
    form.put("OIDCToken", token);
    form.put("RoleSessionName", "corpus");
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return new StsRequest(
        "POST",
        "/",
        query,
        Map.of(
            "Host", List.of("sts.aliyuncs.com"),
            "Content-Type", List.of("application/x-www-form-urlencoded")),
        body.getBytes(StandardCharsets.UTF_8),
        "https");
  }

  /**
   * As the Go SDK sends it (Tencent unsigned federation calls,
   * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go):
   * a JSON POST with {@code Authorization: SKIP}.
   */
  static StsRequest tencentRequest(String token) {
    ObjectNode body = JSON.createObjectNode();
    body.put("ProviderId", "mock-oidc");
    body.put("WebIdentityToken", token);
    body.put("RoleArn", TENCENT_ROLE);
    body.put("RoleSessionName", "corpus");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of("sts.tencentcloudapi.com"));
    headers.put("Content-Type", List.of("application/json"));
    headers.put("X-TC-Action", List.of("AssumeRoleWithWebIdentity"));
    headers.put("X-TC-Version", List.of("2018-08-13"));
    headers.put("X-TC-Region", List.of("ap-guangzhou"));
    headers.put("X-TC-Timestamp", List.of(Long.toString(NOW.getEpochSecond())));
    headers.put("Authorization", List.of("SKIP"));
    return new StsRequest(
        "POST", "/", "", headers, body.toString().getBytes(StandardCharsets.UTF_8), "https");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void theCorpusVerdictsHaveTheNamesOfTheValidatorsReasons() {
    assertThat(Stream.of(TokenRefusal.values()).map(Enum::name))
        .containsExactlyElementsOf(
            Stream.of(OidcRejection.Reason.values()).map(Enum::name).toList());
  }
}
