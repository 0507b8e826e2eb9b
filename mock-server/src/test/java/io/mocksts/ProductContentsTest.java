package io.mocksts;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.idp.TestIdp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What mock-server's classes and resources (and so {@code mock-sts.jar}) must not carry: the
 * hostile corpora, their forging helpers and the attacker keys live in mock-sts-testkit only
 * (docs/architecture.md, Modules). A failure after an upgrade of a working copy may be a stale
 * {@code target/classes}: build with {@code clean}.
 */
class ProductContentsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "io/mocksts/fixtures/idp/attacker-key.pem",
        "io/mocksts/fixtures/idp/attacker-cert.pem",
        "io/mocksts/fixtures/oidc/attacker-keys.json",
        "io/mocksts/internal/saml/HostileCorpus.class",
        "io/mocksts/internal/saml/XmlEdit.class"
      })
  void whenTheProductIsPackagedThenItHoldsNoCorpusForgerOrAttackerKey(String entry) {
    assertThat(TestIdp.class.getClassLoader().getResource(entry))
        .as(entry + " belongs to mock-sts-testkit (stale target/classes? build with clean)")
        .isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"idp-key.pem", "idp-cert.pem", "second-idp-key.pem", "idp-metadata.xml"})
  void whenTheProductIsPackagedThenTheBundledIdpsAreStillThere(String name) {
    assertThat(TestIdp.bundledFile(name)).isNotBlank();
  }
}
