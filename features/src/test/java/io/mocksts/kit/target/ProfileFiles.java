package io.mocksts.kit.target;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files named on the command line ({@code -Dsts.profile}, {@code -Dsts.world}). */
public final class ProfileFiles {

  private ProfileFiles() {}

  /**
   * A file as given, or else relative to the repository root (Maven runs the kit in {@code
   * features/}).
   */
  public static Path resolve(String name) {
    Path path = Path.of(name);
    Path fromRoot = Path.of("..").resolve(name);
    return path.isAbsolute() || Files.exists(path) || !Files.exists(fromRoot) ? path : fromRoot;
  }
}
