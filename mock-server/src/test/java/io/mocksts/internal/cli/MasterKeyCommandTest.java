package io.mocksts.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.internal.core.MasterKeys;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code master-key}, {@code --master-key-file} and {@code MOCK_STS_MASTER_KEY_FILE}. */
class MasterKeyCommandTest {

  @TempDir Path dir;

  @Test
  void whenAKeyIsGeneratedThenOneLineWithTheIdAndThirtyTwoBytesIsPrinted() {
    StringWriter out = new StringWriter();

    int exit =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            "master-key",
            "--id",
            "k2030");

    assertThat(exit).isZero();
    String line = out.toString().strip();
    assertThat(line).startsWith("k2030:").doesNotContain("\n");
    assertThat(MasterKeys.parse(line).current().bytes()).hasSize(32);
  }

  @Test
  void whenTheKeyFileIsMissingThenOneClearLineSaysSo() {
    StringWriter err = new StringWriter();
    Path missing = dir.resolve("master-key");

    int exit =
        Main.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "--port",
            "0",
            "--master-key-file",
            missing.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("mock-sts could not start: master key file " + missing + ": no such file");
  }

  /**
   * The packaging hook: a container mounts the key from a Secret and sets {@code
   * MOCK_STS_MASTER_KEY_FILE}; the server then seals with it and says so without printing it.
   */
  @Test
  void whenTheEnvironmentNamesTheKeyFileThenTheServerUsesItAndTheBannerSaysSoWithoutTheKey()
      throws Exception {
    String line = MasterKeys.generateLine("k1");
    Path keyFile = Files.writeString(dir.resolve("master-key"), line + "\n");

    List<String> banner = serve(keyFile.toString());

    assertThat(banner)
        .anySatisfy(
            l -> assertThat(l).startsWith("master key: from " + keyFile + " (sealing with 'k1'"));
    assertThat(banner).anySatisfy(l -> assertThat(l).startsWith("signature clock: real"));
    assertThat(String.join("\n", banner)).doesNotContain(line.substring(3));
  }

  /** Starts the jar's main class in a child JVM and returns its banner, then stops it. */
  private static List<String> serve(String keyFileEnv) throws Exception {
    // The child JVM prints the banner once it listens; its environment is this test's own.
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(System.getProperty("java.home") + "/bin/java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--port",
                "0")
            .redirectErrorStream(true);
    builder.environment().remove("MOCK_STS_MASTER_KEY_FILE");
    builder.environment().remove("MOCK_STS_SIGNATURE_CLOCK");
    if (keyFileEnv != null) {
      builder.environment().put("MOCK_STS_MASTER_KEY_FILE", keyFileEnv);
    }
    Process process = builder.start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String next;
      while ((next = out.readLine()) != null) {
        lines.add(next);
        if (next.startsWith("signature clock:")) {
          break;
        }
      }
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    return lines;
  }
}
