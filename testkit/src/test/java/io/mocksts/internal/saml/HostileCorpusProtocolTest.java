package io.mocksts.internal.saml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mocksts.idp.TestIdp;
import io.mocksts.internal.alibaba.AlibabaProtocol;
import io.mocksts.internal.alibaba.AlibabaSts;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.World;
import io.mocksts.internal.core.WorldLoader;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import io.mocksts.internal.saml.SamlRejection.Reason;
import io.mocksts.internal.tencent.TencentLimits;
import io.mocksts.internal.tencent.TencentProtocol;
import io.mocksts.internal.tencent.TencentSts;
import io.mocksts.testkit.saml.AttackerIdp;
import io.mocksts.testkit.saml.HostileCorpus;
import io.mocksts.testkit.saml.HostileCorpus.Context;
import io.mocksts.testkit.saml.HostileCorpus.Recipe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus through both wire protocols (issue 5, "every variant is rejected by the
 * reference STS with its expected code"): each recipe is forged for each vendor it applies to and
 * sent as an unsigned Alibaba {@code AssumeRoleWithSAML} RPC call to {@link AlibabaProtocol} and as
 * a Tencent API 3.0 call with {@code Authorization: SKIP} to {@link TencentProtocol}: the default
 * world, the bundled IdP, a fixed clock, no HTTP.
 *
 * <p>The expected wire answer is derived here from the recipe's {@link Reason}, independently of
 * the handlers' own mapping: Alibaba (Alibaba AssumeRoleWithSAML reference,
 * https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml) answers {@code
 * AuthenticationFail.SAMLAssertion.Expired} (401) for an expired assertion, {@code
 * InvalidParameter.RoleSessionName} / {@code InvalidParameter.DurationSeconds} (400) for the
 * session attributes, {@code AuthenticationFail.IDPMetadata.Invalid} (401) for unusable metadata,
 * and {@code AuthenticationFail.SAMLAssertion.Invalid} (401) for everything else; Tencent documents
 * no SAML code (Tencent AssumeRoleWithSAML reference,
 * https://cloud.tencent.com.cn/document/product/1312/48196): every rejection is {@code
 * InvalidParameter.ParamError} in an HTTP 200 body. Accepted controls must issue credentials for
 * the genuine identity.
 *
 * <p>The observed answers are written to {@code target/saml-corpus-table.md}.
 */
class HostileCorpusProtocolTest {

  private static final World WORLD = WorldLoader.defaultWorld();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  static final RolePair ALIBABA =
      new RolePair(
          "acs:ram::1234567890123456:role/mock-saml-role",
          "acs:ram::1234567890123456:saml-provider/mock-idp");
  static final RolePair TENCENT =
      new RolePair(
          "qcs::cam::uin/100000000001:roleName/mock-saml-role",
          "qcs::cam::uin/100000000001:saml-provider/mock-idp");

  /** The default world's second SAML provider (its own IdP key) and the role that trusts it. */
  static final RolePair ALIBABA_SECOND =
      new RolePair(
          "acs:ram::1234567890123456:role/mock-second-saml-role",
          "acs:ram::1234567890123456:saml-provider/mock-second-idp");

  static final RolePair TENCENT_SECOND =
      new RolePair(
          "qcs::cam::uin/100000000001:roleName/mock-second-saml-role",
          "qcs::cam::uin/100000000001:saml-provider/mock-second-idp");

  /** Observed answers by recipe, for the table written after the run. */
  private static final Map<String, Row> ROWS = new ConcurrentHashMap<>();

  private final MutableClock clock = new MutableClock(Clock.fixed(NOW, ZoneOffset.UTC));
  private final TestIdp idp = TestIdp.bundled(clock);
  private final TestIdp attacker = AttackerIdp.of(clock);
  private final TestIdp second = TestIdp.second(clock);
  private final AlibabaProtocol alibaba =
      AlibabaSts.protocol(WORLD, new SessionTokens(clock), clock, fault -> {});
  private final TencentProtocol tencent =
      TencentSts.protocol(
          WORLD, new SessionTokens(clock), clock, new TencentLimits(clock), fault -> {});

