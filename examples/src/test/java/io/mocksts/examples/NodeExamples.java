package io.mocksts.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node.js examples of {@code examples/node}: {@code npm ci} when {@code node_modules} is
 * missing or older than the lockfile, then one script at a time with the environment a row gives,
 * each under a timeout; a script prints one JSON line.
 */
final class NodeExamples {

  /** Longest a script may run: a hung SDK call cannot hang the build. */
  static final long SCRIPT_TIMEOUT_SECONDS = 60;

  private static final long INSTALL_TIMEOUT_SECONDS = 300;
  private static final long PROBE_TIMEOUT_SECONDS = 20;
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  /** Variables of the build's environment that would change what an example does. */
  private static final List<String> INHERITED_PREFIXES =
      List.of(
          "ALIBABA_CLOUD_",
          "ALICLOUD_",
          "TENCENTCLOUD_",
          "TKE_",
          "MOCK_STS_",
          "NODE_EXTRA_CA_CERTS",
          "NODE_OPTIONS",
          "NODE_TLS_REJECT_UNAUTHORIZED",
          "HTTP_PROXY",
          "HTTPS_PROXY",
          "ALL_PROXY");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path directory;
  private final Path logs;

  NodeExamples(Path directory, Path logs) {
    this.directory = directory;
    this.logs = logs;
  }

  /** The version {@code node --version} or {@code npm --version} prints, if the tool runs. */
  static Optional<String> toolVersion(String tool) {
    try {
      Process process =
          new ProcessBuilder(command(tool), "--version").redirectErrorStream(true).start();
      if (!process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.exitValue() == 0 ? Optional.of(out.strip()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** {@code npm ci} unless {@code node_modules} was installed from the current lockfile. */
  void installIfNeeded() throws IOException, InterruptedException {
    Path lockfile = directory.resolve("package-lock.json");
    Path installed = directory.resolve("node_modules").resolve(".package-lock.json");
    if (Files.exists(installed)
        && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lockfile))
            >= 0) {
      return;
    }
    Path log = logs.resolve("npm-ci.log");
    Process process =
        new ProcessBuilder(
                command("npm"), "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--quiet")
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(INSTALL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "npm ci in " + directory + " took more than " + INSTALL_TIMEOUT_SECONDS + " s: " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "npm ci in "
              + directory
              + " failed (exit "
              + process.exitValue()
              + "; -Dmocksts.examples.node.skip=true skips the Node.js examples):\n"
              + Files.readString(log));
    }
  }

  /**
   * Runs {@code node SCRIPT} in {@code examples/node} with {@code env} on top of the build's
   * environment (without its cloud, proxy and Node TLS variables) and returns the JSON line it
   * printed.
   */
  JsonNode run(String script, Map<String, String> env) {
    String name = script.replace('/', '-').replace(".js", "");
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command("node"), script)
              .directory(directory.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().keySet().removeIf(NodeExamples::inherited);
      builder.environment().put("NO_PROXY", "127.0.0.1,localhost");
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "node " + script + " ran longer than " + SCRIPT_TIMEOUT_SECONDS + " s: " + err);
      }
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(out)) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      if (process.exitValue() != 0 || lines.size() != 1) {
        throw new AssertionError(
            "node "
                + script
                + " exited "
                + process.exitValue()
                + " and printed "
                + lines
                + "\nstderr:\n"
                + Files.readString(err));
      }
      return JSON.readTree(lines.get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean inherited(String variable) {
    String upper = variable.toUpperCase(Locale.ROOT);
    return INHERITED_PREFIXES.stream().anyMatch(upper::startsWith);
  }

  private static String command(String tool) {
    return WINDOWS && tool.equals("npm") ? "npm.cmd" : tool;
  }
}
