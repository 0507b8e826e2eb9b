package io.mocksts.kit.dryrun;

import java.util.List;
import java.util.Set;

/**
 * What a scenario would do, derived from its matched step definitions and their arguments ({@link
 * PlanBuilder}): the calls it sends, the logical names it needs the target to map, and what it asks
 * of the mock's control surface.
 *
 * @param family the feature file, e.g. {@code alibaba/assume-role}
 * @param vendor the protocol the scenario speaks ({@code @tencent}: Tencent, else Alibaba)
 */
public record ScenarioPlan(
    String name,
    String family,
    String vendor,
    List<String> tags,
    List<Call> calls,
    Set<Need> needs,
    List<String> controls) {

  /** One call: the action, as whom, how many times ({@code 1}, {@code up to 25}, {@code again}). */
  public record Call(String vendor, String action, String identity, String times) {}

  /**
   * A logical name the scenario needs the target to map; {@code kind} as in {@code Profile.maps}
   * ({@code user}, {@code user-key}, {@code root}, {@code role}, {@code saml-provider}, {@code
   * oidc-provider}, {@code account}).
   */
  public record Need(String kind, String vendor, String account, String name) {

    @Override
    public String toString() {
      return switch (kind) {
        case "root" -> "root key of account \"" + account + "\"";
        case "account" -> "account \"" + account + "\"";
        case "user-key" -> "key of user \"" + name + "\" of account \"" + account + "\"";
        default -> kind + " \"" + name + "\" of account \"" + account + "\"";
      };
    }
  }
}
