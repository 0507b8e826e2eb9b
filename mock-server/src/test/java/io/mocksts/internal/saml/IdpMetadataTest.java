package io.mocksts.internal.saml;

import static io.mocksts.internal.saml.SamlFixture.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.SamlRejection.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class IdpMetadataTest {

  private final TestIdp idp = TestIdp.bundled(Clock.systemUTC());

  @Test
  void whenMetadataIsRenderedThenItReadsBackAsTheSameIdp() {
    String xml = IdpMetadata.render("https://idp.example/saml", idp.certificate(), "https://x/sso");

    TrustedIdp trusted = IdpMetadata.parse(xml);

    assertThat(trusted.entityId()).isEqualTo("https://idp.example/saml");
    assertThat(trusted.signingCertificates()).containsExactly(idp.certificate());
    assertThat(xml)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<md:EntityDescriptor")
        .contains("use=\"signing\"")
        .contains("Location=\"https://x/sso\"")
        .endsWith("</md:EntityDescriptor>\n");
  }

  @Test
  void whenTheBundledMetadataIsReadThenItTrustsTheBundledKey() throws Exception {
    TrustedIdp fromJar = IdpMetadata.parse(TestIdp.bundledFile("idp-metadata.xml"));
    TrustedIdp fromFixtures =
        IdpMetadata.parse(Files.readAllBytes(Path.of("../fixtures/idp/idp-metadata.xml")));

    assertThat(fromJar)
        .isEqualTo(new TrustedIdp(idp.entityId(), java.util.List.of(idp.certificate())));
    assertThat(fromFixtures)
        .isEqualTo(new TrustedIdp(idp.entityId(), java.util.List.of(idp.certificate())));
    assertThat(fromJar.entityId()).isEqualTo(TestIdp.ENTITY_ID);
  }

  @Test
  void whenTheBundledMetadataIsRenderedAgainThenItIsUnchanged() throws Exception {
    assertThat(idp.metadata())
        .isEqualTo(Files.readString(Path.of("../fixtures/idp/idp-metadata.xml")));
  }

  @Test
  void whenTheMetadataStartsWithAByteOrderMarkThenItIsStillRead() {
    byte[] bom = ("\uFEFF" + idp.metadata()).getBytes(StandardCharsets.UTF_8);

    assertThat(IdpMetadata.parse(bom).entityId()).isEqualTo(TestIdp.ENTITY_ID);
  }

  @Test
  void whenTheMetadataDeclaresADoctypeThenItIsInvalid() {
    String xml =
        idp.metadata()
            .replaceFirst("\\?>", "?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>");

    rejected(() -> IdpMetadata.parse(xml), Reason.IDP_METADATA_INVALID);
  }

  @Test
  void whenTheMetadataIsNotUtf8ThenItIsInvalid() {
    rejected(
        () -> IdpMetadata.parse(new byte[] {'<', (byte) 0xFF, '/', '>'}),
        Reason.IDP_METADATA_INVALID);
  }

  @Test
  void whenTheDocumentIsNotAnEntityDescriptorThenItIsInvalid() {
    rejected(
        () ->
            IdpMetadata.parse(
                "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"/>"),
        Reason.IDP_METADATA_INVALID);
    rejected(() -> IdpMetadata.parse("not xml"), Reason.IDP_METADATA_INVALID);
  }

  @Test
  void whenTheEntityIsOnlyAServiceProviderThenItIsInvalid() {
    String sp =
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
            + " entityID=\"urn:alibaba:cloudcomputing\"><md:SPSSODescriptor"
            + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
            + "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\""
            + " Location=\"https://signin.aliyun.com/saml-role/sso\" index=\"0\"/>"
            + "</md:SPSSODescriptor></md:EntityDescriptor>";

    rejected(() -> IdpMetadata.parse(sp), Reason.IDP_METADATA_INVALID);
  }

  @Test
  void whenTheOnlyKeyIsForEncryptionThenItIsInvalid() {
    String xml = idp.metadata().replace("use=\"signing\"", "use=\"encryption\"");

    rejected(() -> IdpMetadata.parse(xml), Reason.IDP_METADATA_INVALID);
  }

  @Test
  void whenTheKeyHasNoUseThenItServesForSigning() {
    String xml = idp.metadata().replace(" use=\"signing\"", "");

    assertThat(IdpMetadata.parse(xml).signingCertificates()).containsExactly(idp.certificate());
  }

  @Test
  void whenTheIdpHasNoKeyThenItIsInvalid() {
    String xml = idp.metadata().replaceAll("(?s)<md:KeyDescriptor.*</md:KeyDescriptor>", "");

    rejected(() -> IdpMetadata.parse(xml), Reason.IDP_METADATA_INVALID);
  }
}
