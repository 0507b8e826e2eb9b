package io.mocksts.kit.target;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a target profile says about the run besides names and keys (docs/live-setup.md): its {@code
 * name} (reports, {@code expectations/<name>.yaml}), its {@code kind} ({@code live} or {@code
 * mock}), the {@code vendors} it serves, the {@code scenarios} it allows ({@code include} and
 * {@code exclude}: families such as {@code alibaba/assume-role}, or tag expressions such as {@code
 * @doc-alibaba-4.1-policy}) and the {@code rateLimits} the kit keeps to (calls per second per
 * vendor). A world file has none of these: every vendor, every scenario, no pacing.
 *
 * <p>Read after {@link ProfileCheck} has accepted the file, so it does not validate again.
 */
public record ProfileSettings(
    Optional<String> name,
    Optional<String> kind,
    List<String> vendors,
    List<String> include,
    List<String> exclude,
    Map<String, Double> rateLimits) {

  /** A world file used as a profile: nothing restricted. */
  public static ProfileSettings none() {
    return new ProfileSettings(
        Optional.empty(),
        Optional.empty(),
        List.of("alibaba", "tencent"),
        List.of(),
        List.of(),
        Map.of());
  }

  static ProfileSettings of(JsonNode root) {
    if (!root.has("name") && !root.has("kind") && !root.has("vendors")) {
      return none();
    }
    List<String> vendors = strings(root.path("vendors"));
    Map<String, Double> rates = new LinkedHashMap<>();
    root.path("rateLimits")
        .fields()
        .forEachRemaining(e -> rates.put(e.getKey(), e.getValue().asDouble()));
    return new ProfileSettings(
        Optional.ofNullable(root.path("name").textValue()),
        Optional.ofNullable(root.path("kind").textValue()),
        vendors.isEmpty() ? List.of("alibaba", "tencent") : vendors,
        strings(root.path("scenarios").path("include")),
        strings(root.path("scenarios").path("exclude")),
        Map.copyOf(rates));
  }

  /** Whether the profile targets the vendor. */
  public boolean serves(String vendor) {
    return vendors.contains(vendor);
  }

  /** The calls per second the kit may send to the vendor's endpoint, if the profile limits them. */
  public Optional<Double> rateLimit(String vendor) {
    return Optional.ofNullable(rateLimits.get(vendor));
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(item -> out.add(item.asText()));
    return List.copyOf(out);
  }
}