  /** A wire answer: HTTP status and vendor code ({@code null} = success). */
  record Answer(int status, String code) {

    static final Answer OK = new Answer(200, null);

    @Override
    public String toString() {
      return code == null ? status + " OK" : status + " " + code;
    }
  }

  /** One table row: the expectation and the observed answer of each vendor. */
  record Row(Recipe recipe, Map<String, Optional<Reason>> expected, Map<String, Answer> observed) {}

  static Stream<Recipe> recipes() {
    return HostileCorpus.recipes().stream();
  }

  /** Alibaba's documented codes (Alibaba AssumeRoleWithSAML reference) for a validation outcome. */
  static Answer alibabaAnswer(Optional<Reason> reason) {
    if (reason.isEmpty()) {
      return Answer.OK;
    }
    return switch (reason.get()) {
      case EXPIRED -> new Answer(401, "AuthenticationFail.SAMLAssertion.Expired");
      case BAD_SESSION_NAME -> new Answer(400, "InvalidParameter.RoleSessionName");
      case BAD_SESSION_DURATION -> new Answer(400, "InvalidParameter.DurationSeconds");
      case IDP_METADATA_INVALID -> new Answer(401, "AuthenticationFail.IDPMetadata.Invalid");
      default -> new Answer(401, "AuthenticationFail.SAMLAssertion.Invalid");
    };
  }

  /**
   * Tencent (Tencent AssumeRoleWithSAML reference): a bad SAMLAssertion is a bad parameter, in an
   * HTTP 200 body.
   */
  static Answer tencentAnswer(Optional<Reason> reason) {
    return reason.isEmpty() ? Answer.OK : new Answer(200, "InvalidParameter.ParamError");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void whenAVariantIsSentThroughBothProtocolsThenEachAnswersItsDocumentedCode(Recipe recipe) {
    Map<String, Optional<Reason>> expected = new LinkedHashMap<>();
    Map<String, Answer> observed = new LinkedHashMap<>();
    Map<String, JsonNode> bodies = new LinkedHashMap<>();

    RolePair alibabaPair = recipe.secondProvider() ? ALIBABA_SECOND : ALIBABA;
    RolePair tencentPair = recipe.secondProvider() ? TENCENT_SECOND : TENCENT;
    if (recipe.appliesTo("alibaba")) {
      String variant =
          recipe.forge(
              new Context(
                  "alibaba",
                  idp,
                  attacker,
                  alibabaPair.roleArn(),
                  alibabaPair.providerArn(),
                  second));
      if (recipe.replayed()) {
        assertThat(alibaba(variant, alibabaPair).answer)
            .as("first use of the replayed variant")
            .isEqualTo(Answer.OK);
      }
      Sent sent = alibaba(variant, alibabaPair);
      expected.put("alibaba", HostileCorpusTest.asReason(recipe.expectedFor("alibaba")));
      observed.put("alibaba", sent.answer);
      bodies.put("alibaba", sent.body);
    }
    if (recipe.appliesTo("tencent")) {
      String variant =
          recipe.forge(
              new Context(
                  "tencent",
                  idp,
                  attacker,
                  tencentPair.roleArn(),
                  tencentPair.providerArn(),
                  second));
      if (recipe.replayed()) {
        assertThat(tencent(variant, tencentPair).answer)
            .as("first use of the replayed variant")
            .isEqualTo(Answer.OK);
      }
      Sent sent = tencent(variant, tencentPair);
      expected.put("tencent", HostileCorpusTest.asReason(recipe.expectedFor("tencent")));
      observed.put("tencent", sent.answer);
      bodies.put("tencent", sent.body);
    }
    ROWS.put(recipe.id(), new Row(recipe, expected, observed));

    if (expected.containsKey("alibaba")) {
      assertThat(observed.get("alibaba"))
          .as("alibaba %s (%s): %s", recipe.id(), recipe.description(), bodies.get("alibaba"))
          .isEqualTo(alibabaAnswer(expected.get("alibaba")));
      if (expected.get("alibaba").isEmpty()) {
        JsonNode body = bodies.get("alibaba");
        assertThat(body.at("/SAMLAssertionInfo/Subject").asText())
            .as("an accepted variant keeps the genuine identity")
            .isNotEqualTo("admin")
            .isNotBlank();
        if (List.of("CI1", "PI1", "PI3").contains(recipe.id())) {
          assertThat(body.at("/SAMLAssertionInfo/Subject").asText())
              .as("comment injection: the whole signed NameID, never the truncated one")
              .isEqualTo("victim@example.test.evil.test");
        }
        String roleName = alibabaPair.roleArn().substring(alibabaPair.roleArn().indexOf('/') + 1);
        assertThat(body.at("/AssumedRoleUser/Arn").asText())
            .isEqualTo("acs:ram::1234567890123456:role/" + roleName + "/alice");
        assertThat(body.at("/Credentials/AccessKeyId").asText()).startsWith("STS.");
      }
    }
    if (expected.containsKey("tencent")) {
      assertThat(observed.get("tencent"))
          .as("tencent %s (%s): %s", recipe.id(), recipe.description(), bodies.get("tencent"))
          .isEqualTo(tencentAnswer(expected.get("tencent")));
      if (expected.get("tencent").isEmpty()) {
        JsonNode body = bodies.get("tencent");
        assertThat(body.at("/Credentials/TmpSecretId").asText()).startsWith("AKID");
      }
    }
  }

  private record Sent(Answer answer, JsonNode body) {}

  /** An unsigned AssumeRoleWithSAML RPC call, every parameter in the query of a POST (pop SDK). */
  private Sent alibaba(String assertion, RolePair pair) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("Action", "AssumeRoleWithSAML");
    query.put("Version", "2015-04-01");
    query.put("Format", "JSON");
    query.put("SignatureNonce", UUID.randomUUID().toString());
    query.put("Timestamp", TIMESTAMP.format(clock.instant()));
    query.put("SAMLProviderArn", pair.providerArn());
    query.put("RoleArn", pair.roleArn());
    query.put("SAMLAssertion", assertion);
    String raw =
        query.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    Map<String, List<String>> headers = new TreeMap<>();
    headers.put("Host", List.of("sts.aliyuncs.com"));
    headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
    StsResponse response =
        alibaba.handle(new StsRequest("POST", "/", raw, headers, new byte[0], "https"));
    JsonNode body = read(response.bodyText());
    String code = body.path("Code").isMissingNode() ? null : body.path("Code").asText();
    return new Sent(new Answer(response.status(), code), body);
  }

