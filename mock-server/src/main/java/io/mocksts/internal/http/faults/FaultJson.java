package io.mocksts.internal.http.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The JSON form of a fault, as the admin API takes and lists it (docs/faults.md):
 *
 * <pre>{@code
 * {"vendor": "alibaba", "action": "AssumeRole", "error": "Throttling", "times": 2}
 * {"vendor": "tencent", "latency": {"distribution": "uniform", "minMs": 100, "maxMs": 900},
 *  "share": 0.5, "seed": 42}
 * {"vendor": "tencent", "network": "reset"}
 * {"vendor": "alibaba", "network": {"kind": "dribble", "chunks": 10, "durationMs": 2000}}
 * }</pre>
 *
 * Unknown fields are refused, so that a misspelt field never passes unnoticed.
 */
public final class FaultJson {

  private static final Set<String> FIELDS =
      Set.of("vendor", "action", "error", "latency", "network", "times", "share", "seed");
  private static final Set<String> LATENCY_FIELDS =
      Set.of("distribution", "ms", "minMs", "maxMs", "stddevMs");
  private static final Set<String> NETWORK_FIELDS = Set.of("kind", "chunks", "durationMs");

  private FaultJson() {}

  /**
   * Reads a fault definition.
   *
   * @throws FaultException naming the field that is missing, unknown or of the wrong form
   */
  public static FaultDefinition parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new FaultException("a fault is a JSON object (see docs/faults.md)");
    }
    unknownFields(body, FIELDS, "");
    String vendor = text(body, "vendor").orElse(null);
    Optional<String> action = text(body, "action");
    int effects =
        (body.has("error") ? 1 : 0) + (body.has("latency") ? 1 : 0) + (body.has("network") ? 1 : 0);
    if (effects != 1) {
      throw new FaultException("a fault needs exactly one of error, latency or network");
    }
    FaultDefinition.Effect effect;
    if (body.has("error")) {
      effect = new FaultDefinition.InjectedError(text(body, "error").orElse(null));
    } else if (body.has("latency")) {
      effect = latency(body.get("latency"));
    } else {
      effect = new FaultDefinition.Network(network(body.get("network")));
    }
    if (body.has("times") && body.has("share")) {
      throw new FaultException("times and share exclude each other");
    }
    FaultDefinition.Scope scope = new FaultDefinition.UntilCleared();
    if (body.has("times")) {
      long times = whole(body, "times", "times must be a whole number of at least 1");
      if (times < 1 || times > Integer.MAX_VALUE) {
        throw new FaultException("times must be a whole number of at least 1");
      }
      scope = new FaultDefinition.Times((int) times);
    } else if (body.has("share")) {
      JsonNode share = body.get("share");
      if (!share.isNumber()) {
        throw new FaultException("share must be a probability greater than 0 and at most 1");
      }
      scope = new FaultDefinition.Share(share.asDouble());
    }
    OptionalLong seed =
        body.has("seed")
            ? OptionalLong.of(whole(body, "seed", "seed must be a whole number"))
            : OptionalLong.empty();
    return new FaultDefinition(vendor, action, effect, scope, seed);
  }

  private static FaultDefinition.Latency latency(JsonNode node) {
    if (node.isIntegralNumber()) {
      return FaultDefinition.Latency.fixed(millis(node, "latency"));
    }
    if (!node.isObject()) {
      throw new FaultException(
          "latency is a number of milliseconds or {\"distribution\": \"fixed|uniform|normal\", ...}");
    }
    unknownFields(node, LATENCY_FIELDS, "latency.");
    String name = text(node, "distribution").orElse(node.has("ms") ? "fixed" : null);
    FaultDefinition.Distribution distribution = null;
    for (FaultDefinition.Distribution d : FaultDefinition.Distribution.values()) {
      if (d.wireName().equalsIgnoreCase(String.valueOf(name))) {
        distribution = d;
      }
    }
    if (distribution == null) {
      throw new FaultException(
          "latency.distribution must be fixed, uniform or normal, not " + quoted(name));
    }
    if (distribution == FaultDefinition.Distribution.FIXED) {
      if (!node.has("ms")) {
        throw new FaultException("latency: a fixed latency needs ms");
      }
      return FaultDefinition.Latency.fixed(millis(node.get("ms"), "latency.ms"));
    }
    if (!node.has("minMs") || !node.has("maxMs")) {
      throw new FaultException(
          "latency: a " + distribution.wireName() + " latency needs minMs and maxMs");
    }
    Optional<Duration> sd =
        node.has("stddevMs")
            ? Optional.of(millis(node.get("stddevMs"), "latency.stddevMs"))
            : Optional.empty();
    if (sd.isPresent() && distribution != FaultDefinition.Distribution.NORMAL) {
      throw new FaultException("latency.stddevMs applies to the normal distribution only");
    }
    return new FaultDefinition.Latency(
        distribution,
        millis(node.get("minMs"), "latency.minMs"),
        millis(node.get("maxMs"), "latency.maxMs"),
        sd);
  }

  private static NetworkFault network(JsonNode node) {
    String name;
    if (node.isTextual()) {
      name = node.asText();
    } else if (node.isObject()) {
      unknownFields(node, NETWORK_FIELDS, "network.");
      name = text(node, "kind").orElse(null);
    } else {
      throw new FaultException("network is a kind or {\"kind\": ..., ...}");
    }
    NetworkFault.Kind kind =
        NetworkFault.Kind.of(String.valueOf(name))
            .orElseThrow(
                () ->
                    new FaultException(
                        "unknown network fault "
                            + quoted(name)
                            + ": one of drop, reset, truncated, malformed, garbage, dribble"));
    if (kind != NetworkFault.Kind.DRIBBLE) {
      if (node.isObject() && (node.has("chunks") || node.has("durationMs"))) {
        throw new FaultException("network.chunks and network.durationMs apply to dribble only");
      }
      return NetworkFault.of(kind);
    }
    if (!node.isObject() || !node.has("chunks") || !node.has("durationMs")) {
      throw new FaultException("network: dribble needs chunks and durationMs");
    }
    long chunks = whole(node, "chunks", "network.chunks must be a whole number");
    if (chunks < 1 || chunks > NetworkFault.MAX_CHUNKS) {
      throw new FaultException("dribble: chunks must be between 1 and " + NetworkFault.MAX_CHUNKS);
    }
    return new NetworkFault(
        kind, (int) chunks, millis(node.get("durationMs"), "network.durationMs"));
  }

  /** The listing form of a fault. */
  public static Map<String, Object> describe(InjectedFault fault) {
    FaultDefinition def = fault.definition();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", fault.id());
    out.put("vendor", def.vendor());
    out.put("action", def.action().orElse("*"));
    FaultDefinition.Effect effect = def.effect();
    if (effect instanceof FaultDefinition.InjectedError error) {
      out.put("error", error.code());
    } else if (effect instanceof FaultDefinition.Latency latency) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("distribution", latency.distribution().wireName());
      if (latency.distribution() == FaultDefinition.Distribution.FIXED) {
        l.put("ms", latency.min().toMillis());
      } else {
        l.put("minMs", latency.min().toMillis());
        l.put("maxMs", latency.max().toMillis());
        latency.standardDeviation().ifPresent(s -> l.put("stddevMs", s.toMillis()));
      }
      out.put("latency", l);
    } else if (effect instanceof FaultDefinition.Network network) {
      NetworkFault n = network.fault();
      if (n.kind() == NetworkFault.Kind.DRIBBLE) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", n.kind().wireName());
        d.put("chunks", n.chunks());
        d.put("durationMs", n.duration().toMillis());
        out.put("network", d);
      } else {
        out.put("network", n.kind().wireName());
      }
    }
    FaultDefinition.Scope scope = def.scope();
    if (scope instanceof FaultDefinition.Times times) {
      out.put("times", times.count());
    } else if (scope instanceof FaultDefinition.Share share) {
      out.put("share", share.probability());
    }
    def.seed().ifPresent(s -> out.put("seed", s));
    out.put("matched", fault.matched());
    out.put("applied", fault.applied());
    fault.remaining().ifPresent(r -> out.put("remaining", r));
    return out;
  }

  /** The listing form of every fault. */
  public static Map<String, Object> describe(List<InjectedFault> faults) {
    return Map.of("faults", faults.stream().map(FaultJson::describe).toList());
  }

  private static void unknownFields(JsonNode node, Set<String> known, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new FaultException(
            "unknown field "
                + quoted(prefix + name)
                + ": the fields are "
                + new java.util.TreeSet<>(known));
      }
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new FaultException(field + " must be a string");
    }
    return Optional.of(value.asText());
  }

  private static long whole(JsonNode node, String field, String problem) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new FaultException(problem);
    }
    return value.asLong();
  }

  private static Duration millis(JsonNode value, String field) {
    if (value == null
        || !value.isIntegralNumber()
        || !value.canConvertToLong()
        || value.asLong() < 0) {
      throw new FaultException(field + " must be a whole number of milliseconds, at least 0");
    }
    if (value.asLong() > FaultRegistry.MAX_DELAY.toMillis()) {
      throw new FaultException(
          field
              + " is "
              + value.asLong()
              + " ms: a single delay is capped at "
              + FaultRegistry.MAX_DELAY.toMillis()
              + " ms");
    }
    return Duration.ofMillis(value.asLong());
  }

  private static String quoted(String value) {
    return value == null ? "(none)" : "\"" + value + "\"";
  }
}
