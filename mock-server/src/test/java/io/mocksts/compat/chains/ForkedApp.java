package io.mocksts.compat.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an "unchanged application" in a JVM of its own: a probe class from the test class path that
 * calls one of the vendors' provider classes exactly as an application would, with the environment
 * variables and JVM properties the chain reads. The child's environment holds none of the parent's
 * vendor variables, its {@code user.home} is an empty directory (no CLI or SDK profile), and the
 * fixed metadata addresses reach the mock through the JDK's standard {@code http.proxyHost} and
 * {@code http.proxyPort}. The probe prints {@code probe.name=value} lines; a child that fails or
 * prints none fails the test with the child's output.
 */
public final class ForkedApp {

  private static final List<String> VENDOR_PREFIXES =
      List.of("ALIBABA_CLOUD_", "ALICLOUD_", "TENCENTCLOUD_", "TKE_");

  private final Map<String, String> environment = new LinkedHashMap<>();
  private final List<String> properties = new ArrayList<>();

  /** Sets an environment variable of the child. */
  public ForkedApp env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Sets a system property of the child ({@code -Dname=value}). */
  public ForkedApp property(String name, String value) {
    properties.add("-D" + name + "=" + value);
    return this;
  }

  /** Sends the child's plain-HTTP requests for hosts beyond loopback to {@code 127.0.0.1:port}. */
  public ForkedApp httpProxy(int port) {
    return property("http.proxyHost", "127.0.0.1").property("http.proxyPort", "" + port);
  }

  /** Runs {@code probe}'s {@code main} and answers its {@code probe.name=value} lines. */
  public Map<String, String> run(Class<?> probe, String... args)
      throws IOException, InterruptedException {
    String text = output(probe.getName(), args);
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      int eq = line.indexOf('=');
      if (line.startsWith("probe.") && eq > 0) {
        values.put(line.substring("probe.".length(), eq), line.substring(eq + 1));
      }
    }
    assertThat(values).as("what the application printed:\n" + text).isNotEmpty();
    return values;
  }

  /**
   * Runs a main class of the class path, e.g. {@code io.mocksts.internal.cli.Main} (what {@code
   * mock-sts.jar} runs), and answers what it printed; it must exit with 0 within 90 seconds.
   */
  public String output(String mainClass, String... args) throws IOException, InterruptedException {
    Path home = Files.createTempDirectory("mock-sts-app-home");
    Path output = Files.createTempFile("mock-sts-app", ".out");
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Duser.home=" + home);
      command.addAll(properties);
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(mainClass);
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().keySet().removeIf(ForkedApp::vendorVariable);
      builder.environment().put("HOME", home.toString());
      builder.environment().putAll(environment);
      builder.redirectErrorStream(true);
      builder.redirectOutput(output.toFile());
      Process process = builder.start();
      boolean finished = process.waitFor(90, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(finished).as("the application finished within 90 s:\n" + text).isTrue();
      assertThat(process.exitValue()).as("the application's exit code:\n" + text).isZero();
      return text;
    } finally {
      Files.deleteIfExists(output);
      Files.deleteIfExists(home);
    }
  }

  private static boolean vendorVariable(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return VENDOR_PREFIXES.stream().anyMatch(upper::startsWith);
  }
}
