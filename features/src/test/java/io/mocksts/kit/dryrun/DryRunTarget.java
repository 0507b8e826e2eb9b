package io.mocksts.kit.dryrun;

import io.mocksts.kit.target.Profile;
import io.mocksts.kit.target.ProfileFiles;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The target a run would use, described from the same system properties as {@code Targets} reads,
 * without starting or calling anything: for the dry run.
 */
record DryRunTarget(
    String name, boolean mock, Profile profile, String alibabaHost, String tencentHost) {

  static final String ALIBABA_HOST = "sts.aliyuncs.com";
  static final String TENCENT_HOST = "sts.tencentcloudapi.com";

  /** Reads the target from {@code -Dsts.target}, {@code -Dsts.profile} and {@code -Dsts.world}. */
  static DryRunTarget fromSystemProperties(UnaryOperator<String> env) {
    String target = System.getProperty("sts.target", "embedded");
    String profileName = System.getProperty("sts.profile", "");
    String world = System.getProperty("sts.world", "");
    Path fixtures = Path.of(System.getProperty("sts.fixtures", "../fixtures"));
    Path file =
        !profileName.isBlank()
            ? ProfileFiles.resolve(profileName)
            : world.isBlank() ? fixtures.resolve("world.yaml") : ProfileFiles.resolve(world);
    Profile profile = Profile.read(file, env);
    if (target.equals("live")) {
      return new DryRunTarget(
          "live",
          false,
          profile,
          hostOf(profile.endpoint("alibaba").orElse("https://" + ALIBABA_HOST)),
          hostOf(profile.endpoint("tencent").orElse("https://" + TENCENT_HOST)));
    }
    if (target.isBlank() || target.equals("embedded")) {
      String embedded = "127.0.0.1 (the embedded mock, on a free port)";
      return new DryRunTarget("embedded", true, profile, embedded, embedded);
    }
    if (target.equals("mock")) {
      String host =
          hostOf(profile.endpoint("alibaba").orElse(profile.endpoint("tencent").orElse("")));
      return new DryRunTarget("mock", true, profile, host, host);
    }
    return new DryRunTarget(target, true, profile, hostOf(target), hostOf(target));
  }

  String host(String vendor) {
    return vendor.equals("tencent") ? tencentHost : alibabaHost;
  }

  private static String hostOf(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getHost() == null
          ? url
          : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
