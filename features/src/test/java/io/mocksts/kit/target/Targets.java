package io.mocksts.kit.target;

import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import java.net.URI;
import java.nio.file.Path;

/**
 * Chooses the target once per JVM from system properties (docs/architecture.md, rule 9):
 *
 * <ul>
 *   <li>{@code -Dsts.target=embedded} (default): the reference STS, started in-process on a free
 *       port with the bundled world, or with the world file {@code -Dsts.world=FILE};
 *   <li>{@code -Dsts.target=http://host:port}: a running mock, with the world in {@code
 *       -Dsts.world=FILE} (default: the bundled {@code fixtures/world.yaml});
 *   <li>{@code -Dsts.target=live -Dsts.profile=FILE}: a real cloud; the profile (world format) maps
 *       logical names and reads secrets from {@code ${ENV}} references;
 *   <li>{@code -Dsts.target=mock -Dsts.profile=FILE}: a running mock at the endpoint the profile
 *       names.
 * </ul>
 *
 * <p>A profile is validated ({@link ProfileCheck}) before anything is sent.
 *
 * <p>For a mock (embedded or running), {@code -Dsts.profile=FILE} maps the logical names through
 * that profile instead of reading them from the world file (e.g. {@code
 * features/targets/second-world.yaml} for {@code fixtures/worlds/second-world.yaml}).
 */
public final class Targets {

  private static StsTarget current;
  private static StsTarget override;

  private Targets() {}

  /** The target of this run, created on first use. */
  public static synchronized StsTarget current() {
    if (override != null) {
      return override;
    }
    if (current == null) {
      current = create(System.getProperty("sts.target", "embedded"));
    }
    return current;
  }

  /**
   * Runs {@code run} (a nested run of scenarios) with {@link #current()} answering {@code target},
   * then puts the run's own target back; the deviant endpoints ({@code kit.deviants}) use it.
   */
  public static void runAgainst(StsTarget target, Runnable run) {
    synchronized (Targets.class) {
      override = target;
    }
    try {
      run.run();
    } finally {
      synchronized (Targets.class) {
        override = null;
      }
    }
  }

  /** A mock reachable at {@code base}, serving the bundled world (or {@code -Dsts.world}). */
  public static StsTarget mockAt(String name, URI base) {
    Path fixtures = Path.of(System.getProperty("sts.fixtures", "../fixtures"));
    return new MockTarget(name, base, worldProfile(fixtures));
  }

  private static StsTarget create(String target) {
    Path fixtures = Path.of(System.getProperty("sts.fixtures", "../fixtures"));
    if (target.isBlank() || target.equals("embedded")) {
      String world = System.getProperty("sts.world", "");
      MockSts sts =
          world.isBlank()
              ? MockSts.start()
              : MockSts.start(MockStsOptions.defaults().withWorldFile(file(world)));
      Runtime.getRuntime().addShutdownHook(new Thread(sts::stop, "kit-embedded-mock-stop"));
      return new MockTarget("embedded", URI.create(sts.baseUrl() + "/"), worldProfile(fixtures));
    }
    if (target.equals("live")) {
      String profile = System.getProperty("sts.profile", "");
      if (profile.isBlank()) {
        throw new IllegalStateException("-Dsts.target=live needs -Dsts.profile=FILE");
      }
      ProfileCheck.require(file(profile), true, System::getenv, ScenarioScope.knownFamilies());
      return new LiveTarget(Profile.read(file(profile), System::getenv));
    }
    if (target.equals("mock")) {
      // a running mock at the endpoint its profile names (e.g. features/targets/running-mock.yaml)
      Profile profile = worldProfile(fixtures);
      String endpoint =
          profile.endpoint("alibaba").or(() -> profile.endpoint("tencent")).orElseThrow();
      return new MockTarget(endpoint, URI.create(endpoint.replaceFirst("/?$", "/")), profile);
    }
    URI base = URI.create(target.endsWith("/") ? target : target + "/");
    return new MockTarget(target, base, worldProfile(fixtures));
  }

  private static Profile worldProfile(Path fixtures) {
    String profile = System.getProperty("sts.profile", "");
    if (!profile.isBlank()) {
      ProfileCheck.require(file(profile), false, System::getenv, ScenarioScope.knownFamilies());
      return Profile.read(file(profile), System::getenv);
    }
    String world = System.getProperty("sts.world", "");
    Path file = world.isBlank() ? fixtures.resolve("world.yaml") : Path.of(world);
    return Profile.read(file, System::getenv);
  }

  /**
   * A file named on the command line: as given, or else relative to the repository root (Maven runs
   * this module in {@code features/}).
   */
  private static Path file(String name) {
    Path path = Path.of(name);
    Path fromRoot = Path.of("..").resolve(name);
    return path.isAbsolute()
            || java.nio.file.Files.exists(path)
            || !java.nio.file.Files.exists(fromRoot)
        ? path
        : fromRoot;
  }
}
