package io.mocksts.kit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mocksts.reports.RunMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run metadata of the conformance summary, best effort and never a secret: the target, the
 * kit's version (the project version in {@code pom.xml}), the git commit ("unknown" without git),
 * start time and duration, and from the target profile only its {@code name} (or its file name) and
 * each vendor's {@code region}.
 */
public final class RunInfo {

  private static final Pattern VERSION =
      Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL);
  private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

  private RunInfo() {}

  public static RunMetadata of(String target, Instant started, Instant finished) {
    String profile = System.getProperty("sts.profile", "");
    Path profileFile = profile.isBlank() ? null : Path.of(profile);
    return new RunMetadata(
        target,
        kitVersion(Path.of("pom.xml")),
        gitCommit(),
        started.truncatedTo(ChronoUnit.SECONDS).toString(),
        Duration.between(started, finished).toMillis(),
        List.of(),
        regions(profileFile, System::getenv),
        profileName(profileFile));
  }

  /** The version of the module's parent in {@code pom.xml}, or null. */
  static String kitVersion(Path pom) {
    try {
      Matcher m = VERSION.matcher(Files.readString(pom, StandardCharsets.UTF_8));
      return m.find() ? m.group(1).strip() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** {@code git rev-parse HEAD}, or null when git or the repository is not there. */
  static String gitCommit() {
    try {
      Process git =
          new ProcessBuilder("git", "rev-parse", "HEAD")
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      git.getOutputStream().close();
      if (!git.waitFor(5, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return null;
      }
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The profile's {@code name}, else its file name without {@code .yaml}; null without one. */
  static String profileName(Path file) {
    if (file == null) {
      return null;
    }
    JsonNode root = yaml(file);
    if (root != null && root.path("name").isTextual() && !root.path("name").asText().isBlank()) {
      return root.path("name").asText().strip();
    }
    return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
  }

  /** Each vendor's {@code region} in the profile, with {@code ${ENV}} references resolved. */
  static Map<String, String> regions(Path file, UnaryOperator<String> env) {
    Map<String, String> regions = new TreeMap<>();
    JsonNode root = file == null ? null : yaml(file);
    if (root == null) {
      return regions;
    }
    for (String vendor : List.of("alibaba", "tencent")) {
      JsonNode region = root.path(vendor).path("region");
      if (region.isTextual()) {
        Matcher m = ENV.matcher(region.asText());
        StringBuilder value = new StringBuilder();
        boolean resolved = true;
        while (m.find()) {
          String v = env.apply(m.group(1));
          resolved &= v != null;
          m.appendReplacement(value, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(value);
        if (resolved && !value.isEmpty()) {
          regions.put(vendor, value.toString());
        }
      }
    }
    return regions;
  }

  private static JsonNode yaml(Path file) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
