package io.mocksts.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import io.mocksts.idp.TestIdp;
import io.mocksts.idp.TestIssuer;
import io.mocksts.junit.MockStsExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official Node.js SDKs of both vendors, unmodified, against the mock: each row runs the
 * scripts of {@code examples/node} (which double as the examples of docs/guides/nodejs.md) and
 * checks what the SDK returned or surfaced. Skipped when {@code node} and {@code npm} are not on
 * PATH, or with {@code -Dmocksts.examples.node.skip=true}. Writes the table of results to {@code
 * target/node-sdk-examples.md}.
 */
class NodeSdkExamplesTest {

  // The default world (fixtures/world.yaml): alice and the roles of the account "main".
  static final String ALIBABA_ACCOUNT = "1234567890123456";
  static final String ALICE_KEY_ID = "LTAI5tMockAliceAccessKey";
  static final String ALICE_SECRET = "MockAliceAccessKeySecret000001";
  static final String ALIBABA_ROLE = "acs:ram::" + ALIBABA_ACCOUNT + ":role/mock-role";
  static final String ALIBABA_OIDC_ROLE = "acs:ram::" + ALIBABA_ACCOUNT + ":role/mock-oidc-role";
  static final String ALIBABA_OIDC_PROVIDER =
      "acs:ram::" + ALIBABA_ACCOUNT + ":oidc-provider/mock-oidc";
  static final String ALIBABA_SAML_ROLE = "acs:ram::" + ALIBABA_ACCOUNT + ":role/mock-saml-role";
  static final String ALIBABA_SAML_PROVIDER =
      "acs:ram::" + ALIBABA_ACCOUNT + ":saml-provider/mock-idp";
  static final String TENCENT_ACCOUNT = "100000000001";
  static final String TENCENT_ALICE_UIN = "100000000002";
  static final String TENCENT_ALICE_ID = "AKIDMockAliceSecretId000000000000001";
  static final String TENCENT_ALICE_KEY = "MockAliceSecretKey00000000000001";
  static final String TENCENT_ROLE = "qcs::cam::uin/" + TENCENT_ACCOUNT + ":roleName/mock-role";
  static final String TENCENT_ROLE_ID = "4611686018427397901";
  static final String TENCENT_OIDC_ROLE =
      "qcs::cam::uin/" + TENCENT_ACCOUNT + ":roleName/mock-oidc-role";
  static final String TENCENT_OIDC_ROLE_ID = "4611686018427397903";
  static final String TENCENT_SAML_ROLE =
      "qcs::cam::uin/" + TENCENT_ACCOUNT + ":roleName/mock-saml-role";
  static final String TENCENT_SAML_ROLE_ID = "4611686018427397902";
  static final String TENCENT_SAML_PROVIDER =
      "qcs::cam::uin/" + TENCENT_ACCOUNT + ":saml-provider/mock-idp";

  static final String TEA = "@alicloud/sts20150401";
  static final String CREDENTIALS = "@alicloud/credentials";
  static final String TENCENT = "tencentcloud-sdk-nodejs-sts";
  static final String TENCENT_COMMON = "tencentcloud-sdk-nodejs-common";
  static final String UNSIGNED = "unsigned (TC3, `Authorization: SKIP`), POST, HTTP";

  /** Clock offsets that let credentials expire while the SDK's own timestamps stay valid. */
  static final Duration ALIBABA_SKEW = Duration.ofMinutes(14);

  static final Duration TENCENT_SKEW = Duration.ofMinutes(4);

  @RegisterExtension
  static final MockStsExtension STS =
      new MockStsExtension(MockStsOptions.defaults().withHttpsPort(0));

  @TempDir static Path work;

  private static NodeExamples node;
  private static Path certificate;
  private static final List<String> RESULTS = new ArrayList<>();

