package io.mocksts.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a summary says about the run itself. Never a secret: the profile is named, not copied.
 *
 * @param target what the scenarios ran against ("embedded", a URL, "live")
 * @param kitVersion the kit's version (the project version), or "unknown"
 * @param gitCommit the commit of the kit's sources, or "unknown" without git
 * @param startedAt ISO-8601 instant the run started
 * @param durationMillis how long the run took, or null when unknown
 * @param vendors the vendors whose scenarios ran; computed from the scenarios when empty
 * @param regions the region per vendor the profile names (empty for a mock)
 * @param profile the target profile's name, or null without a profile
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunMetadata(
    String target,
    String kitVersion,
    String gitCommit,
    String startedAt,
    Long durationMillis,
    List<String> vendors,
    Map<String, String> regions,
    String profile) {

  public RunMetadata {
    kitVersion = kitVersion == null || kitVersion.isBlank() ? "unknown" : kitVersion;
    gitCommit = gitCommit == null || gitCommit.isBlank() ? "unknown" : gitCommit;
    vendors = vendors == null ? List.of() : List.copyOf(vendors);
    regions =
        regions == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(regions));
  }

  /** Only a target and a start time: what a report rendered from a shell knows. */
  public static RunMetadata of(String target, String startedAt) {
    return new RunMetadata(target, null, null, startedAt, null, List.of(), Map.of(), null);
  }

  RunMetadata withVendors(List<String> computed) {
    return vendors.isEmpty()
        ? new RunMetadata(
            target, kitVersion, gitCommit, startedAt, durationMillis, computed, regions, profile)
        : this;
  }
}
