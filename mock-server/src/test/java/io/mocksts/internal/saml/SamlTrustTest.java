package io.mocksts.internal.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mocksts.idp.TestIdp;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.WorldException;
import io.mocksts.internal.core.WorldLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** SAML providers take their IdP metadata from a file or inline, and it is read at start-up. */
class SamlTrustTest {

  static String world(String provider) {
    return """
        alibaba:
          accounts:
            - id: "1234567890123456"
              alias: main
              samlProviders:
        %s
        """
        .formatted(provider.indent(8).stripTrailing());
  }

  static String bundledMetadata() throws Exception {
    return Files.readString(Path.of("..", "fixtures", "idp", "idp-metadata.xml"));
  }

  @Test
  void whenMetadataIsInlineThenTheProviderTrustsItsCertificate() throws Exception {
    String yaml =
        world("- name: inline\n  metadata: |\n" + bundledMetadata().indent(4).stripTrailing());
    SamlTrust trust = SamlTrust.of(WorldLoader.parse(yaml, "test.yaml"), Vendor.ALIBABA);

    assertThat(trust.idp(Vendor.ALIBABA, "1234567890123456", "inline"))
        .get()
        .isInstanceOfSatisfying(
            SamlTrust.Idp.Trusted.class,
            t -> assertThat(t.idp().entityId()).isEqualTo(TestIdp.ENTITY_ID));
  }

  @Test
  void whenMetadataIsMissingOrUnusableThenTheProviderIsUnusable() {
    SamlTrust trust =
        SamlTrust.of(
            WorldLoader.parse(
                world("- name: none\n- name: junk\n  metadata: \"<not-metadata/>\""), "test.yaml"),
            Vendor.ALIBABA);

    assertThat(trust.idp(Vendor.ALIBABA, "1234567890123456", "none"))
        .get()
        .isInstanceOf(SamlTrust.Idp.Unusable.class);
    assertThat(trust.idp(Vendor.ALIBABA, "1234567890123456", "junk"))
        .get()
        .isInstanceOf(SamlTrust.Idp.Unusable.class);
    assertThat(trust.idp(Vendor.ALIBABA, "1234567890123456", "other")).isEmpty();
  }

  @Test
  void whenBothInlineAndFileMetadataAreGivenThenTheWorldNamesTheConflict() {
    assertThatThrownBy(
            () ->
                WorldLoader.parse(
                    world("- name: both\n  metadata: x\n  metadataFile: idp/idp-metadata.xml"),
                    "test.yaml"))
        .isInstanceOfSatisfying(
            WorldException.class,
            e -> assertThat(e.path()).isEqualTo("alibaba.accounts[0].samlProviders[0].metadata"));
  }
}
