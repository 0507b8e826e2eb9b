package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OIDC providers in a world file: their JWK set and IssuanceLimitTime (Alibaba OIDC SSO,
 * https://www.alibabacloud.com/help/en/ram/overview-of-oidc-based-sso).
 */
class OidcWorldLoaderTest {

  private static final String PUBLIC_KEY =
      "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k1\","
          + "\"x\":\"ahXdUhTKzorkg129CgxSHb7ezr1ZMWU6j66aNflbqMo\","
          + "\"y\":\"IBg8MUVaYneWfkmXfyn6wxf5gsVq1wTJNrFOzXT5vto\"}";

  private static String world(String providerLines) {
    return """
        alibaba:
          accounts:
            - id: "1234567890123456"
              alias: main
              oidcProviders:
                - name: idp
                  issuer: https://idp.example
                  clientIds: [sts.aliyuncs.com]
        %s
        """
        .formatted(providerLines.indent(10).stripTrailing());
  }

  private static Provider provider(World world) {
    return world.accounts().get(0).oidcProvider("idp").orElseThrow();
  }

  @Test
  void whenTheDefaultWorldLoadsThenBothMockOidcProvidersHoldTheBundledPublicKeys() {
    World world = WorldLoader.defaultWorld();

    for (Vendor vendor : Vendor.values()) {
      Provider provider = world.accounts(vendor).get(0).oidcProvider("mock-oidc").orElseThrow();
      assertThat(provider.jwks()).contains("mock-oidc-rsa-1").contains("mock-oidc-ec-1");
      assertThat(provider.jwks()).doesNotContain("\"d\"");
      assertThat(provider.issuanceLimitHours()).isEqualTo(12);
      assertThat(provider.issuer()).isEqualTo("https://oidc.mock-sts.local");
    }
  }

  @Test
  void whenJwksIsInlineThenItIsKeptAsJsonText() {
    Provider provider =
        provider(WorldLoader.parse(world("jwks: '{\"keys\":[" + PUBLIC_KEY + "]}'"), "w.yaml"));

    assertThat(provider.jwks()).startsWith("{\"keys\":[").contains("\"kid\":\"k1\"");
    assertThat(provider.issuanceLimitHours()).isEqualTo(Provider.DEFAULT_ISSUANCE_LIMIT_HOURS);
  }

  @Test
  void whenJwksIsAYamlMapThenItIsKeptAsJsonText() {
    Provider provider =
        provider(
            WorldLoader.parse(
                world("jwks:\n  keys:\n    - {kty: RSA, kid: r1, n: AQAB, e: AQAB}"), "w.yaml"));

    assertThat(provider.jwks())
        .isEqualTo("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"r1\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}");
  }

  @Test
  void whenJwksFileIsRelativeThenItIsReadFromTheWorldFilesDirectory(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("keys"));
    Files.writeString(
        dir.resolve("keys/jwks.json"), "{\"keys\":[" + PUBLIC_KEY + "]}", StandardCharsets.UTF_8);
    Path file = dir.resolve("world.yaml");
    Files.writeString(
        file, world("jwksFile: keys/jwks.json\nissuanceLimitHours: 1"), StandardCharsets.UTF_8);

    Provider provider = provider(WorldLoader.load(file));

    assertThat(provider.jwks()).contains("\"kid\":\"k1\"");
    assertThat(provider.issuanceLimitHours()).isEqualTo(1);
  }

  @Test
  void whenNoKeysAreGivenThenTheProviderHasNone() {
    assertThat(provider(WorldLoader.parse(world(""), "w.yaml")).jwks()).isEmpty();
  }

  @Test
  void whenJwksFileIsMissingThenTheLoaderNamesTheKeyAndTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("world.yaml");
    Files.writeString(file, world("jwksFile: nowhere/jwks.json"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> WorldLoader.load(file))
        .asInstanceOf(type(WorldException.class))
        .satisfies(
            e -> {
              assertThat(e.path())
                  .isEqualTo(file + ": alibaba.accounts[0].oidcProviders[0].jwksFile");
              assertThat(e.getMessage()).contains("cannot be read: nowhere/jwks.json");
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "issuanceLimitHours: 0|alibaba.accounts[0].oidcProviders[0].issuanceLimitHours"
            + "|between 1 and 168",
        "issuanceLimitHours: 169|alibaba.accounts[0].oidcProviders[0].issuanceLimitHours"
            + "|between 1 and 168",
        "jwks: '[]'|alibaba.accounts[0].oidcProviders[0].jwks|must be a JWK set",
        "jwks: '{\"keys\": 1}'|alibaba.accounts[0].oidcProviders[0].jwks|must be a JWK set",
        "jwks: '{\"keys\": [{\"kid\": \"x\"}]}'|alibaba.accounts[0].oidcProviders[0].jwks.keys[0]"
            + "|with a \"kty\"",
        "jwks: '{\"keys\": [{\"kty\": \"EC\", \"d\": \"c2VjcmV0\"}]}'"
            + "|alibaba.accounts[0].oidcProviders[0].jwks.keys[0].d|public keys only",
        "jwks: '{\"keys\": [{\"kty\": \"oct\", \"k\": \"c2VjcmV0\"}]}'"
            + "|alibaba.accounts[0].oidcProviders[0].jwks.keys[0].k|public keys only",
        "jwks: 'not json'|alibaba.accounts[0].oidcProviders[0].jwks|not valid JSON",
      })
  void whenAnOidcSettingIsWrongThenTheLoaderNamesIt(String line, String path, String problem) {
    assertThatThrownBy(() -> WorldLoader.parse(world(line), "w.yaml"))
        .asInstanceOf(type(WorldException.class))
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.getMessage()).contains(problem);
            });
  }

  @Test
  void whenBothJwksAndJwksFileAreGivenThenTheLoaderRefuses() {
    assertThatThrownBy(
            () -> WorldLoader.parse(world("jwksFile: a.json\njwks: '{\"keys\":[]}'"), "w.yaml"))
        .asInstanceOf(type(WorldException.class))
        .extracting(WorldException::path)
        .isEqualTo("alibaba.accounts[0].oidcProviders[0].jwks");
  }

  @Test
  void whenASamlProviderCarriesAJwksThenTheLoaderRefuses() {
    String yaml =
        """
        tencent:
          accounts:
            - id: "100000000001"
              alias: main
              samlProviders:
                - name: idp
                  issuer: https://idp.example
                  jwksFile: oidc/jwks.json
        """;

    assertThatThrownBy(() -> WorldLoader.parse(yaml, "w.yaml"))
        .asInstanceOf(type(WorldException.class))
        .extracting(WorldException::path)
        .isEqualTo("tencent.accounts[0].samlProviders[0].jwksFile");
  }
}
