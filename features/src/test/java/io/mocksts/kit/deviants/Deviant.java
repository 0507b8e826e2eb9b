package io.mocksts.kit.deviants;

import java.util.List;

/**
 * The reference STS with one behaviour changed: a named rewrite of the answers and/or a repair of
 * the requests (a request the honest STS refuses for one reason, repaired and sent again, makes the
 * STS behave as if that one check were absent). {@code scenarios} says which scenarios of the kit
 * are run against it: feature files, narrowed by a regular expression on scenario names.
 */
record Deviant(
    String name, String layer, String changed, Scenarios scenarios, Behaviour behaviour) {

  /** What the deviant does with one request. */
  @FunctionalInterface
  interface Behaviour {
    Exchange.Response handle(Exchange.Request request, DeviantProxy.Upstream upstream);
  }

  /** Feature files (classpath resources) and a scenario-name filter ({@code null}: all). */
  record Scenarios(List<String> features, String nameFilter) {

    static Scenarios of(String nameFilter, String... features) {
      return new Scenarios(List.of(features), nameFilter);
    }

    @Override
    public String toString() {
      return String.join(", ", features) + (nameFilter == null ? "" : " /" + nameFilter + "/");
    }
  }

  Exchange.Response handle(Exchange.Request request, DeviantProxy.Upstream upstream) {
    return behaviour.handle(request, upstream);
  }

  /** The honest STS through the same proxy: the control. */
  static Deviant honest(Scenarios scenarios) {
    return new Deviant("honest", "control", "nothing", scenarios, (r, up) -> up.send(r));
  }
}
