package io.mocksts.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shares: help naming both vendors and the identities, errors in one line. */
class CliPolishTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"", "saml-response", "idp-metadata", "oidc-token", "master-key", "health", "ca"})
  void theHelpOfEveryCommandNamesBothVendorsAndTheDefaultIdentities(String command) {
    CliRun help = command.isEmpty() ? CliRun.run("--help") : CliRun.run(command, "--help");

    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("Alibaba Cloud STS", "Tencent Cloud STS")
        .contains("LTAI5tMockAliceAccessKey", "MockAliceAccessKeySecret000001")
        .contains("AKIDMockAliceSecretId000000000000001", "MockAliceSecretKey00000000000001")
        .contains("fixtures/world.yaml", "fixtures/README.md");
  }

  @Test
  void theSummariesOfTheSubcommandsAreWholeSentences() {
    String help = CliRun.run("--help").out();
    String commands = help.substring(help.indexOf("Commands:"), help.indexOf("Serves Alibaba"));

    for (String name :
        List.of("saml-response", "idp-metadata", "oidc-token", "master-key", "health", "ca")) {
      assertThat(commands).contains("  " + name + " ");
    }
    assertThat(commands.replaceAll("\\s+", " ").strip())
        .as("every summary ends its sentence")
        .matches("Commands:( [a-z-]+ [^.]+\\.)+( [^.]+\\.)*");
  }

  @Test
  void theDefaultIdentitiesOfTheHelpAreThoseOfTheBundledWorld() throws Exception {
    String world;
    try (InputStream in = Main.class.getResourceAsStream("/io/mocksts/fixtures/world.yaml")) {
      world = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    for (String value :
        List.of(
            "id: \"1234567890123456\"",
            "- name: alice",
            "id: LTAI5tMockAliceAccessKey",
            "secret: MockAliceAccessKeySecret000001",
            "- name: mock-role",
            "id: \"100000000001\"",
            "id: \"100000000002\"",
            "id: AKIDMockAliceSecretId000000000000001",
            "secret: MockAliceSecretKey00000000000001",
            "name: mock-idp",
            "name: mock-oidc")) {
      assertThat(world).as(value).contains(value);
    }
  }

  @Test
  void theVersionIsTheProjectVersion() {
    CliRun version = CliRun.run("--version");

    assertThat(version.exit()).isZero();
    assertThat(version.out().lines().findFirst().orElseThrow())
        // the commit is there when the build ran in a git checkout, not from a source archive
        .matches("mock-sts \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?( \\(commit [0-9a-f]{7,}\\))?");
    assertThat(version.out()).contains("2015-04-01", "2018-08-13");
  }

  @Test
  void anUnknownOptionIsAnsweredInOneLineWithoutTheUsage() {
    CliRun bad = CliRun.run("--bogus");

    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo("mock-sts: Unknown option: '--bogus' (mock-sts --help lists the options)");
  }

  @Test
  void aBadValueOrAMissingOptionOfASubcommandIsAnsweredInOneLine() {
    CliRun port = CliRun.run("--port", "eighty");
    CliRun subject = CliRun.run("oidc-token");

    assertThat(port.exit()).isEqualTo(2);
    assertThat(port.err().strip().lines()).hasSize(1);
    assertThat(port.err()).startsWith("mock-sts: Invalid value for option '--port': 'eighty'");
    assertThat(subject.exit()).isEqualTo(2);
    assertThat(subject.err().strip().lines()).hasSize(1);
    assertThat(subject.err())
        .startsWith(
            "mock-sts oidc-token: Missing required options: '--vendor=<vendor>', '--subject=S'");
  }

  @Test
  void tlsOptionsWithoutHttpsAreRefused(@TempDir Path dir) {
    CliRun caOut = CliRun.run("--port", "0", "--ca-out", dir.toString());
    CliRun name = CliRun.run("--port", "0", "--tls-name", "sts.mock.test");

    assertThat(caOut.exit()).isEqualTo(2);
    assertThat(caOut.err()).contains("--ca-out needs --https-port");
    assertThat(name.exit()).isEqualTo(2);
    assertThat(name.err()).contains("--tls-name needs --https-port");
  }

  @Test
  void aMistakeInTheWorldFileIsOneLineNamingTheFileTheKeyAndTheLine(@TempDir Path dir)
      throws Exception {
    Path world = dir.resolve("world.yaml");
    Files.writeString(
        world,
        "alibaba:\n  accounts:\n    - id: \"1\"\n      alias: a\n      usrs: []\n",
        StandardCharsets.UTF_8);

    CliRun bad = CliRun.run("--port", "0", "--world", world.toString());

    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo(
            "invalid world file: "
                + world
                + ": alibaba.accounts[0].usrs: unknown key (known keys: [alias, id,"
                + " oidcProviders, roles, rootAccessKeys, samlProviders, users]) (line 5)");
  }

  @Test
  void aRuleBrokenInTheWorldFileNamesTheLineOfItsKey(@TempDir Path dir) throws Exception {
    Path world = dir.resolve("world.yaml");
    Files.writeString(
        world,
        String.join(
            "\n",
            "alibaba:",
            "  accounts:",
            "    - id: \"1\"",
            "      alias: a",
            "      users:",
            "        - name: alice",
            "          id: \"2\"",
            "          accessKeys:",
            "            - id: K",
            "              secret: S",
            "              status: Disabled",
            ""),
        StandardCharsets.UTF_8);

    CliRun bad = CliRun.run("--port", "0", "--world", world.toString());

    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip())
        .startsWith(
            "invalid world file: " + world + ": alibaba.accounts[0].users[0].accessKeys[0].status:")
        .endsWith("(line 11)");
  }
}
