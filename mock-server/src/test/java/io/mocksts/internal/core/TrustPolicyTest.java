package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustPolicyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ROOT = "acs:ram::1234567890123456:root";
  private static final String ALICE = "acs:ram::1234567890123456:user/alice";
  private static final String BOB = "acs:ram::1234567890123456:user/bob";
  private static final String OTHER_ROOT = "acs:ram::9999999999999999:root";
  private static final String MALLORY = "acs:ram::9999999999999999:user/mallory";

  private static TrustPolicy policy(String json) {
    try {
      return TrustPolicyParser.parse(JSON.readTree(json), "trustPolicy");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String allowRam(String principal) {
    return "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"RAM\":[\""
        + principal
        + "\"]}}],\"Version\":\"1\"}";
  }

  private static boolean allows(TrustPolicy policy, String... callerIds) {
    return policy.allows("sts:AssumeRole", "ram", Set.of(callerIds), Map.of());
  }

  @Test
  void whenPrincipalIsTheAccountRootThenEveryIdentityOfTheAccountIsAllowed() {
    TrustPolicy policy = policy(allowRam(ROOT));

    assertThat(allows(policy, ALICE, ROOT)).isTrue();
    assertThat(allows(policy, BOB, ROOT)).isTrue();
    assertThat(allows(policy, MALLORY, OTHER_ROOT)).isFalse();
  }

  @Test
  void whenPrincipalIsAUserArnThenOnlyThatUserIsAllowed() {
    TrustPolicy policy = policy(allowRam(ALICE));

    assertThat(allows(policy, ALICE, ROOT)).isTrue();
    assertThat(allows(policy, BOB, ROOT)).isFalse();
  }

  @Test
  void whenPrincipalDiffersOnlyInCaseThenItMatches() {
    TrustPolicy policy = policy(allowRam("ACS:RAM::1234567890123456:USER/Alice"));

    assertThat(allows(policy, ALICE, ROOT)).isTrue();
  }

  @Test
  void whenActionDiffersOnlyInCaseThenItMatches() {
    TrustPolicy policy = policy(allowRam(ROOT).replace("sts:AssumeRole", "STS:assumerole"));

    assertThat(allows(policy, ALICE, ROOT)).isTrue();
  }

  @Test
  void whenPrincipalTypeDiffersThenTheStatementDoesNotApply() {
    TrustPolicy policy = policy(allowRam(ROOT));

    assertThat(policy.allows("sts:AssumeRole", "federated", Set.of(ROOT), Map.of())).isFalse();
  }

  @Test
  void whenPrincipalIsAWildcardThenAnyoneOfThatTypeIsAllowed() {
    TrustPolicy policy = policy(allowRam("*"));

    assertThat(allows(policy, MALLORY, OTHER_ROOT)).isTrue();
  }

  @Test
  void whenActionDoesNotMatchThenTheStatementDoesNotApply() {
    TrustPolicy policy = policy(allowRam(ROOT));

    assertThat(policy.allows("sts:AssumeRoleWithSAML", "ram", Set.of(ROOT), Map.of())).isFalse();
  }

  @Test
  void whenActionIsStsWildcardThenEveryStsActionMatches() {
    TrustPolicy policy = policy(allowRam(ROOT).replace("sts:AssumeRole", "sts:*"));

    assertThat(policy.allows("sts:AssumeRole", "ram", Set.of(ROOT), Map.of())).isTrue();
    assertThat(policy.allows("sts:AssumeRoleWithOIDC", "ram", Set.of(ROOT), Map.of())).isTrue();
    assertThat(policy.allows("ram:CreateUser", "ram", Set.of(ROOT), Map.of())).isFalse();
  }

  @Test
  void whenADenyAndAnAllowBothMatchThenTheDenyWins() {
    TrustPolicy policy =
        policy(
            "{\"Version\":\"1\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":{\"RAM\":\""
                + ROOT
                + "\"}},"
                + "{\"Effect\":\"Deny\",\"Action\":\"sts:AssumeRole\",\"Principal\":{\"RAM\":\""
                + BOB
                + "\"}}]}");

    assertThat(allows(policy, ALICE, ROOT)).isTrue();
    assertThat(allows(policy, BOB, ROOT)).isFalse();
  }

  @Test
  void whenOnlyADenyMatchesThenTheAnswerIsNo() {
    TrustPolicy policy = policy(allowRam(ROOT).replace("Allow", "Deny"));

    assertThat(allows(policy, ALICE, ROOT)).isFalse();
  }

  private static TrustPolicy withCondition(String operator, String value) {
    return policy(
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
            + "\"Principal\":{\"RAM\":\""
            + ROOT
            + "\"},\"Condition\":{\""
            + operator
            + "\":{\"sts:ExternalId\":\""
            + value
            + "\"}}}]}");
  }

  private static boolean allowsWithExternalId(TrustPolicy policy, String externalId) {
    Map<String, String> context =
        externalId == null ? Map.of() : Map.of("sts:externalid", externalId);
    return policy.allows("sts:AssumeRole", "ram", Set.of(ALICE, ROOT), context);
  }

  @ParameterizedTest(name = "{0} {1} against {2} -> {3}")
  @CsvSource({
    "StringEquals, abc-123, abc-123, true",
    "StringEquals, abc-123, abc-124, false",
    "StringEquals, abc-123, ABC-123, false",
    "StringEqualsIgnoreCase, abc-123, ABC-123, true",
    "StringLike, abc-*, abc-123, true",
    "StringLike, abc-?23, abc-123, true",
    "StringLike, abc-*, xyz-123, false",
    "StringNotEquals, abc-123, abc-124, true",
    "StringNotEquals, abc-123, abc-123, false",
    "NumericEquals, 1, 1, false",
  })
  void whenConditionIsOnTheExternalIdThenItIsEvaluatedAgainstTheRequest(
      String operator, String expected, String presented, boolean allowed) {
    assertThat(allowsWithExternalId(withCondition(operator, expected), presented))
        .isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({"StringEquals", "StringLike", "StringNotEquals"})
  void whenConditionKeyIsMissingFromTheRequestThenTheConditionFails(String operator) {
    assertThat(allowsWithExternalId(withCondition(operator, "abc-*"), null)).isFalse();
  }

  @Test
  void whenPolicyIsInTheTencentDialectThenItLoadsIntoTheSameModel() {
    TrustPolicy policy =
        policy(
            "{\"version\":\"2.0\",\"statement\":[{\"action\":\"name/sts:AssumeRole\","
                + "\"effect\":\"allow\",\"principal\":{\"qcs\":[\"qcs::cam::uin/100000000001:root\"]},"
                + "\"condition\":{\"string_equal\":{\"sts:externalid\":[\"ext\"]}}}]}");

    Set<String> caller =
        Set.of("qcs::cam::uin/100000000001:uin/100000000002", "qcs::cam::uin/100000000001:root");
    assertThat(policy.allows("name/sts:AssumeRole", "qcs", caller, Map.of("sts:externalid", "ext")))
        .isTrue();
    assertThat(
            policy.allows("name/sts:AssumeRole", "qcs", caller, Map.of("sts:externalid", "other")))
        .isFalse();
    assertThat(policy.statements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.allow()).isTrue();
              assertThat(s.principals()).containsOnlyKeys("qcs");
              assertThat(s.conditions())
                  .containsExactly(
                      new TrustPolicy.Condition(
                          "string_equal", "sts:externalid", java.util.List.of("ext")));
            });
  }

  @Test
  void whenElementNamesUseAnyCaseThenTheyAreRecognised() {
    TrustPolicy policy =
        policy(
            "{\"VERSION\":\"1\",\"STATEMENT\":[{\"ACTION\":\"sts:AssumeRole\","
                + "\"EFFECT\":\"ALLOW\",\"PRINCIPAL\":{\"Ram\":\""
                + ROOT
                + "\"}}]}");

    assertThat(allows(policy, ALICE, ROOT)).isTrue();
  }

  @Test
  void whenNoStatementMatchesThenTheAnswerIsNo() {
    TrustPolicy policy = policy(allowRam(OTHER_ROOT));

    assertThat(allows(policy, ALICE, ROOT)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not an object | [] | trustPolicy",
        "no statements | {\"Version\":\"1\"} | trustPolicy.Statement",
        "empty statements | {\"Statement\":[]} | trustPolicy.Statement",
        "statement not an object | {\"Statement\":[\"x\"]} | trustPolicy.Statement[0]",
        "bad effect | {\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"a\",\"Principal\":{}}]}"
            + " | trustPolicy.Statement[0].Effect",
        "no action | {\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{}}]}"
            + " | trustPolicy.Statement[0].Action",
        "principal not an object | {\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"a\","
            + "\"Principal\":\"*\"}]} | trustPolicy.Statement[0].Principal",
        "principal value not strings | {\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"a\","
            + "\"Principal\":{\"RAM\":[1]}}]} | trustPolicy.Statement[0].Principal.RAM",
        "condition not an object | {\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"a\","
            + "\"Principal\":{\"RAM\":\"*\"},\"Condition\":[]}]} | trustPolicy.Statement[0].Condition",
        "condition operator not an object | {\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"a\","
            + "\"Principal\":{\"RAM\":\"*\"},\"Condition\":{\"StringEquals\":\"x\"}}]}"
            + " | trustPolicy.Statement[0].Condition.StringEquals",
      })
  void whenDocumentIsNotATrustPolicyThenTheBadElementIsNamed(
      String mistake, String json, String path) throws Exception {
    assertThatThrownBy(() -> TrustPolicyParser.parse(JSON.readTree(json), "trustPolicy"))
        .asInstanceOf(type(WorldException.class))
        .extracting(WorldException::path)
        .isEqualTo(path);
  }
}
