package io.mocksts.kit.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import io.mocksts.kit.Reply;
import io.mocksts.kit.alibaba.RpcCall;
import io.mocksts.kit.target.Profile;
import io.mocksts.kit.target.StsTarget;
import io.mocksts.kit.target.Targets;
import io.mocksts.kit.tencent.ApiCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Record mode end to end: a handful of scenarios recorded through the second world's profile (the
 * honest mock, its names all different: mappings written, no secret in the log, a fidelity table
 * without differences), and a recording replayed by a plain WireMock.
 */
class RecordModeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES = Path.of(System.getProperty("sts.fixtures", "../fixtures"));
  private static final Path OUT = Path.of("target", "record-mode");

  private static final String[] FEATURES = {
    "alibaba/assume-role.feature",
    "alibaba/get-caller-identity.feature",
    "tencent/assume-role.feature",
    "tencent/get-caller-identity.feature"
  };

  /** Successes, an error naming a role, and calls made with issued temporary credentials. */
  private static final String SCENARIOS =
      "(?s).*(JSON response carries every documented field|a role that does not exist"
          + "|a RAM user learns its identity|a role session learns its identity"
          + "|the response carries every documented field|a sub-user learns its identity"
          + "|the security token of another session).*";

  @Test
  void aRecordRunThroughTheSecondWorldsProfileHasNoDifferenceAndNoSecret() throws Exception {
    Path dir = clean(OUT.resolve("second-world"));
    Path log = dir.resolve("exchanges.jsonl");
    MockSts sts =
        MockSts.start(
            MockStsOptions.defaults().withWorldFile(FIXTURES.resolve("worlds/second-world.yaml")));
    NestedRun.Outcome outcome;
    try {
      Profile profile = Profile.read(Path.of("targets", "second-world.yaml"), System::getenv);
      StsTarget target =
          new ProfiledTarget(
              Targets.mockAt("second-world", URI.create(sts.baseUrl() + "/")), profile);
      outcome = NestedRun.run(target, new Recorder.Settings(log, dir), SCENARIOS, FEATURES);
    } finally {
      sts.stop();
    }

    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.run()).isGreaterThanOrEqualTo(6);
    List<String> lines = Files.readAllLines(log);
    List<Path> mappings = files(dir.resolve("mappings"));
    assertThat(lines).isNotEmpty();
    assertThat(mappings).hasSameSizeAs(lines);
    assertThat(mappings)
        .anySatisfy(
            m -> assertThat(m.getFileName().toString()).matches("\\d{4}-alibaba-AssumeRole\\.json"))
        .anySatisfy(
            m ->
                assertThat(m.getFileName().toString())
                    .matches("\\d{4}-tencent-GetCallerIdentity\\.json"));

    JsonNode fidelity = JSON.readTree(dir.resolve("fidelity.json").toFile());
    assertThat(fidelity.get("compared").asInt()).isEqualTo(lines.size());
    assertThat(fidelity.get("differing").asInt())
        .as("differences: %s", fidelity.get("scenarios"))
        .isZero();
    assertThat(Files.readString(dir.resolve("fidelity.md"))).contains("No differences.");

    String written = String.join("\n", lines);
    for (Path mapping : mappings) {
      written += Files.readString(mapping);
    }
    List<String> secrets = new ArrayList<>(secrets(Path.of("targets", "second-world.yaml")));
    secrets.addAll(secrets(FIXTURES.resolve("world.yaml")));
    assertThat(secrets).hasSizeGreaterThan(10);
    for (String secret : secrets) {
      assertThat(written).as("a world secret in the log").doesNotContain(secret);
    }
    assertThat(written)
        .contains("\\\"AccessKeySecret\\\":\\\"***\\\"")
        .contains("\\\"TmpSecretKey\\\":\\\"***\\\"")
        .doesNotContainPattern(
            "\\\\\"(AccessKeySecret|SecurityToken|TmpSecretKey|Token)\\\\\":\\\\\"[^*]");
  }

  @Test
  void aPlainWireMockReplaysTheRecording() throws Exception {
    Path dir = clean(OUT.resolve("replay"));
    MockSts sts = MockSts.start();
    try {
      NestedRun.run(
          Targets.mockAt("embedded-for-replay", URI.create(sts.baseUrl() + "/")),
          new Recorder.Settings(dir.resolve("exchanges.jsonl"), dir),
          "a RAM user learns its identity|a sub-user learns its identity",
          "alibaba/get-caller-identity.feature",
          "tencent/get-caller-identity.feature");
    } finally {
      sts.stop();
    }
    JsonNode alibaba = mapping(dir, "alibaba-GetCallerIdentity");
    JsonNode tencent = mapping(dir, "tencent-GetCallerIdentity");

    WireMockServer wiremock =
        new WireMockServer(
            WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .usingFilesUnderDirectory(dir.toString()));
    wiremock.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + wiremock.port() + "/");
      // a new nonce, timestamp and signature: the recording matches on the action only
      Reply fromAlibaba =
          new RpcCall()
              .action("GetCallerIdentity")
              .credentials("LTAI5tMockAliceAccessKey", "MockAliceAccessKeySecret000001", null)
              .send(base, Instant.now())
              .response();
      Reply fromTencent =
          new ApiCall()
              .action("GetCallerIdentity")
              .credentials(
                  "AKIDMockAliceSecretId000000000000001", "MockAliceSecretKey00000000000001", null)
              .send(base, Instant.now())
              .response();

      assertThat(fromAlibaba.status()).isEqualTo(alibaba.at("/response/status").asInt());
      assertThat(fromAlibaba.body()).isEqualTo(alibaba.at("/response/body").asText());
      assertThat(fromAlibaba.field("Arn")).contains("acs:ram::1234567890123456:user/alice");
      assertThat(fromTencent.status()).isEqualTo(tencent.at("/response/status").asInt());
      assertThat(fromTencent.body()).isEqualTo(tencent.at("/response/body").asText());
    } finally {
      wiremock.stop();
    }
  }

  private static JsonNode mapping(Path dir, String suffix) throws IOException {
    Path file =
        files(dir.resolve("mappings")).stream()
            .filter(p -> p.getFileName().toString().endsWith(suffix + ".json"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mapping *-" + suffix + ".json in " + dir));
    return JSON.readTree(file.toFile());
  }

  /** Every {@code secret:} of a world file. */
  private static List<String> secrets(Path world) throws IOException {
    List<String> out = new ArrayList<>();
    collect(new ObjectMapper(new YAMLFactory()).readTree(world.toFile()), out);
    return out;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isObject() && node.hasNonNull("secret")) {
      out.add(node.get("secret").asText());
    }
    node.elements().forEachRemaining(child -> collect(child, out));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  static Path clean(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> all = Files.walk(dir)) {
          for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