  /**
   * A Tencent AssumeRoleWithSAML JSON POST, {@code Authorization: SKIP} (Tencent unsigned
   * federation calls,
   * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go).
   */
  private Sent tencent(String assertion, RolePair pair) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("SAMLAssertion", assertion);
    payload.put("PrincipalArn", pair.providerArn());
    payload.put("RoleArn", pair.roleArn());
    payload.put("RoleSessionName", "alice");
    payload.put("DurationSeconds", 1800);
    Map<String, List<String>> headers = new TreeMap<>();
    headers.put("Host", List.of("127.0.0.1:18080"));
    headers.put("Content-Type", List.of("application/json; charset=utf-8"));
    headers.put("X-TC-Action", List.of("AssumeRoleWithSAML"));
    headers.put("X-TC-Version", List.of("2018-08-13"));
    headers.put("X-TC-Region", List.of("ap-guangzhou"));
    headers.put("X-TC-Timestamp", List.of(Long.toString(clock.instant().getEpochSecond())));
    headers.put("Authorization", List.of("SKIP"));
    StsResponse response =
        tencent.handle(
            new StsRequest(
                "POST",
                "/",
                "",
                headers,
                payload.toString().getBytes(StandardCharsets.UTF_8),
                "http"));
    JsonNode body = read(response.bodyText()).path("Response");
    JsonNode error = body.path("Error").path("Code");
    return new Sent(
        new Answer(response.status(), error.isMissingNode() ? null : error.asText()), body);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the observed rejection table (variant → Reason → Alibaba code → Tencent code). */
  @AfterAll
  static void writeTable() throws IOException {
    if (ROWS.isEmpty()) {
      return;
    }
    Map<String, Integer> order = new LinkedHashMap<>();
    List<Recipe> all = HostileCorpus.recipes();
    for (int i = 0; i < all.size(); i++) {
      order.put(all.get(i).id(), i);
    }
    List<Row> rows = new ArrayList<>(ROWS.values());
    rows.sort((a, b) -> order.get(a.recipe().id()) - order.get(b.recipe().id()));

    StringBuilder out = new StringBuilder();
    out.append("# SAML hostile corpus through both protocols\n\n")
        .append("Written by `HostileCorpusProtocolTest` (testkit). Each variant is forged from")
        .append(" a Response of the bundled test IdP and sent as an unsigned Alibaba")
        .append(" `AssumeRoleWithSAML` RPC call and a Tencent `AssumeRoleWithSAML` call with")
        .append(" `Authorization: SKIP` (default world, fixed clock, no HTTP). The answer columns")
        .append(" are what the protocol returned (HTTP status and code); `mismatch` marks an")
        .append(" answer that differs from the expectation.\n\n");
    summary(out, rows);
    out.append("| # | Variant | Family | Recipe | Reason | Alibaba | Tencent |\n")
        .append("|---|---|---|---|---|---|---|\n");
    int n = 0;
    for (Row row : rows) {
      n++;
      out.append("| ")
          .append(n)
          .append(" | ")
          .append(row.recipe().id())
          .append(row.recipe().needsIdpKey() ? " (key)" : "")
          .append(" | ")
          .append(row.recipe().family())
          .append(" | ")
          .append(row.recipe().description().replace("|", "\\|"))
          .append(" | ")
          .append(reasons(row))
          .append(" | ")
          .append(cell(row, "alibaba", HostileCorpusProtocolTest::alibabaAnswer))
          .append(" | ")
          .append(cell(row, "tencent", HostileCorpusProtocolTest::tencentAnswer))
          .append(" |\n");
    }
    out.append("\n(key) = minted with the IdP key (mock-only in the kit); the others derive from")
        .append(" one captured valid Response.\n");
    Path target = Path.of(System.getProperty("basedir", "."), "target", "saml-corpus-table.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
  }

  private static void summary(StringBuilder out, List<Row> rows) {
    for (String vendor : List.of("alibaba", "tencent")) {
      List<Answer> answers =
          rows.stream()
              .filter(r -> r.observed().containsKey(vendor))
              .map(r -> r.observed().get(vendor))
              .toList();
      long mismatches =
          rows.stream()
              .filter(r -> r.observed().containsKey(vendor))
              .filter(r -> !r.observed().get(vendor).equals(expectedAnswer(r, vendor)))
              .count();
      Map<String, Long> byAnswer =
          answers.stream()
              .collect(
                  Collectors.groupingBy(Answer::toString, TreeMap::new, Collectors.counting()));
      out.append("- ")
          .append(vendor)
          .append(": ")
          .append(answers.size())
          .append(" variants; ")
          .append(
              byAnswer.entrySet().stream()
                  .map(e -> e.getValue() + " × " + e.getKey())
                  .collect(Collectors.joining(", ")))
          .append("; mismatches: ")
          .append(mismatches)
          .append('\n');
    }
    out.append('\n');
  }

  private static Answer expectedAnswer(Row row, String vendor) {
    Optional<Reason> reason = row.expected().get(vendor);
    return vendor.equals("alibaba") ? alibabaAnswer(reason) : tencentAnswer(reason);
  }

  private static String reasons(Row row) {
    List<String> distinct =
        row.expected().values().stream()
            .map(r -> r.map(Reason::name).orElse("accept"))
            .distinct()
            .toList();
    if (distinct.size() == 1) {
      return distinct.get(0);
    }
    return row.expected().entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue().map(Reason::name).orElse("accept"))
        .collect(Collectors.joining("; "));
  }

  private static String cell(Row row, String vendor, Function<Optional<Reason>, Answer> expected) {
    if (!row.observed().containsKey(vendor)) {
      return "n/a";
    }
    Answer observed = row.observed().get(vendor);
    Answer wanted = expected.apply(row.expected().get(vendor));
    return observed.equals(wanted)
        ? observed.toString()
        : observed + " (mismatch: want " + wanted + ")";
  }
}
