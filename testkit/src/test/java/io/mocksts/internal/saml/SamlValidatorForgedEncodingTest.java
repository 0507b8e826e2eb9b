package io.mocksts.internal.saml;

import io.mocksts.idp.SamlResponseBuilder;
import io.mocksts.internal.saml.SamlRejection.Reason;
import io.mocksts.testkit.saml.XmlEdit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The part of S0-S2 (of the {@code SamlValidator} pipeline, {@code SamlValidatorEncodingTest} in
 * mock-server) that needs a Response re-signed by the IdP after an edit: forged with {@link
 * XmlEdit}, so it lives with the testkit.
 */
class SamlValidatorForgedEncodingTest {

  private final SamlFixture f = new SamlFixture();

  /**
   * Regression: before processing instructions were refused, this Response (the IdP's signature
   * valid) was accepted with NameID {@code .evil.test}, the last piece of the split text.
   */
  @Test
  void whenTheIdpSignedANameIdSplitByAProcessingInstructionThenItIsRefusedForBothVendors() {
    for (boolean alibaba : new boolean[] {true, false}) {
      XmlEdit x =
          XmlEdit.of(
              (alibaba ? f.alibabaResponse() : f.tencentResponse())
                  .nameId("victim@example.test.evil.test")
                  .sign(SamlResponseBuilder.Signing.NONE)
                  .toXml());
      Element nameId = x.first(XmlEdit.SAML, "NameID");
      nameId.setTextContent("victim@example.test");
      nameId.appendChild(x.document.createProcessingInstruction("x", ""));
      nameId.appendChild(x.document.createTextNode(".evil.test"));
      XmlEdit.sign(x.assertion(), f.idp, null);

      if (alibaba) {
        f.alibabaRejects(x.base64(), Reason.MALFORMED_SAML);
      } else {
        f.tencentRejects(x.base64(), Reason.MALFORMED_SAML);
      }
    }
  }
}
