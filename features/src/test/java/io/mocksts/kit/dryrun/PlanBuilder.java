package io.mocksts.kit.dryrun;

import io.mocksts.kit.target.ScenarioScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a {@link ScenarioPlan} from the step definitions a scenario's steps matched (the step
 * class and method, e.g. {@code RequestSteps.calls}) and their arguments, the way the steps would
 * use them: {@code the caller calls {action}} sends that action as the current caller, {@code the
 * caller is the RAM user "alice" of account "main"} makes alice the caller and needs her key,
 * {@code ${role-arn:mock-role}} in a value needs the role, and so on. A step definition this
 * catalogue does not list sends nothing and needs nothing but its placeholders ({@code
 * PlanBuilderTest} keeps every step that sends a call listed).
 */
public final class PlanBuilder {

  /** One matched step: its definition ({@code Class.method}), arguments, text and table cells. */
  public record Step(String definition, List<String> arguments, String text, List<String> cells) {}

  /**
   * The step definitions that send a call to the target; {@code PlanBuilderTest} checks this list
   * against the step classes (every step method that reaches {@code ScenarioState.call} or {@code
   * resend}).
   */
  public static final Set<String> SENDING =
      Set.of(
          "CallerSteps.foreignToken",
          "CallerSteps.hasAssumedRole",
          "TencentCallerSteps.federated",
          "TencentCallerSteps.mfaSession",
          "RequestSteps.calls",
          "RequestSteps.callsWith",
          "RequestSteps.callsRepeatedly",
          "RequestSteps.callsRepeatedlyWith",
          "RequestSteps.resend",
          "RequestSteps.assumes",
          "RequestSteps.assumesFor",
          "RequestSteps.assumesWith",
          "RequestSteps.assumesOf",
          "SamlSteps.presents",
          "SamlSteps.presentsAgain",
          "SamlSteps.presentsWith",
          "SamlSteps.forged",
          "OidcSteps.exchange",
          "OidcSteps.exchangeWith");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z-]+):([^}]+)}");

  /** The default SAML role pair of the test IdP's Responses (SamlValues.ROLE, mock-idp). */
  private static final String SAML_ROLE = "mock-saml-role";

  private static final String SAML_PROVIDER = "mock-idp";
  private static final String OIDC_PROVIDER = "mock-oidc";

  private final String vendor;
  private final List<ScenarioPlan.Call> calls = new ArrayList<>();
  private final Set<ScenarioPlan.Need> needs = new LinkedHashSet<>();
  private final List<String> controls = new ArrayList<>();
  private String identity = "anonymous (no caller)";
  private String lastAction;
  private String samlRole = SAML_ROLE;
  private String samlAccount = "main";

  private PlanBuilder(String vendor) {
    this.vendor = vendor;
  }

  /** The plan of a scenario of {@code uri} with these tags and matched steps. */
  public static ScenarioPlan plan(String name, String uri, List<String> tags, List<Step> steps) {
    String vendor = tags.contains("@tencent") ? "tencent" : "alibaba";
    PlanBuilder builder = new PlanBuilder(vendor);
    steps.forEach(builder::step);
    return new ScenarioPlan(
        name,
        ScenarioScope.familyOf(uri),
        vendor,
        List.copyOf(tags),
        List.copyOf(builder.calls),
        Set.copyOf(builder.needs),
        List.copyOf(builder.controls));
  }

  /** The {@code Class.method} of a Cucumber code location ({@code a.b.C.m(java.lang.String)}). */
  public static String definition(String codeLocation) {
    String method = codeLocation.replaceFirst("\\(.*$", "");
    String[] parts = method.split("\\.");
    return parts.length < 2 ? method : parts[parts.length - 2] + "." + parts[parts.length - 1];
  }

  private void step(Step step) {
    List<String> a = step.arguments();
    switch (step.definition()) {
      case "CallerSteps.ramUser", "TencentCallerSteps.camUser" -> {
        need("user-key", a.get(1), a.get(0));
        identity =
            (vendor.equals("tencent") ? "CAM user " : "RAM user ") + a.get(0) + " of " + a.get(1);
      }
      case "CallerSteps.root" -> {
        need("root", a.get(0), "");
        identity = "root key of " + a.get(0);
      }
      case "CallerSteps.accessKeyId", "TencentCallerSteps.secretId" ->
          identity = identity + ", with the key id " + a.get(0);
      case "CallerSteps.holdsIssued" -> identity = issued("");
      case "CallerSteps.tamperedToken" -> identity = issued(", token altered");
      case "CallerSteps.withoutToken" -> identity = issued(", without the token");
      case "CallerSteps.foreignToken" -> {
        need("role", "main", "mock-role");
        call("AssumeRole", "2");
        identity = "temporary credentials of role mock-role, token of another session";
      }
      case "CallerSteps.hasAssumedRole" -> {
        role(a.get(0), "main");
        call("AssumeRole", "1");
        identity = "session " + a.get(1) + " of role " + a.get(0);
      }
      case "TencentCallerSteps.federated" -> {
        call("GetFederationToken", "1");
        identity = "federated user " + a.get(0);
      }
      case "TencentCallerSteps.mfaSession" -> {
        need("user-key", a.get(1), a.get(0));
        identity = "CAM user " + a.get(0) + " of " + a.get(1);
        call("GetSessionToken", "1");
        identity = "MFA session of " + a.get(0);
      }
      case "OidcSteps.signedWithUnknownKey" -> identity = "an AccessKey the target does not know";
      case "RequestSteps.calls", "RequestSteps.callsWith" -> call(a.get(0), "1");
      case "RequestSteps.callsRepeatedly", "RequestSteps.callsRepeatedlyWith" ->
          call(a.get(0), "up to " + a.get(1));
      case "RequestSteps.resend" ->
          call(lastAction == null ? "(the previous request)" : lastAction, "again, same bytes");
      case "RequestSteps.assumes", "RequestSteps.assumesFor", "RequestSteps.assumesWith" -> {
        role(a.get(0), "main");
        call("AssumeRole", "1");
      }
      case "RequestSteps.assumesOf" -> {
        role(a.get(0), a.get(1));
        call("AssumeRole", "1");
      }
      case "SamlSteps.vouches", "SamlSteps.vouchesWith" -> saml(a.get(1), "main");
      case "SamlSteps.vouchesOf", "SamlSteps.vouchesOfWith" -> saml(a.get(1), a.get(2));
      case "SamlSteps.presents", "SamlSteps.presentsAgain", "SamlSteps.presentsWith" -> {
        role(samlRole, samlAccount);
        need("saml-provider", samlAccount, SAML_PROVIDER);
        call("AssumeRoleWithSAML", "1");
      }
      case "SamlSteps.forged" -> {
        role(samlRole, samlAccount);
        need("saml-provider", samlAccount, SAML_PROVIDER);
        if (io.mocksts.testkit.saml.HostileCorpus.recipes().stream()
            .anyMatch(r -> r.id().equals(a.get(0)) && r.replayed())) {
          // a replay recipe is presented once first, as set-up (SamlSteps.forged)
          call("AssumeRoleWithSAML", "1, as set-up");
        }
      }
      case "OidcSteps.exchange", "OidcSteps.exchangeWith" -> {
        role(a.get(0), "main");
        need("oidc-provider", "main", OIDC_PROVIDER);
        call("AssumeRoleWithOIDC", "1");
      }
      case "ResponseSteps.assumedRoleUser", "TencentResponseSteps.assumedRoleArn" ->
          role(a.get(a.size() - 1), "main");
      case "ResponseSteps.assumedRoleUserOf" -> role(a.get(1), a.get(2));
      case "ResponseSteps.principalOfSession" -> role(a.get(1), "main");
      case "TencentResponseSteps.listsUserKey" -> need("user-key", a.get(1), a.get(0));
      case "TencentResponseSteps.listsRootKey" -> need("root", a.get(0), "");
      case "MockControlSteps.advance" ->
          controls.add("moves the target's clock forward " + a.get(0) + " seconds");
      case "MockControlSteps.advanceToBeforeExpiry" ->
          controls.add(
              "moves the target's clock to " + a.get(0) + " s before the credentials expire");
      case "MockControlSteps.limitAssumeRole" ->
          controls.add("limits AssumeRole to " + a.get(0) + " calls a minute");
      case "MockControlSteps.limitTencent" ->
          controls.add("limits " + a.get(1) + " to " + a.get(0) + " calls a second");
      case "FaultSteps.injectOnce" ->
          controls.add("injects the error " + a.get(1) + " into the next " + a.get(0) + " call");
      case "FaultSteps.inject" ->
          controls.add(
              "injects the error " + a.get(2) + " into the next " + a.get(0) + " " + a.get(1));
      default -> {
        // a step that shapes a request or checks an answer: nothing sent
      }
    }
    placeholders(step.text());
    step.cells().forEach(this::placeholders);
  }

  private String issued(String how) {
    return "temporary credentials issued by " + (lastAction == null ? "?" : lastAction) + how;
  }

  private void call(String action, String times) {
    calls.add(new ScenarioPlan.Call(vendor, action, identity, times));
    lastAction = action;
  }

  private void saml(String role, String account) {
    samlRole = role;
    samlAccount = account;
  }

  /** A role argument may name another account: {@code other/some-role}. */
  private void role(String role, String account) {
    int slash = role.indexOf('/');
    if (slash > 0) {
      need("role", role.substring(0, slash), role.substring(slash + 1));
    } else {
      need("role", account, role);
    }
  }

  private void need(String kind, String account, String name) {
    needs.add(new ScenarioPlan.Need(kind, vendor, account, name));
  }

  /** The logical names a value's placeholders name (Values: ${user:alice}, ${role-arn:x}, ...). */
  private void placeholders(String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String kind = m.group(1);
      String argument = m.group(2);
      int slash = argument.indexOf('/');
      String account = slash > 0 ? argument.substring(0, slash) : "main";
      String name = slash > 0 ? argument.substring(slash + 1) : argument;
      switch (kind) {
        case "user", "uin" -> need("user", account, name);
        case "secret-id" -> {
          if (name.equals("root")) {
            need("root", account, "");
          } else {
            need("user-key", account, name);
          }
        }
        case "mfa-code", "wrong-mfa-code" -> need("user-key", account, name);
        case "role", "role-lower", "role-arn", "role-arn-by-id", "role-id" ->
            need("role", account, name);
        case "saml-provider", "saml-provider-arn" -> need("saml-provider", account, name);
        case "oidc-provider" -> need("oidc-provider", account, name);
        case "account" -> need("account", name, "");
        case "saml-response" -> {
          need("role", account, name);
          need("saml-provider", account, SAML_PROVIDER);
        }
        default -> {
          // ${a*64}, ${policy:2048}, ${tags:50}, ${today}: no name of the target
        }
      }
    }
  }
}
