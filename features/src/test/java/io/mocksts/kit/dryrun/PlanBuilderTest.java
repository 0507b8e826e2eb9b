package io.mocksts.kit.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.mocksts.kit.steps.ScenarioState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {

  private static PlanBuilder.Step step(String definition, String... arguments) {
    return new PlanBuilder.Step(definition, List.of(arguments), "", List.of());
  }

  @Test
  void theCallsComeFromTheMatchedStepDefinitionsAndTheirArguments() {
    ScenarioPlan plan =
        PlanBuilder.plan(
            "a session learns its identity",
            "classpath:tencent/get-caller-identity.feature",
            List.of("@tencent"),
            List.of(
                step("TencentCallerSteps.camUser", "alice", "main"),
                step("CallerSteps.hasAssumedRole", "mock-role", "s1"),
                step("RequestSteps.callsRepeatedly", "GetCallerIdentity", "5"),
                step("ResponseSteps.succeeds")));

    assertThat(plan.family()).isEqualTo("tencent/get-caller-identity");
    assertThat(plan.vendor()).isEqualTo("tencent");
    assertThat(plan.calls())
        .containsExactly(
            new ScenarioPlan.Call("tencent", "AssumeRole", "CAM user alice of main", "1"),
            new ScenarioPlan.Call(
                "tencent", "GetCallerIdentity", "session s1 of role mock-role", "up to 5"));
    assertThat(plan.needs())
        .containsExactlyInAnyOrder(
            new ScenarioPlan.Need("user-key", "tencent", "main", "alice"),
            new ScenarioPlan.Need("role", "tencent", "main", "mock-role"));
    assertThat(plan.controls()).isEmpty();
  }

  @Test
  void placeholdersInTheStepTextAndTablesNameWhatTheScenarioNeeds() {
    ScenarioPlan plan =
        PlanBuilder.plan(
            "s",
            "classpath:alibaba/assume-role.feature",
            List.of(),
            List.of(
                new PlanBuilder.Step(
                    "RequestSteps.callsWith",
                    List.of("AssumeRole"),
                    "the caller calls AssumeRole with:",
                    List.of(
                        "RoleArn",
                        "${role-arn:other/mock-role}",
                        "X",
                        "${user:bob} ${secret-id:root} ${a*64} ${saml-provider-arn:mock-broken-idp}"))));

    assertThat(plan.calls())
        .containsExactly(
            new ScenarioPlan.Call("alibaba", "AssumeRole", "anonymous (no caller)", "1"));
    assertThat(plan.needs())
        .containsExactlyInAnyOrder(
            new ScenarioPlan.Need("role", "alibaba", "other", "mock-role"),
            new ScenarioPlan.Need("user", "alibaba", "main", "bob"),
            new ScenarioPlan.Need("root", "alibaba", "main", ""),
            new ScenarioPlan.Need("saml-provider", "alibaba", "main", "mock-broken-idp"));
  }

  @Test
  void theMocksControlSurfaceIsRecordedAsSuch() {
    ScenarioPlan plan =
        PlanBuilder.plan(
            "s",
            "classpath:alibaba/get-caller-identity.feature",
            List.of(),
            List.of(
                step("MockControlSteps.advance", "3601"),
                step("FaultSteps.inject", "2", "AssumeRole", "Throttling")));

    assertThat(plan.controls())
        .containsExactly(
            "moves the target's clock forward 3601 seconds",
            "injects the error Throttling into the next 2 AssumeRole");
  }

  @Test
  void aCucumberCodeLocationNamesItsClassAndMethod() {
    assertThat(
            PlanBuilder.definition(
                "io.mocksts.kit.steps.RequestSteps.calls(io.mocksts.kit.steps.ParameterTypes$Action)"))
        .isEqualTo("RequestSteps.calls");
  }

  /**
   * Every step definition that reaches {@code ScenarioState.call} or {@code resend}, directly or
   * through its class's own helpers, is one {@link PlanBuilder#SENDING} lists, and nothing else is:
   * a new step that sends a call cannot be left out of the dry run.
   */
  @Test
  void everyStepThatSendsACallIsInTheCatalogue() {
    JavaClasses steps = new ClassFileImporter().importPackages("io.mocksts.kit.steps");
    Set<String> sending = new TreeSet<>();
    for (JavaClass type : steps) {
      for (JavaMethod method : type.getMethods()) {
        boolean step =
            method.isAnnotatedWith(Given.class)
                || method.isAnnotatedWith(When.class)
                || method.isAnnotatedWith(Then.class);
        if (step && sends(method, new HashSet<>())) {
          sending.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(sending).isEqualTo(new TreeSet<>(PlanBuilder.SENDING));
  }

  private static boolean sends(JavaMethod method, Set<JavaMethod> seen) {
    if (!seen.add(method)) {
      return false;
    }
    for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
      String owner = call.getTargetOwner().getFullName();
      String name = call.getName();
      if (owner.equals(ScenarioState.class.getName())
          && (name.equals("call") || name.equals("resend"))) {
        return true;
      }
      if (owner.equals(method.getOwner().getFullName())) {
        for (JavaMethod target : call.getTarget().resolveMember().stream().toList()) {
          if (sends(target, seen)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
