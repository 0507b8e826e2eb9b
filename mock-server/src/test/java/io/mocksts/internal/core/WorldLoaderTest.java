package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorldLoaderTest {

  private static final String TRUST =
      "'{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\","
          + "\"Principal\":{\"RAM\":[\"acs:ram::1234567890123456:root\"]}}],\"Version\":\"1\"}'";

  /** A small valid world; each negative test replaces one line of it. */
  private static final String VALID =
      """
      alibaba:
        accounts:
          - id: "1234567890123456"
            alias: main
            rootAccessKeys:
              - id: ROOTKEY
                secret: root-secret
            users:
              - name: alice
                id: "2000000000000001"
                policies: [AliyunSTSAssumeRoleAccess]
                accessKeys:
                  - id: ALICEKEY
                    secret: alice-secret
                    status: Active
              - name: bob
                id: "2000000000000002"
                accessKeys:
                  - id: BOBKEY
                    secret: bob-secret
            roles:
              - name: role-one
                id: "300000000000000001"
                maxSessionDuration: 3600
                trustPolicy: %s
              - name: role-two
                id: "300000000000000002"
                trustPolicy:
                  Version: "1"
                  Statement:
                    - {Action: sts:AssumeRole, Effect: Allow, Principal: {RAM: "*"}}
      """
          .formatted(TRUST);

  private static World parse(String yaml) {
    return WorldLoader.parse(yaml, "test.yaml");
  }

  private static String replace(String from, String to) {
    assertThat(VALID).contains(from);
    return VALID.replace(from, to);
  }

  @Test
  void whenDefaultWorldLoadsThenItHasTheDocumentedAlibabaIdentities() {
    World world = WorldLoader.defaultWorld();

    Account main = world.account(Vendor.ALIBABA, "1234567890123456").orElseThrow();
    assertThat(main.alias()).isEqualTo("main");
    KeyOwner alice = world.accessKey(Vendor.ALIBABA, "LTAI5tMockAliceAccessKey").orElseThrow();
    assertThat(alice.user()).get().extracting(User::name).isEqualTo("alice");
    assertThat(alice.key().secret()).isEqualTo("MockAliceAccessKeySecret000001");
    assertThat(alice.key().active()).isTrue();
    assertThat(main.role("mock-role")).isPresent();
    assertThat(main.role("mock-saml-role")).isPresent();
    assertThat(main.role("mock-oidc-role")).isPresent();
    assertThat(main.role("mock-long-role"))
        .get()
        .extracting(Role::maxSessionDuration)
        .isEqualTo(43200L);
    assertThat(main.role("mock-role")).get().extracting(Role::maxSessionDuration).isEqualTo(3600L);
    assertThat(main.samlProvider("mock-idp")).isPresent();
    assertThat(main.oidcProvider("mock-oidc")).isPresent();
    assertThat(world.accessKey(Vendor.ALIBABA, "LTAI5tMockCarolAccessKey"))
        .get()
        .extracting(owner -> owner.key().active())
        .isEqualTo(false);
  }

  @Test
  void whenDefaultWorldLoadsThenItHasTheDocumentedTencentIdentities() {
    World world = WorldLoader.defaultWorld();

    Account main = world.account(Vendor.TENCENT, "100000000001").orElseThrow();
    KeyOwner alice =
        world.accessKey(Vendor.TENCENT, "AKIDMockAliceSecretId000000000000001").orElseThrow();
    assertThat(alice.account()).isEqualTo(main);
    assertThat(alice.user()).get().extracting(User::id).isEqualTo("100000000002");
    assertThat(alice.key().secret()).isEqualTo("MockAliceSecretKey00000000000001");
    assertThat(main.role("mock-role")).isPresent();
    assertThat(main.role("mock-saml-role")).isPresent();
    assertThat(main.role("mock-oidc-role")).isPresent();
    assertThat(main.samlProvider("mock-idp")).isPresent();
    assertThat(main.oidcProvider("mock-oidc")).isPresent();
  }

  @Test
  void whenWorldIsValidThenEveryKeyIsIndexedWithItsOwner() {
    World world = parse(VALID);

    assertThat(world.accessKey(Vendor.ALIBABA, "ROOTKEY")).get().matches(KeyOwner::isRoot);
    assertThat(world.accessKey(Vendor.ALIBABA, "BOBKEY").orElseThrow().user().orElseThrow().name())
        .isEqualTo("bob");
    assertThat(world.accessKey(Vendor.TENCENT, "BOBKEY")).isEmpty();
    Role two =
        world.account(Vendor.ALIBABA, "1234567890123456").orElseThrow().role("ROLE-TWO").get();
    assertThat(two.maxSessionDuration()).isEqualTo(3600L);
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(
            "unknown key",
            replace(
                "policies: [AliyunSTSAssumeRoleAccess]", "polcies: [AliyunSTSAssumeRoleAccess]"),
            "alibaba.accounts[0].users[0].polcies"),
        Arguments.of("unknown top-level key", "aws:\n  accounts: []\n" + VALID, "aws"),
        Arguments.of(
            "missing required field",
            replace("- name: bob\n", "- \n"),
            "alibaba.accounts[0].users[1].name"),
        Arguments.of(
            "missing secret",
            replace("secret: bob-secret", "status: Active"),
            "alibaba.accounts[0].users[1].accessKeys[0].secret"),
        Arguments.of(
            "missing alias", replace("alias: main", "alias: \"\""), "alibaba.accounts[0].alias"),
        Arguments.of(
            "non-digit account id",
            replace("\"1234567890123456\"", "\"12345678901234ab\""),
            "alibaba.accounts[0].id"),
        Arguments.of(
            "non-digit user id",
            replace("\"2000000000000002\"", "\"bob\""),
            "alibaba.accounts[0].users[1].id"),
        Arguments.of(
            "non-digit role id",
            replace("\"300000000000000002\"", "\"role-2\""),
            "alibaba.accounts[0].roles[1].id"),
        Arguments.of(
            "duplicate user name",
            replace("- name: bob", "- name: alice"),
            "alibaba.accounts[0].users[1].name"),
        Arguments.of(
            "duplicate access key id",
            replace("id: BOBKEY", "id: ALICEKEY"),
            "alibaba.accounts[0].users[1].accessKeys[0].id"),
        Arguments.of(
            "duplicate access key id of a root key",
            replace("id: BOBKEY", "id: ROOTKEY"),
            "alibaba.accounts[0].users[1].accessKeys[0].id"),
        Arguments.of(
            "duplicate role name, other case",
            replace("name: role-two", "name: ROLE-ONE"),
            "alibaba.accounts[0].roles[1].name"),
        Arguments.of(
            "bad role name",
            replace("name: role-two", "name: role/two"),
            "alibaba.accounts[0].roles[1].name"),
        Arguments.of(
            "maxSessionDuration below 3600",
            replace("maxSessionDuration: 3600", "maxSessionDuration: 3599"),
            "alibaba.accounts[0].roles[0].maxSessionDuration"),
        Arguments.of(
            "maxSessionDuration above 43200",
            replace("maxSessionDuration: 3600", "maxSessionDuration: 43201"),
            "alibaba.accounts[0].roles[0].maxSessionDuration"),
        Arguments.of(
            "maxSessionDuration not a number",
            replace("maxSessionDuration: 3600", "maxSessionDuration: long"),
            "alibaba.accounts[0].roles[0].maxSessionDuration"),
        Arguments.of(
            "trust policy that is not JSON",
            replace("trustPolicy: " + TRUST, "trustPolicy: '{\"Statement\": ['"),
            "alibaba.accounts[0].roles[0].trustPolicy"),
        Arguments.of(
            "missing trust policy",
            replace(
                "maxSessionDuration: 3600\n          trustPolicy: " + TRUST,
                "maxSessionDuration: 3600"),
            "alibaba.accounts[0].roles[0].trustPolicy"),
        Arguments.of(
            "trust policy without Principal",
            replace(
                "trustPolicy: " + TRUST,
                "trustPolicy: '{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\"}],"
                    + "\"Version\":\"1\"}'"),
            "alibaba.accounts[0].roles[0].trustPolicy.Statement[0].Principal"),
        Arguments.of(
            "trust policy without Effect",
            replace(
                "trustPolicy: " + TRUST,
                "trustPolicy: '{\"Statement\":[{\"Action\":\"sts:AssumeRole\","
                    + "\"Principal\":{\"RAM\":\"*\"}}],\"Version\":\"1\"}'"),
            "alibaba.accounts[0].roles[0].trustPolicy.Statement[0].Effect"),
        Arguments.of(
            "trust policy without statements",
            replace("trustPolicy: " + TRUST, "trustPolicy: '{\"Version\":\"1\"}'"),
            "alibaba.accounts[0].roles[0].trustPolicy.Statement"),
        Arguments.of(
            "bad key status",
            replace("status: Active", "status: Disabled"),
            "alibaba.accounts[0].users[0].accessKeys[0].status"),
        Arguments.of(
            "key creation time that is not an instant",
            replace("status: Active", "status: Active\n              created: yesterday"),
            "alibaba.accounts[0].users[0].accessKeys[0].created"),
        Arguments.of(
            "MFA secret that is not base32",
            replace("- name: bob\n", "- name: bob\n          mfaSecret: not-base32\n"),
            "alibaba.accounts[0].users[1].mfaSecret"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void whenWorldHasAMistakeThenTheExceptionNamesTheBadKey(
      String mistake, String yaml, String path) {
    assertThatThrownBy(() -> parse(yaml))
        .asInstanceOf(type(WorldException.class))
        .satisfies(e -> assertThat(e.getMessage()).startsWith(path + ": "))
        .extracting(WorldException::path)
        .isEqualTo(path);
  }

  @Test
  void whenTwoAccountsShareAnIdThenTheSecondIdIsNamed() {
    String yaml =
        """
        alibaba:
          accounts:
            - id: "1"
              alias: a
            - id: "1"
              alias: b
        """;
    assertThatThrownBy(() -> parse(yaml))
        .asInstanceOf(type(WorldException.class))
        .extracting(WorldException::path)
        .isEqualTo("alibaba.accounts[1].id");
  }

  @Test
  void whenTheSameKeyIdIsUsedByBothVendorsThenTheWorldLoads() {
    String yaml =
        """
        alibaba:
          accounts:
            - id: "1"
              alias: a
              rootAccessKeys: [{id: SAME, secret: s}]
        tencent:
          accounts:
            - id: "2"
              alias: a
              rootAccessKeys: [{id: SAME, secret: s}]
        """;
    World world = parse(yaml);
    assertThat(world.accessKey(Vendor.ALIBABA, "SAME").orElseThrow().account().id()).isEqualTo("1");
    assertThat(world.accessKey(Vendor.TENCENT, "SAME").orElseThrow().account().id()).isEqualTo("2");
  }

  @Test
  void whenTencentRoleNameHasCharactersRamRejectsThenItLoads() {
    String yaml =
        """
        tencent:
          accounts:
            - id: "100000000001"
              alias: main
              roles:
                - name: role_with@chars
                  id: "4611686018427397901"
                  trustPolicy: {"version": "2.0", "statement": [{"action": "name/sts:AssumeRole", "effect": "allow", "principal": {"qcs": ["qcs::cam::uin/100000000001:root"]}}]}
        """;
    assertThat(
            parse(yaml)
                .account(Vendor.TENCENT, "100000000001")
                .orElseThrow()
                .role("role_with@chars"))
        .isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n", "# only a comment\n", "- a\n- b\n", "x: 1\n\t- y\n"})
  void whenDocumentIsEmptyOrNotYamlThenTheDocumentIsNamed(String yaml) {
    assertThatThrownBy(() -> parse(yaml))
        .asInstanceOf(type(WorldException.class))
        .extracting(WorldException::path)
        .isEqualTo("test.yaml");
  }

  @Test
  void whenTheYamlIsBrokenThenTheLineAndColumnAreNamed() {
    assertThatThrownBy(() -> parse("alibaba:\n  accounts:\n    - id: \"1\n      name: x\n"))
        .hasMessageStartingWith("test.yaml: is not valid YAML at line 3, column 11")
        .hasMessageNotContaining("wrong type");
    assertThatThrownBy(() -> parse("alibaba:\n\taccounts: []\n"))
        .hasMessageStartingWith("test.yaml: is not valid YAML")
        .hasMessageContaining("at line 2, column 1")
        .hasMessageNotContaining("  ");
  }

  @Test
  void whenAValueHasTheWrongShapeThenTheExpectedShapeIsNamedWithoutJavaTypes() {
    assertThatThrownBy(() -> parse("alibaba:\n  accounts: 7\n"))
        .hasMessage("alibaba.accounts: has the wrong type: expected a list, found a number");
    assertThatThrownBy(() -> parse("alibaba: [1]\n"))
        .hasMessage("alibaba: has the wrong type: expected a mapping of keys, found a list")
        .hasMessageNotContaining("io.mocksts")
        .hasMessageNotContaining("java.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n", "# only a comment\n"})
  void whenDocumentHasNoContentThenItIsReportedEmpty(String yaml) {
    assertThatThrownBy(() -> parse(yaml)).hasMessage("test.yaml: is empty");
  }

  @Test
  void whenLoadingAFileWithAMistakeThenThePathIsPrefixedWithTheFileName(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("world.yaml");
    Files.writeString(file, replace("status: Active", "status: Disabled"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> WorldLoader.load(file))
        .asInstanceOf(type(WorldException.class))
        .extracting(WorldException::path)
        .isEqualTo(file + ": alibaba.accounts[0].users[0].accessKeys[0].status");
  }

  @Test
  void whenLoadingAValidFileThenTheWorldIsReturned(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("world.yaml");
    Files.writeString(file, VALID, StandardCharsets.UTF_8);

    assertThat(WorldLoader.load(file).accessKey(Vendor.ALIBABA, "ALICEKEY")).isPresent();
  }

  @Test
  void whenLoadingAMissingFileThenTheFileIsNamed(@TempDir Path dir) {
    Path file = dir.resolve("absent.yaml");

    assertThatThrownBy(() -> WorldLoader.load(file))
        .asInstanceOf(type(WorldException.class))
        .extracting(WorldException::path)
        .isEqualTo(file.toString());
  }
}
