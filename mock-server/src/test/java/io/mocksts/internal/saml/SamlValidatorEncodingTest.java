package io.mocksts.internal.saml;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * S0-S2 of the {@link SamlValidator} pipeline: size, Base64, UTF-8, the secure parser and the
 * Response root (XML parser attacks,
 * https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html;
 * SAML encoding and namespace tricks,
 * https://github.blog/security/sign-in-as-anyone-bypassing-saml-sso-authentication-with-parser-differentials/).
 */
class SamlValidatorEncodingTest {

  private final SamlFixture f = new SamlFixture();

  @Test
  void whenTheInputIsShorterThanFourCharactersThenItIsRejected() {
    f.alibabaRejects("", Reason.TOO_SHORT);
    f.alibabaRejects("PD8", Reason.TOO_SHORT);
  }

  @Test
  void whenTheInputIsLongerThanOneHundredThousandCharactersThenItIsRejectedBeforeDecoding() {
    // OV1: a valid Response padded with a comment beyond the limit, still valid Base64.
    String xml = f.alibabaResponse().toXml();
    String padded =
        xml.replace("<saml2p:Status>", "<!--" + "x".repeat(120_000) + "--><saml2p:Status>");

    f.alibabaRejects(Forge.base64(padded), Reason.TOO_LONG);
    f.alibabaRejects("%".repeat(100_001), Reason.TOO_LONG);
  }

  @Test
  void whenTheInputIsExactlyAtTheLimitThenTheSizeGateLetsItThrough() {
    // 100,000 characters of valid Base64 that are not XML: refused later, not by size.
    String atLimit = Base64.getEncoder().encodeToString(new byte[75_000]);
    assertThat(atLimit).hasSize(100_000);

    f.alibabaRejects(atLimit, Reason.NOT_UTF8);
  }

  @Test
  void whenAProcessingInstructionPrecedesTheResponseThenItIsRefused() {
    String xml = f.alibabaResponse().toXml();
    int end = xml.indexOf("?>") + 2;

    f.alibabaRejects(
        Forge.base64(
            xml.substring(0, end) + "<?xml-stylesheet href=\"x.xsl\"?>" + xml.substring(end)),
        Reason.MALFORMED_SAML);
  }

  @Test
  void whenTheInputIsNotBase64ThenItIsRejected() {
    f.alibabaRejects("%%%not-base64%%%", Reason.NOT_BASE64);
  }

  @Test
  void whenTheBase64IsWrappedIntoMimeLinesThenItIsRejected() {
    String wrapped =
        Base64.getMimeEncoder()
            .encodeToString(f.alibabaResponse().toXml().getBytes(StandardCharsets.UTF_8));
    assertThat(wrapped).contains("\r\n");

    f.alibabaRejects(wrapped, Reason.NOT_BASE64);
  }

  @Test
  void whenTheBytesAreRandomThenTheyAreRejectedAsNotUtf8() {
    // B64-2
    byte[] random = new byte[512];
    new Random(42).nextBytes(random);

    f.alibabaRejects(Base64.getEncoder().encodeToString(random), Reason.NOT_UTF8);
  }

  @Test
  void whenOneByteIsNotUtf8ThenTheResponseIsRejected() {
    // U1: 0xFF inside the NameID.
    byte[] xml = f.alibabaResponse().nameId("alice").toXml().getBytes(StandardCharsets.UTF_8);
    byte[] marker = ">alice<".getBytes(StandardCharsets.UTF_8);
    int at = indexOf(xml, marker);
    xml[at + 1] = (byte) 0xFF;

    f.alibabaRejects(Base64.getEncoder().encodeToString(xml), Reason.NOT_UTF8);
  }

  @Test
  void whenAValidResponseIsReencodedAsUtf16ThenItIsRejected() {
    // U2: OpenSAML alone would accept it (C14N output is UTF-8); our policy is UTF-8 only.
    String xml = f.alibabaResponse().toXml().replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");

    f.alibabaRejects(
        Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_16)), Reason.NOT_UTF8);
    f.alibabaRejects(
        Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_16LE)),
        Reason.NOT_UTF8);
  }

  @Test
  void whenTheDeclarationNamesAnotherEncodingThenTheResponseIsRejected() {
    String xml =
        f.alibabaResponse().toXml().replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

    f.alibabaRejects(Forge.base64(xml), Reason.NOT_UTF8);
  }

  @Test
  void whenAUtf8ByteOrderMarkPrecedesTheDocumentThenItIsIgnored() {
    String xml = "\uFEFF" + f.alibabaResponse().toXml();

    assertThat(f.alibabaValidates(Forge.base64(xml)).role()).isEqualTo(SamlFixture.ALIBABA_PAIR);
  }

  @Test
  void whenTheDocumentDeclaresAnExternalEntityThenItIsRejectedWithoutReadingIt() {
    // XX1: the NameID would become the content of /etc/hostname.
    String xml =
        f.alibabaResponse()
            .nameId("PLACEHOLDER")
            .toXml()
            .replaceFirst("\\?>", "?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>")
            .replace(">PLACEHOLDER<", ">&x;<");

    f.alibabaRejects(Forge.base64(xml), Reason.DOCTYPE);
  }

  @Test
  void whenTheDocumentIsABillionLaughsBombThenItIsRejectedQuickly() {
    // XX2: ten levels of ten.
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String xml =
        "<?xml version=\"1.0\"?>"
            + dtd
            + "<samlp:Response xmlns:samlp=\""
            + Forge.SAMLP
            + "\">"
            + "&lol10;</samlp:Response>";

    long start = System.nanoTime();
    f.alibabaRejects(Forge.base64(xml), Reason.DOCTYPE);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void whenAnInternalDoctypeIsHarmlessThenItIsStillRejected() {
    // XX3: no DTD at all, by policy.
    String xml = f.alibabaResponse().toXml().replaceFirst("\\?>", "?><!DOCTYPE saml2p:Response>");

    f.alibabaRejects(Forge.base64(xml), Reason.DOCTYPE);
  }

  @Test
  void whenTheTextIsNotXmlThenItIsRejectedAsNotWellFormed() {
    // B64-3
    f.alibabaRejects(Forge.base64("hello world"), Reason.NOT_WELL_FORMED);
    f.alibabaRejects(Forge.base64("<samlp:Response"), Reason.NOT_WELL_FORMED);
  }

  @Test
  void whenTheRootIsABareAssertionThenItIsRejected() {
    // NS3: Alibaba asks for the complete Response.
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    String assertion = Forge.of(f.alibabaResponse().toXml()).xml();
    Element alone = forge.assertion();
    forge.document.replaceChild(alone, forge.root());

    assertThat(assertion).contains("Response");
    f.alibabaRejects(forge.base64(), Reason.NOT_A_RESPONSE);
  }

  @Test
  void whenTheRootIsASaml1ResponseThenItIsRejected() {
    // NS2
    String xml =
        "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:1.0:protocol\""
            + " MajorVersion=\"1\" MinorVersion=\"1\" ResponseID=\"_x\"/>";

    f.alibabaRejects(Forge.base64(xml), Reason.NOT_A_RESPONSE);
  }

  @Test
  void whenTheResponseVersionIsNotTwoThenItIsRejected() {
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    forge.root().setAttribute("Version", "1.1");

    f.alibabaRejects(forge.base64(), Reason.NOT_A_RESPONSE);
  }

  @Test
  void whenAnInstantIsNotADateThenTheResponseIsMalformed() {
    Forge forge = Forge.of(f.alibabaResponse().toXml());
    forge.root().setAttribute("IssueInstant", "yesterday");

    f.alibabaRejects(forge.base64(), Reason.MALFORMED_SAML);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("not found");
  }
}
