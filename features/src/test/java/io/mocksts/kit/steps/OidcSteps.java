package io.mocksts.kit.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.mocksts.idp.TestIssuer;
import io.mocksts.kit.alibaba.RpcCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OIDC federation (Alibaba AssumeRoleWithOIDC reference,
 * https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc,
 * Alibaba OIDC SSO, https://www.alibabacloud.com/help/en/ram/overview-of-oidc-based-sso): ID tokens
 * of the bundled test issuer ({@code fixtures/oidc/}, signed by the mock-server's {@link
 * TestIssuer}, a test dependency of the kit) and the anonymous AssumeRoleWithOIDC call that
 * exchanges them. Token times are relative to the target's time as the kit believes it, so they
 * follow clock moves on a mock.
 */
public final class OidcSteps {

  /**
   * The default audience: the ACK RRSA convention, and the bundled provider's client id (Alibaba
   * OIDC SSO).
   */
  static final String AUDIENCE = "sts.aliyuncs.com";

  private static final Pattern RELATIVE = Pattern.compile("now(?:([+-])([0-9]+)([smhd]))?");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final ScenarioState state;
  private String token;
  private Instant issuedAt;
  private Instant expiresAt;
  private String subject;
  private String issuerUrl;
  private List<String> audiences;
  private String signingAccessKeyId;

  public OidcSteps(ScenarioState state) {
    this.state = state;
  }

  // ---------------------------------------------------------------- tokens

  @Given("an OIDC token of the bundled issuer for subject {string}")
  public void token(String subject) {
    token(subject, Map.of());
  }

  /**
   * A token with some options changed. Rows: {@code audience} (comma-separated), {@code issuer},
   * {@code issued at} / {@code not before} / {@code expires at} ({@code now}, {@code now+300s},
   * {@code now-13h}, ...), {@code lifetime} (seconds), {@code algorithm}, {@code kid}, {@code
   * without} (a claim to leave out), {@code claim <name>} (a string claim), {@code signed by}
   * ({@code the attacker}: the untrusted keys of mock-sts-testkit's {@code AttackerIssuer}).
   */
  @Given("an OIDC token of the bundled issuer for subject {string} with:")
  public void tokenWith(String subject, DataTable options) {
    token(subject, options.asMap());
  }

