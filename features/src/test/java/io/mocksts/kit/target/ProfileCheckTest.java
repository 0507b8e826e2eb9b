package io.mocksts.kit.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCheckTest {

  private static final List<String> FAMILIES =
      List.of("alibaba/assume-role", "alibaba/request-signing", "tencent/request-signing");

  /** Every variable is set. */
  private static final UnaryOperator<String> ALL_SET = name -> "value-of-" + name;

  private static final String LIVE =
      """
      name: acme
      kind: live
      vendors: [alibaba]
      rateLimits: {alibaba: 5}
      alibaba:
        endpoint: https://sts.cn-hangzhou.aliyuncs.com
        region: cn-hangzhou
        accounts:
          - alias: main
            id: "${ACCOUNT}"
            users:
              - name: kit-alice
                as: alice
                accessKeys: [{id: "${ALIBABA_CLOUD_ACCESS_KEY_ID}", secret: "${ALIBABA_CLOUD_ACCESS_KEY_SECRET}"}]
      """;

  @TempDir Path dir;

  private List<String> problems(String yaml, boolean live, UnaryOperator<String> env)
      throws IOException {
    Path file = dir.resolve("acme.yaml");
    Files.writeString(file, yaml);
    return ProfileCheck.problems(file, live, env, FAMILIES);
  }

  private String at() {
    return dir.resolve("acme.yaml").toAbsolutePath().normalize() + ": ";
  }

  @Test
  void aCompleteLiveProfileHasNoProblem() throws IOException {
    assertThat(problems(LIVE, true, ALL_SET)).isEmpty();
  }

  @Test
  void theSampleProfilesAreValidOnceTheirVariablesAreSet() {
    List<String> families = ScenarioScope.knownFamilies();
    assertThat(families).contains("alibaba/assume-role", "tencent/query-api-key");
    for (String live : List.of("alibaba-live", "tencent-live")) {
      assertThat(ProfileCheck.problems(Path.of("targets", live + ".yaml"), true, ALL_SET, families))
          .as(live)
          .isEmpty();
    }
    for (String mock : List.of("running-mock", "second-world")) {
      assertThat(
              ProfileCheck.problems(Path.of("targets", mock + ".yaml"), false, n -> null, families))
          .as(mock)
          .isEmpty();
    }
  }

  @Test
  void theLiveSamplesHoldNoLiteralSecret() throws IOException {
    for (String live : List.of("alibaba-live", "tencent-live")) {
      for (String line : Files.readAllLines(Path.of("targets", live + ".yaml"))) {
        String code = line.replaceFirst("#.*$", "");
        if (code.matches("\\s*(- )?(id|secret|mfaSecret):.*")) {
          assertThat(code).as(live).contains("${");
        }
      }
    }
  }

  @Test
  void unsetVariablesAreOneLineNamingTheFileTheKeyAndEveryVariable() throws IOException {
    List<String> problems = problems(LIVE, true, name -> null);

    assertThat(problems)
        .containsExactly(
            at()
                + "alibaba.accounts[0].id: the environment variable ACCOUNT is not set (nor"
                + " ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET); export it and run"
                + " again (nothing was sent)");
  }

  @Test
  void aMissingCredentialStopsWithAnExceptionThatIsItsMessageAlone() throws IOException {
    Path file = dir.resolve("acme.yaml");
    Files.writeString(file, LIVE);
    UnaryOperator<String> noKey = name -> name.startsWith("ALIBABA_CLOUD") ? null : "1";

    assertThatThrownBy(() -> ProfileCheck.require(file, true, noKey, FAMILIES))
        .isInstanceOf(ProfileException.class)
        .hasMessage(
            at()
                + "alibaba.accounts[0].users[0].accessKeys[0].id: the environment variable"
                + " ALIBABA_CLOUD_ACCESS_KEY_ID is not set (nor ALIBABA_CLOUD_ACCESS_KEY_SECRET);"
                + " export it and run again (nothing was sent)")
        .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
  }

  @Test
  void anUnknownKeyIsNamedWithItsPath() throws IOException {
    assertThat(problems(LIVE.replace("  region:", "  regoin: x\n  region:"), true, ALL_SET))
        .containsExactly(
            at() + "alibaba.regoin: unknown key (known here: accounts, endpoint, region)");
    assertThat(problems(LIVE.replace("as: alice", "as: alice\n          role: x"), true, ALL_SET))
        .containsExactly(
            at()
                + "alibaba.accounts[0].users[0].role: unknown key (known here: accessKeys, as,"
                + " id, mfaSecret, name)");
  }

  @Test
  void aValueOfTheWrongTypeIsNamed() throws IOException {
    assertThat(problems(LIVE.replace("vendors: [alibaba]", "vendors: alibaba"), true, ALL_SET))
        .contains(at() + "vendors: must be a non-empty list of alibaba, tencent");
    assertThat(problems(LIVE.replace("  accounts:", "  accounts: main\n  x:"), true, ALL_SET))
        .contains(at() + "alibaba.accounts: must be a list, not '\"main\"'");
    assertThat(problems(LIVE.replace("as: alice", "as: [alice]"), true, ALL_SET))
        .containsExactly(
            at() + "alibaba.accounts[0].users[0].as: must be a string, not '[\"alice\"]'");
  }

  @Test
  void aLiveProfileNeedsAnHttpsEndpointAndARegion() throws IOException {
    assertThat(
            problems(
                LIVE.replace("  endpoint: https://sts.cn-hangzhou.aliyuncs.com\n", ""),
                true,
                ALL_SET))
        .containsExactly(at() + "alibaba.endpoint: missing");
    assertThat(problems(LIVE.replace("  region: cn-hangzhou\n", ""), true, ALL_SET))
        .containsExactly(at() + "alibaba.region: missing");
    assertThat(problems(LIVE.replace("https://sts", "http://sts"), true, ALL_SET))
        .containsExactly(
            at()
                + "alibaba.endpoint: 'http://sts.cn-hangzhou.aliyuncs.com': a live endpoint is"
                + " https");
    assertThat(problems(LIVE.replace("region: cn-hangzhou", "region: Hangzhou 1"), true, ALL_SET))
        .containsExactly(
            at() + "alibaba.region: 'Hangzhou 1' is not a region id (e.g. cn-hangzhou)");
  }

  @Test
  void anUnknownFamilyOrABadTagExpressionIsNamed() throws IOException {
    String scoped =
        LIVE
            + """
            scenarios:
              include: [assume-role, request-signing, "@tencent or @alibaba"]
              exclude: [alibaba/assume-rol, "@doc-x and"]
            """;
    assertThat(problems(scoped, true, ALL_SET))
        .containsExactly(
            at()
                + "scenarios.exclude[0]: names an unknown family 'alibaba/assume-rol' (families"
                + " are feature files: alibaba/assume-role, alibaba/request-signing,"
                + " tencent/request-signing)",
            at()
                + "scenarios.exclude[1]: is not a valid tag expression (Tag expression \"@doc-x"
                + " and\" could not be parsed because of syntax error: Expected operand.)");
  }

  @Test
  void aBadRateIsNamed() throws IOException {
    assertThat(problems(LIVE.replace("{alibaba: 5}", "{alibaba: fast}"), true, ALL_SET))
        .containsExactly(
            at() + "rateLimits.alibaba: must be a number of calls per second, not '\"fast\"'");
    assertThat(problems(LIVE.replace("{alibaba: 5}", "{alibaba: 0}"), true, ALL_SET))
        .containsExactly(
            at() + "rateLimits.alibaba: must be more than 0 and at most 1000 calls per second");
    assertThat(problems(LIVE.replace("{alibaba: 5}", "{tencent: 5}"), true, ALL_SET))
        .containsExactly(
            at() + "rateLimits.alibaba: missing (a live profile limits every vendor it names)");
    assertThat(problems(LIVE.replace("rateLimits: {alibaba: 5}\n", ""), true, ALL_SET))
        .containsExactly(
            at() + "rateLimits: missing (calls per second per vendor; a live profile must say)");
  }

  @Test
  void theNameKindAndVendorsAgreeWithTheFileAndTheRun() throws IOException {
    assertThat(problems(LIVE.replace("name: acme", "name: other"), true, ALL_SET))
        .containsExactly(
            at()
                + "name: 'other' differs from the file name 'acme' (reports and"
                + " expectations/<name>.yaml use the name)");
    assertThat(problems(LIVE, false, ALL_SET))
        .containsExactly(
            at() + "kind: a live profile needs -Dsts.target=live (this run targets a mock)");
    assertThat(problems(LIVE.replace("kind: live", "kind: mock"), true, ALL_SET))
        .containsExactly(at() + "kind: a mock's profile cannot be used with -Dsts.target=live");
    assertThat(problems(LIVE.replace("[alibaba]", "[alibaba, tencent]"), true, ALL_SET))
        .contains(at() + "tencent: missing (vendors lists tencent)");
    assertThat(problems(LIVE.replace("[alibaba]", "[alibaba, aws]"), true, ALL_SET))
        .containsExactly(at() + "vendors[1]: unknown vendor 'aws' (alibaba, tencent)");
  }

  @Test
  void aMissingFileOrBrokenYamlIsOneLine() throws IOException {
    assertThat(ProfileCheck.problems(dir.resolve("none.yaml"), true, ALL_SET, FAMILIES))
        .containsExactly(dir.resolve("none.yaml").toAbsolutePath() + ": no such file");
    assertThat(problems("name: [", true, ALL_SET))
        .hasSize(1)
        .allMatch(p -> p.contains("not valid YAML"));
  }
}
