package io.mocksts.kit.steps;

import io.mocksts.kit.tencent.MfaDevice;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the placeholders scenarios may use in parameter values, so long or target-specific values
 * stay readable:
 *
 * <ul>
 *   <li>{@code ${a*64}}: the text {@code a} repeated 64 times;
 *   <li>{@code ${policy:2048}}: a grammatical session policy (RAM for Alibaba, CAM for Tencent) of
 *       exactly 2,048 characters;
 *   <li>{@code ${role-arn:mock-role}} / {@code ${role-arn:other/mock-role}}: the ARN of a role of
 *       account "main" (or of the named account) on the target; Tencent: the {@code roleName/}
 *       form;
 *   <li>{@code ${role-arn-by-id:mock-role}}: Tencent's other form, {@code
 *       qcs::cam::uin/<uin>:role/<roleId>};
 *   <li>{@code ${role-id:mock-role}}: a role's id;
 *   <li>{@code ${role:mock-role}} / {@code ${role:other/some-role}}: the target's name of a role
 *       (the profile maps logical names onto the target's, {@link io.mocksts.kit.target.Profile});
 *       {@code ${role-lower:mock-role}}: that name lower-cased, as Alibaba writes it in {@code
 *       AssumedRoleUser.Arn} and in a role session's caller ARN;
 *   <li>{@code ${user:alice}} / {@code ${user:other/mallory}}: the target's name of a user;
 *   <li>{@code ${saml-provider:mock-idp}}, {@code ${oidc-provider:mock-oidc}}: the target's name of
 *       a SAML or OIDC provider (also with {@code other/});
 *   <li>{@code ${account:main}}: an account id (Tencent: the owner UIN) on the target;
 *   <li>{@code ${uin:alice}} / {@code ${uin:other/mallory}}: a user's id (Tencent: the sub-user's
 *       UIN);
 *   <li>{@code ${secret-id:alice}} / {@code ${secret-id:root}}: the SecretId (AccessKeyId) of a
 *       user's first key, or of the account's root key;
 *   <li>{@code ${today}}: the UTC date (yyyy-MM-dd) of the target's time;
 *   <li>{@code ${tags:50}}: a JSON list of 50 session tags with distinct keys;
 *   <li>{@code ${mfa-code:alice}} / {@code ${wrong-mfa-code:alice}}: the code a user's virtual MFA
 *       device shows now, or a well-formed code it does not show.
 * </ul>
 *
 * <p>Ids and names are those of the scenario's vendor.
 */
final class Values {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
  private static final Pattern REPEAT = Pattern.compile("(.+)\\*([0-9]+)");
  private static final String POLICY_HEAD =
      "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ecs:Describe";
  private static final String POLICY_TAIL = "\"],\"Resource\":[\"*\"]}]}";
  private static final String CAM_POLICY_HEAD =
      "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"name/cos:Get";
  private static final String CAM_POLICY_TAIL = "\"],\"resource\":[\"*\"]}]}";

  private Values() {}

