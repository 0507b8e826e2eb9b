package io.mocksts.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The fleet packaging (mock-server/Dockerfile, deploy/kubernetes/*.yaml, deploy/compose.yaml),
 * checked where it can be without an image build or a cluster: every manifest parses; the image's
 * entrypoint, the health check and every container's extra arguments are accepted by the CLI's own
 * parser (nothing is started); the probes ask {@code /__admin/health} on the port the entrypoint
 * serves; the environment variables are ones the CLI reads; the master key is mounted where {@code
 * MOCK_STS_MASTER_KEY_FILE} points; there are several replicas, none running as root, with a memory
 * limit above the image's heap.
 */
class DeploymentFilesTest {

  private static final Path DOCKERFILE = Path.of("Dockerfile");
  private static final Path DEPLOY = Path.of("..", "deploy");
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /**
   * Variables the manifests set that the CLI of this branch does not read yet: the master key comes
   * with {@code --master-key-file} (issue 13, replicas). Empty once that option is merged.
   */
  private static final Set<String> READ_ONCE_MERGED = Set.of("MOCK_STS_MASTER_KEY_FILE");

  private static final String HEALTH = "/__admin/health";

  /** The image as written: its instructions, continuation lines joined. */
  private static Map<String, String> dockerfile() throws IOException {
    String text = Files.readString(DOCKERFILE, StandardCharsets.UTF_8).replace("\\\n", " ");
    Map<String, String> instructions = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\s+", 2);
      instructions.merge(parts[0], parts.length > 1 ? parts[1] : "", (a, b) -> a + "\n" + b);
    }
    return instructions;
  }

  private static List<String> execForm(String json) throws IOException {
    List<String> words = new ArrayList<>();
    JSON.readTree(json).forEach(w -> words.add(w.asText()));
    return words;
  }

  /** The words after {@code -jar <the jar>}: what the CLI parses. */
  private static List<String> cliArguments(List<String> command) {
    int jar = command.indexOf("-jar");
    assertThat(jar).as("%s runs the jar", command).isNotNegative();
    assertThat(command.get(jar + 1)).endsWith("mock-sts.jar");
    return new ArrayList<>(command.subList(jar + 2, command.size()));
  }

  private static List<String> entrypoint() throws IOException {
    return execForm(dockerfile().get("ENTRYPOINT"));
  }

  private static List<String> healthCheck() throws IOException {
    String healthcheck = dockerfile().get("HEALTHCHECK");
    return execForm(healthcheck.substring(healthcheck.indexOf("CMD") + 3).strip());
  }

  /**
   * Parses arguments with the serve command's spec, as {@code java -jar} would, starting nothing.
   */
  private static ParseResult parse(List<String> arguments) {
    return Main.command().parseArgs(arguments.toArray(String[]::new));
  }

  private static int servedPort(ParseResult result) {
    return result.hasMatchedOption("--port") ? result.matchedOptionValue("--port", -1) : 8080;
  }

  /** The variables the CLI reads: the {@code ${env:NAME}} defaults of its options. */
  private static Set<String> variablesTheCliReads() {
    Set<String> names = new TreeSet<>();
    Pattern env = Pattern.compile("\\$\\{env:([A-Z0-9_]+)}");
    for (CommandLine command : allCommands(Main.command())) {
      for (Field field : command.getCommandSpec().userObject().getClass().getDeclaredFields()) {
        CommandLine.Option option = field.getAnnotation(CommandLine.Option.class);
        if (option != null) {
          Matcher m = env.matcher(option.defaultValue());
          while (m.find()) {
            names.add(m.group(1));
          }
        }
      }
    }
    return names;
  }

  private static List<CommandLine> allCommands(CommandLine root) {
    List<CommandLine> all = new ArrayList<>(List.of(root));
    root.getSubcommands().values().forEach(sub -> all.addAll(allCommands(sub)));
    return all;
  }

  private static List<Path> kubernetesManifests() throws IOException {
    try (Stream<Path> files = Files.list(DEPLOY.resolve("kubernetes"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** Every document of every Kubernetes manifest, by kind. */
  private static Map<String, List<JsonNode>> kubernetesDocuments() throws IOException {
    Map<String, List<JsonNode>> byKind = new HashMap<>();
    for (Path file : kubernetesManifests()) {
      try (var parser = new YAMLFactory().createParser(file.toFile())) {
        for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
          JsonNode doc = it.next();
          byKind.computeIfAbsent(doc.path("kind").asText(), k -> new ArrayList<>()).add(doc);
        }
      }
    }
    return byKind;
  }

  private static JsonNode deployment() throws IOException {
    List<JsonNode> deployments = kubernetesDocuments().get("Deployment");
    assertThat(deployments).hasSize(1);
    return deployments.get(0);
  }

  private static JsonNode container(JsonNode deployment) {
    JsonNode containers = deployment.at("/spec/template/spec/containers");
    assertThat(containers.size()).isEqualTo(1);
    return containers.get(0);
  }

  private static List<String> words(JsonNode array) {
    List<String> words = new ArrayList<>();
    array.forEach(w -> words.add(w.asText()));
    return words;
  }

  private static long mebibytes(String quantity) {
    Matcher m = Pattern.compile("(\\d+)(Mi|Gi|m|g)").matcher(quantity.strip());
    assertThat(m.matches()).as(quantity).isTrue();
    long n = Long.parseLong(m.group(1));
    return m.group(2).equalsIgnoreCase("g") || m.group(2).equals("Gi") ? n * 1024 : n;
  }

  @Test
  void whenTheImageStartsThenTheCliAcceptsItsEntrypointAndServesBeyondLoopbackOnTheExposedPort()
      throws IOException {
    Map<String, String> image = dockerfile();
    ParseResult serve = parse(cliArguments(entrypoint()));

    assertThat(serve.matchedOptionValue("--bind", "127.0.0.1")).isEqualTo("0.0.0.0");
    assertThat(servedPort(serve)).isEqualTo(Integer.parseInt(image.get("EXPOSE").strip()));
    assertThat(image).doesNotContainKey("CMD");
    assertThat(image.get("USER")).matches("[1-9][0-9]*(:[1-9][0-9]*)?");
  }

  @Test
  void whenTheImageChecksItsHealthThenTheHealthCommandAsksTheServedPort() throws IOException {
    ParseResult check = parse(cliArguments(healthCheck()));

    assertThat(check.subcommand()).isNotNull();
    assertThat(check.subcommand().commandSpec().name()).isEqualTo("health");
    assertThat(check.subcommand().matchedOptionValue("--port", 8080))
        .isEqualTo(servedPort(parse(cliArguments(entrypoint()))));
  }

  @Test
  void whenTheImageFixesItsHeapThenItIsTheLaunchersBound() throws IOException {
    String launcher = Files.readString(Path.of("bin", "mock-sts"), StandardCharsets.UTF_8);
    Matcher launcherHeap = Pattern.compile("-Xmx(\\d+[mg])").matcher(launcher);
    assertThat(launcherHeap.find()).isTrue();

    assertThat(entrypoint())
        .contains("-Xmx" + launcherHeap.group(1), "-Xms" + launcherHeap.group(1));
  }

  @Test
  void whenTheManifestsAreReadThenEveryOneParsesAndNamesItsKind() throws IOException {
    assertThat(kubernetesManifests()).isNotEmpty();
    Map<String, List<JsonNode>> documents = kubernetesDocuments();

    assertThat(documents).containsKeys("Deployment", "Service", "Kustomization");
    JsonNode kustomization = documents.get("Kustomization").get(0);
    for (JsonNode resource : kustomization.get("resources")) {
      assertThat(DEPLOY.resolve("kubernetes").resolve(resource.asText())).exists();
    }
  }

  @Test
  void whenTheDeploymentRunsThenSeveralNonRootReplicasWithAReadOnlyRootAndAWritableTmp()
      throws IOException {
    JsonNode deployment = deployment();
    JsonNode pod = deployment.at("/spec/template/spec");
    JsonNode container = container(deployment);

    assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThan(1);
    assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
    assertThat(pod.at("/securityContext/runAsUser").asInt()).isPositive();
    assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
    String tmpVolume = null;
    for (JsonNode mount : container.get("volumeMounts")) {
      if (mount.get("mountPath").asText().equals("/tmp")) {
        tmpVolume = mount.get("name").asText();
      }
    }
    assertThat(tmpVolume).as("a volume at /tmp").isNotNull();
    for (JsonNode volume : pod.get("volumes")) {
      if (volume.get("name").asText().equals(tmpVolume)) {
        assertThat(volume.has("emptyDir")).isTrue();
      }
    }
    assertThat(pod.at("/terminationGracePeriodSeconds").asInt())
        .isGreaterThan(Main.DEFAULT_SHUTDOWN_GRACE_SECONDS);
  }

  @Test
  void whenTheContainerStartsThenItsArgumentsAreAcceptedAndItsProbesAskHealthOnTheServedPort()
      throws IOException {
    JsonNode container = container(deployment());
    List<String> arguments = cliArguments(entrypoint());
    arguments.addAll(words(container.path("args")));
    assertThat(container.has("command")).as("the image's entrypoint is kept").isFalse();

    ParseResult serve = parse(arguments);

    Map<String, Integer> ports = new HashMap<>();
    for (JsonNode port : container.get("ports")) {
      ports.put(port.path("name").asText(), port.get("containerPort").asInt());
    }
    assertThat(ports.values()).containsExactly(servedPort(serve));
    for (String probe : List.of("readinessProbe", "livenessProbe")) {
      JsonNode get = container.at("/" + probe + "/httpGet");
      assertThat(get.get("path").asText()).as(probe).isEqualTo(HEALTH);
      JsonNode port = get.get("port");
      int number = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
      assertThat(number).as(probe + " port").isEqualTo(servedPort(serve));
    }
  }

  @Test
  void whenTheServiceRoutesThenItTargetsTheContainerPortOfTheDeploymentsPods() throws IOException {
    JsonNode deployment = deployment();
    JsonNode service = kubernetesDocuments().get("Service").get(0);
    JsonNode container = container(deployment);

    JsonNode selector = service.at("/spec/selector");
    selector
        .fields()
        .forEachRemaining(
            e ->
                assertThat(
                        deployment.at("/spec/template/metadata/labels").path(e.getKey()).asText())
                    .isEqualTo(e.getValue().asText()));
    String target = service.at("/spec/ports/0/targetPort").asText();
    boolean named = false;
    for (JsonNode port : container.get("ports")) {
      named |=
          port.path("name").asText().equals(target)
              || port.get("containerPort").asText().equals(target);
    }
    assertThat(named).as("targetPort %s is a container port", target).isTrue();
  }

  @Test
  void whenTheDeploymentSetsVariablesThenTheCliReadsThemAndTheMasterKeyIsMountedWhereItPoints()
      throws IOException {
    JsonNode deployment = deployment();
    JsonNode container = container(deployment);
    Map<String, JsonNode> env = new HashMap<>();
    container.get("env").forEach(e -> env.put(e.get("name").asText(), e));
    Set<String> read = new TreeSet<>(variablesTheCliReads());
    read.addAll(READ_ONCE_MERGED);

    assertThat(read).containsAll(env.keySet());
    assertThat(env).containsKeys("MOCK_STS_MASTER_KEY_FILE", "MOCK_STS_ADMIN_TOKEN");
    assertThat(env.get("MOCK_STS_ADMIN_TOKEN").at("/valueFrom/secretKeyRef/name").asText())
        .isNotEmpty();
    String keyFile = env.get("MOCK_STS_MASTER_KEY_FILE").get("value").asText();
    Map<String, JsonNode> volumes = new HashMap<>();
    deployment
        .at("/spec/template/spec/volumes")
        .forEach(v -> volumes.put(v.get("name").asText(), v));
    List<String> mountedFiles = new ArrayList<>();
    for (JsonNode mount : container.get("volumeMounts")) {
      JsonNode secret = volumes.get(mount.get("name").asText()).path("secret");
      if (!secret.path("secretName").asText().equals("mock-sts-master-key")) {
        continue;
      }
      String base = mount.get("mountPath").asText();
      if (mount.has("subPath")) {
        mountedFiles.add(base);
      } else if (secret.has("items")) {
        secret.get("items").forEach(i -> mountedFiles.add(base + "/" + i.get("path").asText()));
      } else {
        mountedFiles.add(base + "/master-key");
      }
    }
    assertThat(mountedFiles).contains(keyFile);
  }

  @Test
  void whenTheDeploymentLimitsMemoryThenTheLimitLeavesRoomAboveTheHeap() throws IOException {
    JsonNode resources = container(deployment()).get("resources");
    String heap = entrypoint().stream().filter(w -> w.startsWith("-Xmx")).findFirst().orElseThrow();

    long limit = mebibytes(resources.at("/limits/memory").asText());

    assertThat(limit).isGreaterThanOrEqualTo(mebibytes(heap.substring(4)) + 192);
    assertThat(mebibytes(resources.at("/requests/memory").asText())).isEqualTo(limit);
  }

  @Test
  void whenComposeRunsTwoReplicasThenTheyShareTheKeyFileAndEachCommandIsAccepted()
      throws IOException {
    JsonNode compose = YAML.readTree(DEPLOY.resolve("compose.yaml").toFile());
    JsonNode services = compose.get("services");
    Set<String> read = new TreeSet<>(variablesTheCliReads());
    read.addAll(READ_ONCE_MERGED);
    Set<String> keyFiles = new TreeSet<>();

    assertThat(services.size()).isGreaterThan(1);
    for (JsonNode service : services) {
      List<String> arguments = cliArguments(entrypoint());
      arguments.addAll(words(service.path("command")));
      ParseResult serve = parse(arguments);
      assertThat(service.get("ports").get(0).asText()).endsWith(":" + servedPort(serve));
      Set<String> variables = new TreeSet<>();
      service.get("environment").fieldNames().forEachRemaining(variables::add);
      assertThat(read).containsAll(variables);
      String keyFile = service.at("/environment/MOCK_STS_MASTER_KEY_FILE").asText();
      assertThat(keyFile).startsWith("/run/secrets/");
      assertThat(words(service.get("secrets")))
          .contains(keyFile.substring("/run/secrets/".length()));
      keyFiles.add(
          compose.at("/secrets/" + keyFile.substring("/run/secrets/".length()) + "/file").asText());
      assertThat(service.get("user").asText()).doesNotStartWith("0");
      assertThat(service.get("read_only").asBoolean()).isTrue();
      assertThat(words(service.get("tmpfs"))).contains("/tmp");
      assertThat(cliArguments(words(service.at("/healthcheck/test"))))
          .isEqualTo(cliArguments(healthCheck()));
    }
    assertThat(keyFiles).hasSize(1);
  }
}
