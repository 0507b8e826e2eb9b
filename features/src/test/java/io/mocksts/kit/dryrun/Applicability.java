package io.mocksts.kit.dryrun;

import io.mocksts.kit.target.Profile;
import io.mocksts.kit.target.ProfileSettings;
import io.mocksts.kit.target.ScenarioScope;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a target can run a scenario, and if not why: a scenario it cannot run is "not
 * applicable", not a failure. On a live target: {@code @mock-only} (the mock's control surface, its
 * bundled issuer's tokens or IdP key), {@code @mutates} (an action that creates or changes a
 * resource), {@code @load} (bursts, oversized requests) and {@code @hostile} (attack corpora) never
 * run, nor a scenario whose steps move the clock, change limits or inject faults, or call an action
 * that changes state. On any target: a vendor the profile does not serve, a scenario its {@code
 * scenarios} exclude, a logical name of the kit (the default world's) the profile does not map.
 * Against the embedded or a default mock nothing is not applicable.
 */
public final class Applicability {

  /** The prefix of a not-applicable abort's message; the reports read it, keep it exactly. */
  public static final String PREFIX = "not applicable: ";

  /** Tags a live target never runs, with why. */
  static final List<List<String>> LIVE_EXCLUDED =
      List.of(
          List.of("@mock-only", "needs the mock's control surface or its bundled test keys"),
          List.of("@mutates", "would create or change a resource of the account"),
          List.of("@load", "sends a burst of calls or oversized requests"),
          List.of("@hostile", "presents a hostile payload (an attack corpus)"));

  /** Verbs of actions that create or change a resource; STS's own actions have none. */
  private static final List<String> MUTATING =
      List.of(
          "Create", "Delete", "Update", "Put", "Attach", "Detach", "Set", "Modify", "Add", "Remove",
          "Enable", "Disable", "Reset", "Change", "Bind", "Unbind", "Tag", "Untag");

  private static Profile vocabulary;

  private Applicability() {}

  /**
   * Why the target cannot run the scenario; empty when it can.
   *
   * @param mock whether the target is a mock with the control surface
   * @param profile the target's names
   * @param plan the scenario's plan
   */
  public static Optional<String> reason(boolean mock, Profile profile, ScenarioPlan plan) {
    return reason(mock, profile, vocabulary(), plan);
  }

  static Optional<String> reason(
      boolean mock, Profile profile, Profile vocabulary, ScenarioPlan plan) {
    Collection<String> tags = plan.tags();
    ProfileSettings settings = profile.settings();
    if (!settings.serves(plan.vendor())) {
      return Optional.of(
          "the profile does not serve " + plan.vendor() + " (vendors: " + settings.vendors() + ")");
    }
    if (!mock) {
      for (List<String> excluded : LIVE_EXCLUDED) {
        if (tags.contains(excluded.get(0))) {
          return Optional.of(
              excluded.get(0) + ": " + excluded.get(1) + " (never on a live target)");
        }
      }
      if (!plan.controls().isEmpty()) {
        return Optional.of(
            "it "
                + plan.controls().get(0)
                + ", which only a mock can (the mock's control surface)");
      }
      for (ScenarioPlan.Call call : plan.calls()) {
        if (mutating(call.action())) {
          return Optional.of(
              "it calls " + call.action() + ", which would change the account (@mutates)");
        }
      }
    }
    Optional<String> scope =
        new ScenarioScope(settings.include(), settings.exclude()).refusal(plan.family(), tags);
    if (scope.isPresent()) {
      return scope;
    }
    for (ScenarioPlan.Need need : plan.needs()) {
      if (maps(vocabulary, need) && !maps(profile, need)) {
        return Optional.of("the profile maps no " + need + " (" + need.vendor() + ")");
      }
    }
    return Optional.empty();
  }

  static boolean mutating(String action) {
    return MUTATING.stream()
        .anyMatch(
            verb ->
                action.startsWith(verb)
                    && action.length() > verb.length()
                    && Character.isUpperCase(action.charAt(verb.length())));
  }

  private static boolean maps(Profile profile, ScenarioPlan.Need need) {
    return profile.maps(need.kind(), need.vendor(), need.account(), need.name());
  }

  /** The kit's logical names: those of the default world, which the scenarios are written in. */
  static synchronized Profile vocabulary() {
    if (vocabulary == null) {
      Path fixtures = Path.of(System.getProperty("sts.fixtures", "../fixtures"));
      vocabulary = Profile.read(fixtures.resolve("world.yaml"), name -> null);
    }
    return vocabulary;
  }

  /** The tags a live target never runs. */
  public static Set<String> liveExcludedTags() {
    return Set.of("@mock-only", "@mutates", "@load", "@hostile");
  }
}
