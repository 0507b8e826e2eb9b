package io.mocksts.kit.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.kit.target.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicabilityTest {

  private static final Path FIXTURES = Path.of(System.getProperty("sts.fixtures", "../fixtures"));
  private static final Profile WORLD = Profile.read(FIXTURES.resolve("world.yaml"), n -> null);

  @TempDir Path dir;

  private static ScenarioPlan plan(String uri, List<String> tags, PlanBuilder.Step... steps) {
    return PlanBuilder.plan("s", uri, tags, List.of(steps));
  }

  private static PlanBuilder.Step step(String definition, String... arguments) {
    return new PlanBuilder.Step(definition, List.of(arguments), "", List.of());
  }

  private Profile profile(String yaml) throws IOException {
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, yaml);
    return Profile.read(file, n -> "x");
  }

  private static final String LIVE =
      """
      name: p
      kind: live
      vendors: [alibaba]
      rateLimits: {alibaba: 5}
      scenarios:
        exclude: [alibaba/request-signing, "@doc-alibaba-4.1-policy"]
      alibaba:
        endpoint: https://sts.cn-hangzhou.aliyuncs.com
        region: cn-hangzhou
        accounts:
          - alias: main
            id: "1"
            users:
              - {name: kit-alice, as: alice, accessKeys: [{id: a, secret: b}]}
            roles:
              - {name: kit-role, as: mock-role}
      """;

  @Test
  void againstTheDefaultMockNothingIsNotApplicable() {
    ScenarioPlan everything =
        plan(
            "classpath:alibaba/assume-role.feature",
            List.of("@alibaba", "@mock-only", "@load", "@hostile", "@mutates"),
            step("CallerSteps.ramUser", "bob", "main"),
            step("MockControlSteps.advance", "3601"),
            step("RequestSteps.assumesOf", "mock-foreign-role", "main"),
            step("RequestSteps.calls", "DeleteRole"));

    assertThat(Applicability.reason(true, WORLD, WORLD, everything)).isEmpty();
  }

  @Test
  void aLiveTargetNeverRunsTheTagsOfTheControlSurfaceLoadHostilityOrChange() throws IOException {
    Profile live = profile(LIVE);
    for (String tag : List.of("@mock-only", "@mutates", "@load", "@hostile")) {
      assertThat(
              Applicability.reason(
                  false, live, WORLD, plan("classpath:alibaba/assume-role.feature", List.of(tag))))
          .get()
          .asString()
          .startsWith(tag + ": ")
          .endsWith("(never on a live target)");
    }
  }

  @Test
  void stepsThatUseTheControlSurfaceOrChangeTheAccountAreNotApplicableLiveWhateverTheirTags()
      throws IOException {
    Profile live = profile(LIVE);
    assertThat(
            Applicability.reason(
                false,
                live,
                WORLD,
                plan(
                    "classpath:alibaba/assume-role.feature",
                    List.of(),
                    step("FaultSteps.injectOnce", "AssumeRole", "Throttling"))))
        .contains(
            "it injects the error Throttling into the next AssumeRole call, which only a mock can"
                + " (the mock's control surface)");
    assertThat(
            Applicability.reason(
                false,
                live,
                WORLD,
                plan(
                    "classpath:alibaba/assume-role.feature",
                    List.of(),
                    step("RequestSteps.calls", "CreateRole"))))
        .contains("it calls CreateRole, which would change the account (@mutates)");
    assertThat(Applicability.mutating("GetCallerIdentity")).isFalse();
    assertThat(Applicability.mutating("Settle")).isFalse();
  }

  @Test
  void aVendorFamilyOrTagTheProfileDoesNotAllowIsNotApplicable() throws IOException {
    Profile live = profile(LIVE);
    assertThat(
            Applicability.reason(
                false,
                live,
                WORLD,
                plan("classpath:tencent/assume-role.feature", List.of("@tencent"))))
        .contains("the profile does not serve tencent (vendors: [alibaba])");
    assertThat(
            Applicability.reason(
                false, live, WORLD, plan("classpath:alibaba/request-signing.feature", List.of())))
        .contains("excluded by the profile (scenarios.exclude: alibaba/request-signing)");
    assertThat(
            Applicability.reason(
                false,
                live,
                WORLD,
                plan("classpath:alibaba/assume-role.feature", List.of("@doc-alibaba-4.1-policy"))))
        .contains("excluded by the profile (scenarios.exclude: @doc-alibaba-4.1-policy)");
  }

  @Test
  void aLogicalNameTheProfileDoesNotMapIsNotApplicableButANameOutsideTheKitsVocabularyRuns()
      throws IOException {
    Profile live = profile(LIVE);
    String uri = "classpath:alibaba/assume-role.feature";

    assertThat(
            Applicability.reason(
                false,
                live,
                WORLD,
                plan(uri, List.of(), step("CallerSteps.ramUser", "bob", "main"))))
        .contains("the profile maps no key of user \"bob\" of account \"main\" (alibaba)");
    assertThat(
            Applicability.reason(
                false, live, WORLD, plan(uri, List.of(), step("CallerSteps.root", "main"))))
        .contains("the profile maps no root key of account \"main\" (alibaba)");
    assertThat(
            Applicability.reason(
                false,
                live,
                WORLD,
                plan(
                    uri,
                    List.of(),
                    new PlanBuilder.Step(
                        "RequestSteps.callsWith",
                        List.of("AssumeRole"),
                        "the caller calls AssumeRole with:",
                        List.of("RoleArn", "${role-arn:mock-long-role}")))))
        .contains("the profile maps no role \"mock-long-role\" of account \"main\" (alibaba)");
    assertThat(
            Applicability.reason(
                false,
                live,
                WORLD,
                plan(
                    uri,
                    List.of(),
                    step("CallerSteps.ramUser", "alice", "main"),
                    step("RequestSteps.assumes", "mock-role", "s1"),
                    step("RequestSteps.assumes", "no-such-role", "s2"))))
        .isEmpty();
  }
}