  @BeforeAll
  static void installTheExamples() throws Exception {
    skipUnless(
        !Boolean.getBoolean("mocksts.examples.node.skip"),
        "the Node.js examples are skipped (-Dmocksts.examples.node.skip=true)");
    skipUnless(
        NodeExamples.toolVersion("node").isPresent() && NodeExamples.toolVersion("npm").isPresent(),
        "node and npm are not installed");
    Path directory = Path.of(System.getProperty("mocksts.examples.node.dir", "node"));
    Path logs = Files.createDirectories(work.resolve("logs"));
    node = new NodeExamples(directory, logs);
    node.installIfNeeded();
    certificate = work.resolve("mock-sts.pem");
    Files.writeString(certificate, STS.sts().tlsCertificatePem().orElseThrow());
  }

  /** Skips the class, saying why in one line of the build's output. */
  private static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      System.out.println("NodeSdkExamplesTest skipped: " + reason);
    }
    Assumptions.assumeTrue(condition, reason);
  }

  @AfterEach
  void resetClock() {
    STS.sts().resetClock();
  }

  @AfterAll
  static void writeTheTable() throws IOException {
    if (RESULTS.isEmpty()) {
      return;
    }
    StringBuilder table = new StringBuilder();
    table
        .append("Node ")
        .append(NodeExamples.toolVersion("node").orElse("?"))
        .append(", npm ")
        .append(NodeExamples.toolVersion("npm").orElse("?"))
        .append("\n\n| SDK | Version | Mode | Case | Result |\n|---|---|---|---|---|\n");
    RESULTS.forEach(row -> table.append(row).append('\n'));
    Path report = Path.of(System.getProperty("mocksts.examples.report", "node-sdk-examples.md"));
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, table.toString(), StandardCharsets.UTF_8);
  }

  /** One row of the table: an SDK in one mode, one case, what to run and what to expect. */
  record Row(String sdk, String mode, String name, Scenario scenario) {
    @Override
    public String toString() {
      return sdk + " | " + mode + " | " + name;
    }
  }

  /** Runs the scripts of a row, asserts, and says what was observed (the table's Result). */
  @FunctionalInterface
  interface Scenario {
    Observed run(MockSts sts) throws Exception;
  }

  /** The outcome of a row: the SDK version the script reported and a one-line summary. */
  record Observed(String version, String result) {
    static Observed of(JsonNode json, String result) {
      return new Observed(json.path("version").asText(), result);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theOfficialSdkGetsTheDocumentedAnswer(Row row) throws Exception {
    Observed observed = row.scenario().run(STS.sts());
    RESULTS.add(
        "| `%s` | %s | %s | %s | %s |"
            .formatted(row.sdk(), observed.version(), row.mode(), row.name(), observed.result()));
  }

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();
    alibabaTea(rows);
    alibabaCredentials(rows);
    tencent(rows);
    return rows.stream();
  }

  // ---------------------------------------------------------------- @alicloud/sts20150401

  private static void alibabaTea(List<Row> rows) {
    Map<String, Map<String, String>> modes = new LinkedHashMap<>();
    modes.put("ACS3-HMAC-SHA256 (default), HTTP", Map.of());
    modes.put("HMAC-SHA1 (`signatureAlgorithm: 'v2'`), HTTP", Map.of("MOCK_STS_SIGNATURE", "v2"));
    modes.forEach(
        (mode, signing) -> {
          rows.add(
              new Row(
                  TEA,
                  mode,
                  "GetCallerIdentity with alice's AccessKey",
                  sts -> {
                    JsonNode r =
                        ok(node.run("alibaba/get-caller-identity.js", alice(sts, signing)));
                    assertThat(r.path("identityType").asText()).isEqualTo("RAMUser");
                    assertThat(r.path("arn").asText())
                        .isEqualTo("acs:ram::" + ALIBABA_ACCOUNT + ":user/alice");
                    return Observed.of(r, "RAMUser `" + r.path("arn").asText() + "`");
                  }));
          rows.add(
              new Row(
                  TEA,
                  mode,
                  "AssumeRole, then its STS token on GetCallerIdentity",
                  sts -> {
                    JsonNode issued = ok(node.run("alibaba/assume-role.js", alice(sts, signing)));
                    assertThat(issued.path("accessKeyId").asText()).startsWith("STS.");
                    assertThat(issued.path("assumedRoleUser").path("arn").asText())
                        .isEqualTo(ALIBABA_ROLE + "/node-example");
                    assertThat(Instant.parse(issued.path("expiration").asText()))
                        .isCloseTo(Instant.now().plusSeconds(3600), within(2, ChronoUnit.MINUTES));
                    JsonNode r =
                        ok(
                            node.run(
                                "alibaba/get-caller-identity.js",
                                alibabaSession(sts, signing, issued)));
                    assertThat(r.path("identityType").asText()).isEqualTo("AssumedRoleUser");
                    assertThat(r.path("arn").asText())
                        .isEqualTo(
                            "acs:ram::" + ALIBABA_ACCOUNT + ":assumed-role/mock-role/node-example");
                    return Observed.of(r, "AssumedRoleUser `" + r.path("arn").asText() + "`");
                  }));
          rows.add(
              new Row(
                  TEA,
                  mode,
                  "AssumeRole with a wrong AccessKey secret",
                  sts -> {
                    Map<String, String> env = alice(sts, signing);
                    env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "NotAliceSecret");
                    JsonNode error = failed(node.run("alibaba/assume-role.js", env));
                    return alibabaError(error, "SignatureDoesNotMatch", 400);
                  }));
          rows.add(
              new Row(
                  TEA,
                  mode,
                  "an expired STS token on GetCallerIdentity",
                  sts -> {
                    sts.advanceClock(ALIBABA_SKEW.negated());
                    Map<String, String> env = alice(sts, signing);
                    env.put("MOCK_STS_DURATION_SECONDS", "900");
                    JsonNode issued = ok(node.run("alibaba/assume-role.js", env));
                    sts.resetClock();
                    sts.advanceClock(ALIBABA_SKEW);
                    JsonNode error =
                        failed(
                            node.run(
                                "alibaba/get-caller-identity.js",
                                alibabaSession(sts, signing, issued)));
                    return alibabaError(error, "InvalidSecurityToken.Expired", 400);
                  }));
        });
    rows.add(
        new Row(
            TEA,
            "anonymous (no AccessKey), HTTP",
            "AssumeRoleWithSAML with a Response of the bundled test IdP, then GetCallerIdentity",
            sts -> {
              Map<String, String> env = http(sts);
              env.put("ALIBABA_CLOUD_ROLE_ARN", ALIBABA_SAML_ROLE);
              env.put("MOCK_STS_SAML_PROVIDER_ARN", ALIBABA_SAML_PROVIDER);
              env.put("MOCK_STS_SAML_RESPONSE_FILE", samlFile("alibaba").toString());
              JsonNode issued = ok(node.run("alibaba/assume-role-with-saml.js", env));
              assertThat(issued.path("assumedRoleUser").path("arn").asText())
                  .isEqualTo(ALIBABA_SAML_ROLE + "/alice");
              JsonNode r =
                  ok(
                      node.run(
                          "alibaba/get-caller-identity.js", alibabaSession(sts, Map.of(), issued)));
              assertThat(r.path("arn").asText())
                  .isEqualTo("acs:ram::" + ALIBABA_ACCOUNT + ":assumed-role/mock-saml-role/alice");
              return Observed.of(r, "AssumedRoleUser `" + r.path("arn").asText() + "`");
            }));
    rows.add(
        new Row(
            TEA,
            "anonymous (no AccessKey), HTTP",
            "AssumeRoleWithOIDC with a token of the bundled issuer, then GetCallerIdentity",
            sts -> {
              Map<String, String> env = http(sts);
              env.put("ALIBABA_CLOUD_ROLE_ARN", ALIBABA_OIDC_ROLE);
              env.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", ALIBABA_OIDC_PROVIDER);
              env.put(
                  "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
                  tokenFile("alibaba", "sts.aliyuncs.com", 3600).toString());
              JsonNode issued = ok(node.run("alibaba/assume-role-with-oidc.js", env));
              JsonNode r =
                  ok(
                      node.run(
                          "alibaba/get-caller-identity.js", alibabaSession(sts, Map.of(), issued)));
              assertThat(r.path("arn").asText())
                  .isEqualTo(
                      "acs:ram::" + ALIBABA_ACCOUNT + ":assumed-role/mock-oidc-role/node-oidc");
              return Observed.of(r, "AssumedRoleUser `" + r.path("arn").asText() + "`");
            }));
    rows.add(
        new Row(
            TEA,
            "ACS3-HMAC-SHA256, HTTPS (`NODE_EXTRA_CA_CERTS`)",
            "GetCallerIdentity with alice's AccessKey",
            sts -> {
              JsonNode r = ok(node.run("alibaba/get-caller-identity.js", aliceOverHttps(sts)));
              assertThat(r.path("arn").asText())
                  .isEqualTo("acs:ram::" + ALIBABA_ACCOUNT + ":user/alice");
              return Observed.of(r, "RAMUser `" + r.path("arn").asText() + "`");
            }));
    rows.add(
        new Row(
            TEA,
            "ACS3-HMAC-SHA256, HTTPS",
            "the mock's certificate not trusted",
            sts -> {
              Map<String, String> env = aliceOverHttps(sts);
              env.remove("NODE_EXTRA_CA_CERTS");
              JsonNode error = failed(node.run("alibaba/get-caller-identity.js", env));
              // Node's codes for a certificate it cannot trust (self-signed, or signed by an
              // unknown CA)
              assertThat(error.path("code").asText())
                  .isIn(
                      "DEPTH_ZERO_SELF_SIGNED_CERT",
                      "SELF_SIGNED_CERT_IN_CHAIN",
                      "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
                      "UNABLE_TO_GET_ISSUER_CERT_LOCALLY");
              return Observed.of(error, "refused by Node: `" + error.path("code").asText() + "`");
            }));
  }

  // ---------------------------------------------------------------- @alicloud/credentials

  private static void alibabaCredentials(List<Row> rows) {
    rows.add(
        new Row(
            CREDENTIALS,
            "RAM role ARN (`type: 'ram_role_arn'`), HTTPS",
            "credentials for mock-role, then used on GetCallerIdentity",
            sts -> {
              JsonNode r = ok(node.run("alibaba/credentials-ram-role-arn.js", aliceOverHttps(sts)));
              assertThat(r.path("type").asText()).isEqualTo("ram_role_arn");
              assertThat(r.path("accessKeyId").asText()).startsWith("STS.");
              JsonNode identity = r.path("callerIdentity");
              assertThat(identity.path("identityType").asText()).isEqualTo("AssumedRoleUser");
              assertThat(identity.path("arn").asText())
                  .isEqualTo(
                      "acs:ram::" + ALIBABA_ACCOUNT + ":assumed-role/mock-role/node-ram-role-arn");
              return Observed.of(r, "AssumedRoleUser `" + identity.path("arn").asText() + "`");
            }));
    rows.add(
        new Row(
            CREDENTIALS,
            "RAM role ARN, HTTPS",
            "a wrong AccessKey secret",
            sts -> {
              Map<String, String> env = aliceOverHttps(sts);
              env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "NotAliceSecret");
              JsonNode error = failed(node.run("alibaba/credentials-ram-role-arn.js", env));
              // The provider recognises SignatureDoesNotMatch whose "server string to sign" equals
              // its own, as from the real STS, and says so in its own words.
              assertThat(error.path("message").asText())
                  .isEqualTo("the access key secret is invalid");
              return Observed.of(
                  error, "`Error: the access key secret is invalid` (SignatureDoesNotMatch)");
            }));
    rows.add(
        new Row(
            CREDENTIALS,
            "OIDC role ARN (`type: 'oidc_role_arn'`, RRSA variables), HTTPS",
            "a token of the bundled issuer, then the credentials on GetCallerIdentity",
            sts -> {
              JsonNode r = ok(node.run("alibaba/credentials-oidc-role-arn.js", rrsa(sts, 3600)));
              assertThat(r.path("type").asText()).isEqualTo("oidc_role_arn");
              JsonNode identity = r.path("callerIdentity");
              assertThat(identity.path("arn").asText())
                  .isEqualTo(
                      "acs:ram::"
                          + ALIBABA_ACCOUNT
                          + ":assumed-role/mock-oidc-role/node-oidc-role-arn");
              return Observed.of(r, "AssumedRoleUser `" + identity.path("arn").asText() + "`");
            }));
    rows.add(
        new Row(
            CREDENTIALS,
            "OIDC role ARN, HTTPS",
            "an expired token",
            sts -> {
              JsonNode error =
                  failed(node.run("alibaba/credentials-oidc-role-arn.js", rrsa(sts, -60)));
              // The provider puts the STS's JSON error body into its message.
              assertThat(error.path("message").asText())
                  .contains("\"Code\":\"AuthenticationFail.OIDCToken.Expired\"");
              return Observed.of(
                  error, "`Error` with the body: `AuthenticationFail.OIDCToken.Expired`");
            }));
  }

  // ---------------------------------------------------------------- tencentcloud-sdk-nodejs-sts

  private static void tencent(List<Row> rows) {
    for (String signature : List.of("TC3-HMAC-SHA256", "HmacSHA1", "HmacSHA256")) {
      for (String method : List.of("POST", "GET")) {
        String mode = signature + ", " + method + ", HTTP";
        Map<String, String> signing =
            Map.of("MOCK_STS_SIGNATURE", signature, "MOCK_STS_HTTP_METHOD", method);
        rows.add(
            new Row(
                TENCENT,
                mode,
                "GetCallerIdentity with alice's key",
                sts -> {
                  JsonNode r =
                      ok(node.run("tencent/get-caller-identity.js", tencentAlice(sts, signing)));
                  assertThat(r.path("type").asText()).isEqualTo("CAMUser");
                  assertThat(r.path("arn").asText())
                      .isEqualTo("qcs::cam::uin/" + TENCENT_ACCOUNT + ":uin/" + TENCENT_ALICE_UIN);
                  return Observed.of(r, "CAMUser `" + r.path("arn").asText() + "`");
                }));
        rows.add(
            new Row(
                TENCENT,
                mode,
                "AssumeRole, then its temporary credentials on GetCallerIdentity",
                sts -> {
                  JsonNode issued =
                      ok(node.run("tencent/assume-role.js", tencentAlice(sts, signing)));
                  assertThat(issued.path("tmpSecretId").asText()).startsWith("AKID");
                  assertThat(Instant.ofEpochSecond(issued.path("expiredTime").asLong()))
                      .isCloseTo(Instant.now().plusSeconds(3600), within(2, ChronoUnit.MINUTES));
                  JsonNode r =
                      ok(
                          node.run(
                              "tencent/get-caller-identity.js",
                              tencentSession(sts, signing, issued)));
                  assertThat(r.path("type").asText()).isEqualTo("CAMRole");
                  assertThat(r.path("userId").asText())
                      .isEqualTo(TENCENT_ROLE_ID + ":node-example");
                  return Observed.of(r, "CAMRole, UserId `" + r.path("userId").asText() + "`");
                }));
        rows.add(
            new Row(
                TENCENT,
                mode,
                "GetCallerIdentity with a wrong SecretKey",
                sts -> {
                  Map<String, String> env = tencentAlice(sts, signing);
                  env.put("TENCENTCLOUD_SECRET_KEY", "NotAliceSecretKey");
                  JsonNode error = failed(node.run("tencent/get-caller-identity.js", env));
                  return tencentError(error, "AuthFailure.SignatureFailure");
                }));
        if (mode.equals("TC3-HMAC-SHA256, POST, HTTP") || mode.equals("HmacSHA256, GET, HTTP")) {
          // two of the six modes: TC3 over POST (the SDK's default) and a v1 signature over GET
          rows.add(
              new Row(
                  TENCENT,
                  mode,
                  "expired temporary credentials on GetCallerIdentity",
                  sts -> {
                    sts.advanceClock(TENCENT_SKEW.negated());
                    Map<String, String> env = tencentAlice(sts, signing);
                    env.put("MOCK_STS_DURATION_SECONDS", "420");
                    JsonNode issued = ok(node.run("tencent/assume-role.js", env));
                    sts.resetClock();
                    sts.advanceClock(TENCENT_SKEW);
                    JsonNode error =
                        failed(
                            node.run(
                                "tencent/get-caller-identity.js",
                                tencentSession(sts, signing, issued)));
                    return tencentError(error, "AuthFailure.TokenFailure");
                  }));
        }
      }
    }
    rows.add(
        new Row(
            TENCENT,
            UNSIGNED,
            "AssumeRoleWithSAML with a Response of the bundled test IdP, then GetCallerIdentity",
            sts -> {
              Map<String, String> env = http(sts);
              env.put("TENCENTCLOUD_ROLE_ARN", TENCENT_SAML_ROLE);
              env.put("MOCK_STS_SAML_PROVIDER_ARN", TENCENT_SAML_PROVIDER);
              env.put("MOCK_STS_SAML_RESPONSE_FILE", samlFile("tencent").toString());
              JsonNode issued = ok(node.run("tencent/assume-role-with-saml.js", env));
              JsonNode r =
                  ok(
                      node.run(
                          "tencent/get-caller-identity.js", tencentSession(sts, Map.of(), issued)));
              assertThat(r.path("type").asText()).isEqualTo("CAMRole");
              assertThat(r.path("userId").asText()).isEqualTo(TENCENT_SAML_ROLE_ID + ":node-saml");
              return Observed.of(r, "CAMRole, UserId `" + r.path("userId").asText() + "`");
            }));
    rows.add(
        new Row(
            TENCENT,
            UNSIGNED,
            "AssumeRoleWithWebIdentity with a token of the bundled issuer, then GetCallerIdentity",
            sts -> {
              JsonNode issued =
                  ok(node.run("tencent/assume-role-with-web-identity.js", webIdentity(sts, 3600)));
              JsonNode r =
                  ok(
                      node.run(
                          "tencent/get-caller-identity.js", tencentSession(sts, Map.of(), issued)));
              assertThat(r.path("type").asText()).isEqualTo("CAMRole");
              assertThat(r.path("userId").asText())
                  .isEqualTo(TENCENT_OIDC_ROLE_ID + ":node-web-identity");
              return Observed.of(r, "CAMRole, UserId `" + r.path("userId").asText() + "`");
            }));
    rows.add(
        new Row(
            TENCENT,
            UNSIGNED,
            "AssumeRoleWithWebIdentity with an expired token",
            sts -> {
              JsonNode error =
                  failed(
                      node.run("tencent/assume-role-with-web-identity.js", webIdentity(sts, -60)));
              return tencentError(error, "InvalidParameter.WebIdentityTokenError");
            }));
    rows.add(
        new Row(
            TENCENT,
            "TC3-HMAC-SHA256, POST, HTTPS (`NODE_EXTRA_CA_CERTS`)",
            "GetCallerIdentity with alice's key",
            sts -> {
              Map<String, String> env = tencentAlice(sts, Map.of());
              env.putAll(https(sts));
              JsonNode r = ok(node.run("tencent/get-caller-identity.js", env));
              assertThat(r.path("type").asText()).isEqualTo("CAMUser");
              return Observed.of(r, "CAMUser `" + r.path("arn").asText() + "`");
            }));
    rows.add(
        new Row(
            TENCENT_COMMON,
            "`STSCredential` provider, TC3, HTTP",
            "credentials for mock-role, then used on GetCallerIdentity",
            sts -> {
              JsonNode r = ok(node.run("tencent/sts-credential.js", tencentAlice(sts, Map.of())));
              JsonNode identity = r.path("callerIdentity");
              assertThat(identity.path("type").asText()).isEqualTo("CAMRole");
              assertThat(identity.path("userId").asText())
                  .isEqualTo(TENCENT_ROLE_ID + ":node-sts-credential");
              return Observed.of(r, "CAMRole, UserId `" + identity.path("userId").asText() + "`");
            }));
    rows.add(
        new Row(
            TENCENT_COMMON,
            "`OIDCRoleArnCredential` provider (TKE variables), TC3, HTTP",
            "a token of the bundled issuer, then the credentials on GetCallerIdentity",
            sts -> {
              JsonNode r = ok(node.run("tencent/oidc-role-arn.js", webIdentity(sts, 3600)));
              JsonNode identity = r.path("callerIdentity");
              assertThat(identity.path("type").asText()).isEqualTo("CAMRole");
              assertThat(identity.path("arn").asText())
                  .isEqualTo(
                      "qcs::sts:" + TENCENT_ACCOUNT + ":assumed-role/" + TENCENT_OIDC_ROLE_ID);
              return Observed.of(r, "CAMRole `" + identity.path("arn").asText() + "`");
            }));
  }

  // ---------------------------------------------------------------- environments

  static Map<String, String> http(MockSts sts) {
    Map<String, String> env = new HashMap<>();
    env.put("MOCK_STS_ENDPOINT", "127.0.0.1:" + sts.port());
    env.put("MOCK_STS_PROTOCOL", "http");
    return env;
  }

  /** The HTTPS endpoint, its certificate trusted through NODE_EXTRA_CA_CERTS. */
  static Map<String, String> https(MockSts sts) {
    Map<String, String> env = new HashMap<>();
    env.put("MOCK_STS_ENDPOINT", "127.0.0.1:" + sts.httpsPort().orElseThrow());
    env.put("MOCK_STS_PROTOCOL", "https");
    env.put("NODE_EXTRA_CA_CERTS", certificate.toString());
    return env;
  }

  /** The HTTP endpoint, a signing mode and an identity's variables. */
  private static Map<String, String> signedAs(
      MockSts sts, Map<String, String> signing, Map<String, String> identity) {
    Map<String, String> env = http(sts);
    env.putAll(signing);
    env.putAll(identity);
    return env;
  }

  static Map<String, String> alice(MockSts sts, Map<String, String> signing) {
    return signedAs(
        sts,
        signing,
        Map.of(
            "ALIBABA_CLOUD_ACCESS_KEY_ID", ALICE_KEY_ID,
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET", ALICE_SECRET,
            "ALIBABA_CLOUD_ROLE_ARN", ALIBABA_ROLE));
  }

  static Map<String, String> aliceOverHttps(MockSts sts) {
    Map<String, String> env = alice(sts, Map.of());
    env.putAll(https(sts));
    return env;
  }

  static Map<String, String> alibabaSession(
      MockSts sts, Map<String, String> signing, JsonNode issued) {
    return signedAs(
        sts,
        signing,
        Map.of(
            "ALIBABA_CLOUD_ACCESS_KEY_ID", issued.path("accessKeyId").asText(),
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET", issued.path("accessKeySecret").asText(),
            "ALIBABA_CLOUD_SECURITY_TOKEN", issued.path("securityToken").asText()));
  }

  /** What a pod with RRSA has: the role, the provider and a token file. */
  static Map<String, String> rrsa(MockSts sts, long lifetimeSeconds) throws IOException {
    Map<String, String> env = https(sts);
    env.put("ALIBABA_CLOUD_ROLE_ARN", ALIBABA_OIDC_ROLE);
    env.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", ALIBABA_OIDC_PROVIDER);
    env.put(
        "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
        tokenFile("alibaba", "sts.aliyuncs.com", lifetimeSeconds).toString());
    return env;
  }

  static Map<String, String> tencentAlice(MockSts sts, Map<String, String> signing) {
    return signedAs(
        sts,
        signing,
        Map.of(
            "TENCENTCLOUD_SECRET_ID", TENCENT_ALICE_ID,
            "TENCENTCLOUD_SECRET_KEY", TENCENT_ALICE_KEY,
            "TENCENTCLOUD_ROLE_ARN", TENCENT_ROLE));
  }

  static Map<String, String> tencentSession(
      MockSts sts, Map<String, String> signing, JsonNode issued) {
    return signedAs(
        sts,
        signing,
        Map.of(
            "TENCENTCLOUD_SECRET_ID", issued.path("tmpSecretId").asText(),
            "TENCENTCLOUD_SECRET_KEY", issued.path("tmpSecretKey").asText(),
            "TENCENTCLOUD_SESSION_TOKEN", issued.path("token").asText()));
  }

  /** What a TKE pod with OIDC has: the region, the provider, the role and a token file. */
  static Map<String, String> webIdentity(MockSts sts, long lifetimeSeconds) throws IOException {
    Map<String, String> env = http(sts);
    env.put("TKE_REGION", "ap-guangzhou");
    env.put("TKE_PROVIDER_ID", "mock-oidc");
    env.put("TKE_ROLE_ARN", TENCENT_OIDC_ROLE);
    env.put(
        "TKE_WEB_IDENTITY_TOKEN_FILE",
        tokenFile("tencent", "sts.cloud.tencent.com", lifetimeSeconds).toString());
    return env;
  }

  /** A base64 SAML Response of the bundled test IdP for the vendor's mock-saml-role, in a file. */
  static Path samlFile(String vendor) throws IOException {
    TestIdp idp = TestIdp.bundled(Clock.systemUTC());
    boolean alibaba = vendor.equals("alibaba");
    String response =
        idp.response(vendor)
            .role(
                alibaba ? ALIBABA_SAML_ROLE : TENCENT_SAML_ROLE,
                alibaba ? ALIBABA_SAML_PROVIDER : TENCENT_SAML_PROVIDER)
            .sessionName("alice")
            .toBase64();
    Path file = Files.createTempFile(work, vendor + "-saml-", ".b64");
    Files.writeString(file, response, StandardCharsets.US_ASCII);
    return file;
  }

  /**
   * A token of the bundled test issuer in a file, as a cluster mounts it (no trailing newline); a
   * negative lifetime gives a token that has expired.
   */
  static Path tokenFile(String vendor, String audience, long lifetimeSeconds) throws IOException {
    TestIssuer issuer = TestIssuer.bundled(Clock.systemUTC());
    TestIssuer.Token token = issuer.token("system:serviceaccount:default:node-example");
    token.audience(audience);
    if (lifetimeSeconds < 0) {
      Instant now = Instant.now();
      token.issuedAt(now.minusSeconds(600)).expiresAt(now.plusSeconds(lifetimeSeconds));
    } else {
      token.lifetime(Duration.ofSeconds(lifetimeSeconds));
    }
    Path file = Files.createTempFile(work, vendor + "-oidc-", ".jwt");
    Files.writeString(file, token.sign(), StandardCharsets.US_ASCII);
    return file;
  }

  // ---------------------------------------------------------------- outcomes

  static JsonNode ok(JsonNode json) {
    assertThat(json.path("ok").asBoolean()).as("the SDK call succeeded: %s", json).isTrue();
    return json;
  }

  /** The error the SDK surfaced, with the script's {@code version} copied in. */
  static JsonNode failed(JsonNode json) {
    assertThat(json.path("ok").asBoolean()).as("the SDK call failed: %s", json).isFalse();
    ObjectNode error = (ObjectNode) json.path("error");
    error.put("version", json.path("version").asText());
    return error;
  }

  /**
   * Tea surfaces the vendor's {@code Code} as {@code code} and the HTTP status as {@code
   * statusCode}.
   */
  static Observed alibabaError(JsonNode error, String code, int status) {
    assertThat(error.path("code").asText()).as("%s", error).isEqualTo(code);
    assertThat(error.path("statusCode").asInt()).as("%s", error).isEqualTo(status);
    return Observed.of(
        error, "`" + error.path("type").asText() + "` " + code + " (HTTP " + status + ")");
  }

  /** The Tencent SDK surfaces {@code Response.Error.Code} (HTTP 200) as {@code code}. */
  static Observed tencentError(JsonNode error, String code) {
    assertThat(error.path("code").asText()).as("%s", error).isEqualTo(code);
    assertThat(error.path("requestId").asText()).as("%s", error).isNotEmpty();
    return Observed.of(error, "`" + error.path("type").asText() + "` " + code);
  }
}