  static String expand(String value, ScenarioState state) {
    if (value == null) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1), state)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String resolve(String expression, ScenarioState state) {
    Matcher repeat = REPEAT.matcher(expression);
    // ${saml-response}, ${saml-response:role}, ${saml-provider-arn:name}, ${saml-issuer}
    if (SamlValues.handles(expression)) {
      return SamlValues.resolve(expression, state);
    }
    if (expression.startsWith("policy:")) {
      int length = Integer.parseInt(expression.substring("policy:".length()));
      return state.tencent() ? camPolicy(length) : policy(length);
    }
    if (expression.startsWith("role-arn:")) {
      String[] ref = accountAnd(expression.substring("role-arn:".length()));
      return roleArn(state, ref[0], ref[1]);
    }
    if (expression.startsWith("role-arn-by-id:")) {
      String[] ref = accountAnd(expression.substring("role-arn-by-id:".length()));
      return "qcs::cam::uin/"
          + state.profile().accountId(state.vendor(), ref[0])
          + ":role/"
          + roleId(state, ref[0], ref[1]);
    }
    if (expression.startsWith("role-id:")) {
      String[] ref = accountAnd(expression.substring("role-id:".length()));
      return roleId(state, ref[0], ref[1]);
    }
    if (expression.startsWith("role:")) {
      String[] ref = accountAnd(expression.substring("role:".length()));
      return state.profile().roleName(state.vendor(), ref[0], ref[1]);
    }
    if (expression.startsWith("role-lower:")) {
      String[] ref = accountAnd(expression.substring("role-lower:".length()));
      return state.profile().roleName(state.vendor(), ref[0], ref[1]).toLowerCase(Locale.ROOT);
    }
    if (expression.startsWith("user:")) {
      String[] ref = accountAnd(expression.substring("user:".length()));
      return state.profile().userName(state.vendor(), ref[0], ref[1]);
    }
    if (expression.startsWith("oidc-provider:")) {
      String[] ref = accountAnd(expression.substring("oidc-provider:".length()));
      return state.profile().oidcProviderName(state.vendor(), ref[0], ref[1]);
    }
    if (expression.startsWith("account:")) {
      return state.profile().accountId(state.vendor(), expression.substring("account:".length()));
    }
    if (expression.startsWith("uin:")) {
      String[] ref = accountAnd(expression.substring("uin:".length()));
      return state.profile().userId(state.vendor(), ref[0], ref[1]);
    }
    if (expression.startsWith("secret-id:")) {
      String[] ref = accountAnd(expression.substring("secret-id:".length()));
      return ref[1].equals("root")
          ? state.profile().rootKey(state.vendor(), ref[0]).id()
          : state.profile().userKey(state.vendor(), ref[0], ref[1]).id();
    }
    if (expression.equals("today")) {
      return state.now().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }
    if (expression.startsWith("tags:")) {
      return tags(Integer.parseInt(expression.substring("tags:".length())));
    }
    if (expression.startsWith("mfa-code:")) {
      String[] ref = accountAnd(expression.substring("mfa-code:".length()));
      return mfaDevice(state, ref[0], ref[1]).codeAt(state.now());
    }
    if (expression.startsWith("wrong-mfa-code:")) {
      String[] ref = accountAnd(expression.substring("wrong-mfa-code:".length()));
      return mfaDevice(state, ref[0], ref[1]).wrongCodeAt(state.now());
    }
    if (expression.startsWith("oidc-token:")) {
      return oidcToken(state, expression.substring("oidc-token:".length()));
    }
    if (repeat.matches()) {
      return repeat.group(1).repeat(Integer.parseInt(repeat.group(2)));
    }
    throw new IllegalArgumentException("unknown placeholder ${" + expression + "}");
  }

  /**
   * A token of the bundled test OIDC issuer, valid now (the target's time as the kit believes it),
   * with the audience the default world's provider of the scenario's vendor accepts (Tencent {@code
   * sts.cloud.tencent.com}, Alibaba {@code sts.aliyuncs.com}). {@code subject,option,...} changes
   * it: {@code aud=X}, {@code iss=X}, {@code expired} (an hour-long token that ended a minute ago),
   * {@code future-iat} (issued in five minutes), {@code without=claim}, {@code attacker} (signed
   * with the untrusted keys of mock-sts-testkit's {@code AttackerIssuer} under the issuer's kid).
   * The {@code jwe-...} options wrap the finished token in a compact JWE ({@code RSA-OAEP-256} /
   * {@code A256GCM}) encrypted to the issuer's published RSA key (pac4j-jwt CVE-2026-29000): {@code
   * jwe-none} an unsigned inner token ({@code alg: none}, signature dropped), {@code jwe-none-jws}
   * a JWS-shaped inner token whose header says {@code alg: none} (the signature kept), {@code
   * jwe-cty-jwt} the unsigned inner token under {@code "cty":"JWT"}, {@code jwe-signed} the
   * genuinely signed token under {@code "cty":"JWT"} (a nested JWT).
   */
  static String oidcToken(ScenarioState state, String spec) {
    String[] parts = spec.split(",");
    java.time.Instant now = state.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    java.time.Clock clock = java.time.Clock.fixed(now, java.time.ZoneOffset.UTC);
    boolean attacker = java.util.Arrays.asList(parts).contains("attacker");
    io.mocksts.idp.TestIssuer issuer =
        attacker
            ? io.mocksts.testkit.oidc.AttackerIssuer.of(clock)
            : io.mocksts.idp.TestIssuer.bundled(clock);
    io.mocksts.idp.TestIssuer.Token token =
        issuer
            .token(parts[0])
            .audience(state.tencent() ? "sts.cloud.tencent.com" : OidcSteps.AUDIENCE);
    String jwe = null;
    for (int i = 1; i < parts.length; i++) {
      String option = parts[i];
      if (option.startsWith("jwe-")) {
        jwe = option;
      } else if (option.startsWith("aud=")) {
        token.audience(option.substring(4));
      } else if (option.startsWith("iss=")) {
        token.issuer(option.substring(4));
      } else if (option.equals("expired")) {
        token.issuedAt(now.minusSeconds(3660)).expiresAt(now.minusSeconds(60));
      } else if (option.equals("future-iat")) {
        token.issuedAt(now.plusSeconds(300));
      } else if (option.startsWith("without=")) {
        token.without(option.substring(8));
      } else if (option.equals("attacker")) {
        token.keyId(io.mocksts.idp.TestIssuer.RSA_KEY_ID);
      } else {
        throw new IllegalArgumentException("unknown oidc-token option " + option);
      }
    }
    String signed = token.sign();
    return jwe == null ? signed : encrypted(issuer, signed, jwe);
  }

  /** The {@code jwe-...} options of {@link #oidcToken}: the signed token, wrapped. */
  private static String encrypted(io.mocksts.idp.TestIssuer issuer, String signed, String option) {
    String[] segments = signed.split("\\.");
    String none =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"alg\":\"none\",\"kid\":\""
                        + io.mocksts.idp.TestIssuer.RSA_KEY_ID
                        + "\",\"typ\":\"JWT\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String unsigned = none + "." + segments[1] + ".";
    return switch (option) {
      case "jwe-none" -> issuer.encrypted(unsigned, false);
      case "jwe-none-jws" -> issuer.encrypted(unsigned + segments[2], false);
      case "jwe-cty-jwt" -> issuer.encrypted(unsigned, true);
      case "jwe-signed" -> issuer.encrypted(signed, true);
      default -> throw new IllegalArgumentException("unknown oidc-token option " + option);
    };
  }

  /** {@code "other/mallory"} is account "other" and name "mallory"; a bare name is of "main". */
  private static String[] accountAnd(String ref) {
    int slash = ref.indexOf('/');
    return slash < 0
        ? new String[] {"main", ref}
        : new String[] {ref.substring(0, slash), ref.substring(slash + 1)};
  }

  /**
   * A role's ARN in the scenario vendor's form (Tencent: {@code roleName/}, CAM resource names),
   * with the target's name of the logical role {@code role}.
   */
  static String roleArn(ScenarioState state, String account, String role) {
    return roleArnOfName(state, account, state.profile().roleName(state.vendor(), account, role));
  }

  /** A role's ARN with the target's role name {@code name} as it is. */
  private static String roleArnOfName(ScenarioState state, String account, String name) {
    String id = state.profile().accountId(state.vendor(), account);
    return state.tencent()
        ? "qcs::cam::uin/" + id + ":roleName/" + name
        : "acs:ram::" + id + ":role/" + name;
  }

  private static String roleId(ScenarioState state, String account, String role) {
    return state
        .profile()
        .roleId(state.vendor(), account, role)
        .orElseThrow(() -> new IllegalStateException("the profile records no id of role " + role));
  }

  private static MfaDevice mfaDevice(ScenarioState state, String account, String user) {
    return MfaDevice.ofBase32(
        state
            .profile()
            .mfaSecret(state.vendor(), account, user)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the profile records no MFA secret of " + user + " of " + account)));
  }

  /**
   * The AssumedRoleUser.Arn documented for AssumeRole: the target's role name lower-cased (Alibaba
   * AssumeRole reference; the lower-casing is an inference).
   */
  static String assumedRoleUserArn(
      ScenarioState state, String account, String role, String session) {
    String name = state.profile().roleName(state.vendor(), account, role);
    return roleArnOfName(state, account, name.toLowerCase(Locale.ROOT)) + "/" + session;
  }

  /** A JSON list of {@code count} tags {@code {"Key":"key<i>","Value":"value<i>"}}. */
  static String tags(int count) {
    StringBuilder list = new StringBuilder("[");
    for (int i = 1; i <= count; i++) {
      list.append(i > 1 ? "," : "")
          .append("{\"Key\":\"key")
          .append(i)
          .append("\",\"Value\":\"value")
          .append(i)
          .append("\"}");
    }
    return list.append(']').toString();
  }

  /**
   * A grammatical CAM policy (Tencent role trust policies,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%A7%92%E8%89%B2/%E5%88%9B%E5%BB%BA%E8%A7%92%E8%89%B2_intl_en.md)
   * of exactly {@code length} characters.
   */
  static String camPolicy(int length) {
    int padding = length - CAM_POLICY_HEAD.length() - CAM_POLICY_TAIL.length();
    if (padding < 0) {
      throw new IllegalArgumentException(
          "a policy needs at least " + (length - padding) + " characters");
    }
    return CAM_POLICY_HEAD + "X".repeat(padding) + CAM_POLICY_TAIL;
  }

  /** A grammatical session policy of exactly {@code length} characters. */
  static String policy(int length) {
    int padding = length - POLICY_HEAD.length() - POLICY_TAIL.length();
    if (padding < 0) {
      throw new IllegalArgumentException(
          "a policy needs at least " + (length - padding) + " characters");
    }
    return POLICY_HEAD + "X".repeat(padding) + POLICY_TAIL;
  }
}