  private void token(String sub, Map<String, String> rows) {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    rows.forEach((name, value) -> options.put(name, Values.expand(value, state)));
    Clock now = Clock.fixed(state.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    TestIssuer signer =
        "the attacker".equals(options.get("signed by"))
            ? io.mocksts.testkit.oidc.AttackerIssuer.of(now)
            : TestIssuer.bundled(now);
    TestIssuer.Token jwt = signer.token(sub);
    audiences =
        Arrays.stream(options.getOrDefault("audience", AUDIENCE).split(","))
            .map(String::trim)
            .toList();
    jwt.audiences(audiences);
    issuerUrl = options.getOrDefault("issuer", TestIssuer.ISSUER);
    jwt.issuer(issuerUrl);
    issuedAt = time(options.getOrDefault("issued at", "now"));
    jwt.issuedAt(issuedAt);
    expiresAt =
        options.containsKey("expires at")
            ? time(options.get("expires at"))
            : issuedAt.plusSeconds(Long.parseLong(options.getOrDefault("lifetime", "3600")));
    jwt.expiresAt(expiresAt);
    if (options.containsKey("not before")) {
      jwt.notBefore(time(options.get("not before")));
    }
    if (options.containsKey("algorithm")) {
      jwt.algorithm(options.get("algorithm"));
    }
    if (options.containsKey("kid")) {
      jwt.keyId(options.get("kid"));
    }
    if (options.containsKey("without")) {
      jwt.without(options.get("without"));
    }
    options.forEach(
        (name, value) -> {
          if (name.startsWith("claim ")) {
            jwt.claim(name.substring("claim ".length()), value);
          }
        });
    this.subject = sub;
    this.token = jwt.sign();
  }

  /**
   * Breaks the token as an attacker or a broken client would: {@code alg none}, {@code signature
   * stripped}, {@code payload edited} (another subject, the signature kept), {@code two segments},
   * {@code not base64url}, {@code HS256 keyed with the public key}.
   */
  @Given("the OIDC token is tampered with: {string}")
  public void tamper(String how) {
    String[] parts = token.split("\\.");
    token =
        switch (how) {
          case "alg none" -> b64("{\"alg\":\"none\"}") + "." + parts[1] + ".";
          case "signature stripped" -> parts[0] + "." + parts[1] + ".";
          case "payload edited" ->
              parts[0]
                  + "."
                  + b64(decode(parts[1]).replace("\"sub\":\"" + subject + "\"", "\"sub\":\"root\""))
                  + "."
                  + parts[2];
          case "two segments" -> parts[0] + "." + parts[1];
          case "not base64url" ->
              parts[0] + "." + parts[1] + "." + parts[2].replace('-', '+') + "/=";
          case "HS256 keyed with the public key" -> hs256WithPublicKey(parts[1]);
          default -> throw new IllegalArgumentException("no tampering called '" + how + "'");
        };
  }

  @Given("the OIDC request is signed with an AccessKey the target does not know")
  public void signedWithUnknownKey() {
    signingAccessKeyId = "LTAI5tNobodyKnowsThisKey";
  }

  // ---------------------------------------------------------------- the call

  @When("the token is exchanged for role {string} as session {string}")
  public void exchange(String role, String session) {
    exchangeWith(role, session, Map.of());
  }

  /**
   * AssumeRoleWithOIDC with the documented parameters; rows override or add parameters ({@code
   * OIDCToken} may be {@code ${a*20001}}, {@code OIDCProviderArn} another provider, ...).
   */
  @When("the token is exchanged for role {string} as session {string} with:")
  public void exchangeWith(String role, String session, DataTable parameters) {
    exchangeWith(role, session, parameters.asMap());
  }

  private void exchangeWith(String role, String session, Map<String, String> extra) {
    RpcCall call =
        state
            .next()
            .parameter("OIDCProviderArn", providerArn("mock-oidc"))
            .parameter("RoleArn", Values.roleArn(state, "main", role))
            .parameter("OIDCToken", token == null ? "" : token)
            .parameter("RoleSessionName", Values.expand(session, state));
    extra.forEach((name, value) -> call.parameter(name, Values.expand(value, state)));
    if (signingAccessKeyId == null) {
      // What the Tea SDK sends for an anonymous action (Alibaba Java SDKs: what they send,
      // https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-core/4.7.10/).
      call.signing(RpcCall.Signing.NONE)
          .commonParameter("Timestamp", UTC.format(state.signingTime()))
          .commonParameter("SignatureNonce", UUID.randomUUID().toString());
    } else {
      // Signed like any call, as Alibaba's own saml2alibabacloud does with a bogus key.
      call.credentials(signingAccessKeyId, "NobodyKnowsThisSecret0000001", null);
    }
    state.call("AssumeRoleWithOIDC");
  }

  /** The ARN of an OIDC provider of account "main", with the target's name of the provider. */
  String providerArn(String name) {
    return "acs:ram::"
        + state.profile().accountId("alibaba", "main")
        + ":oidc-provider/"
        + state.profile().oidcProviderName("alibaba", "main", name);
  }

  // ---------------------------------------------------------------- checks

  @Then("the OIDC token info describes the token")
  public void tokenInfo() {
    state.verify(
        () -> {
          assertThat(field("OIDCTokenInfo.Subject")).isEqualTo(subject);
          assertThat(field("OIDCTokenInfo.Issuer")).isEqualTo(issuerUrl);
          assertThat(field("OIDCTokenInfo.ClientIds")).isEqualTo(String.join(",", audiences));
          assertThat(field("OIDCTokenInfo.IssuanceTime")).isEqualTo(UTC.format(issuedAt));
          assertThat(field("OIDCTokenInfo.ExpirationTime")).isEqualTo(UTC.format(expiresAt));
          assertThat(field("OIDCTokenInfo.VerificationInfo")).isEqualTo("Success");
        });
  }

  private String field(String path) {
    return state
        .last()
        .response()
        .field(path)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no field " + path + " in " + state.last().response().abbreviated()));
  }

  // ---------------------------------------------------------------- helpers

  private Instant time(String expression) {
    Matcher m = RELATIVE.matcher(expression.replace(" ", ""));
    if (!m.matches()) {
      return Instant.parse(expression);
    }
    Instant now = state.now().truncatedTo(ChronoUnit.SECONDS);
    if (m.group(1) == null) {
      return now;
    }
    long amount = Long.parseLong(m.group(2));
    Duration step =
        switch (m.group(3)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
    return m.group(1).equals("+") ? now.plus(step) : now.minus(step);
  }

  /** The classic confusion: HMAC-SHA256 keyed with the issuer's published public JWK set. */
  private static String hs256WithPublicKey(String payload) {
    String head = b64("{\"alg\":\"HS256\",\"kid\":\"" + TestIssuer.RSA_KEY_ID + "\"}");
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(
              fixture("oidc/jwks.json").getBytes(java.nio.charset.StandardCharsets.UTF_8),
              "HmacSHA256"));
      byte[] signature =
          mac.doFinal((head + "." + payload).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return head
          + "."
          + payload
          + "."
          + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String fixture(String name) {
    try {
      return Files.readString(Path.of(System.getProperty("sts.fixtures", "../fixtures"), name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String b64(String json) {
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String decode(String segment) {
    return new String(
        java.util.Base64.getUrlDecoder().decode(segment), java.nio.charset.StandardCharsets.UTF_8);
  }
}
