package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.util.Optional;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;
import org.w3c.dom.Document;

/** S3-response of the {@link SamlValidator} pipeline: the Response around the assertion. */
final class ResponseChecks {

  private ResponseChecks() {}

  /** S3: Version 2.0 (else not a SAML 2.0 Response) and a non-blank ID. */
  record ResponseIsVersion20WithAnId() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      Response response = input.response();
      SAMLVersion version = response.getVersion();
      if (version == null
          || version.getMajorVersion() != SAMLVersion.VERSION_20.getMajorVersion()
          || version.getMinorVersion() != SAMLVersion.VERSION_20.getMinorVersion()) {
        return SamlCheck.fail(Reason.NOT_A_RESPONSE, "Response Version is not 2.0");
      }
      if (response.getID() == null || response.getID().isBlank()) {
        return SamlCheck.fail(Reason.MALFORMED_SAML, "Response without ID");
      }
      return SamlCheck.pass();
    }
  }

  /** S3: the StatusCode is Success. */
  record StatusIsSuccess() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      var status = input.response().getStatus();
      StatusCode code = status == null ? null : status.getStatusCode();
      if (code == null || !StatusCode.SUCCESS.equals(code.getValue())) {
        return SamlCheck.fail(
            Reason.STATUS_NOT_SUCCESS,
            "StatusCode " + (code == null ? "missing" : code.getValue()));
      }
      return SamlCheck.pass();
    }
  }

  /** S3: no InResponseTo, the flow being unsolicited (IdP-initiated). */
  record ResponseIsUnsolicited() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      return input.response().getInResponseTo() == null
          ? SamlCheck.pass()
          : SamlCheck.fail(
              Reason.UNEXPECTED_IN_RESPONSE_TO, "Response InResponseTo in an unsolicited flow");
    }
  }

  /** S3: a Destination, if present, is one of the vendor's endpoints. */
  record DestinationIsTheVendors() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      String destination = input.response().getDestination();
      if (destination != null && !input.profile().destinations().contains(destination)) {
        return SamlCheck.fail(Reason.WRONG_DESTINATION, "Destination " + destination);
      }
      return SamlCheck.pass();
    }
  }

  /** S3: a Response Issuer, if present, is the IdP's entityID. */
  record ResponseIssuerIsTheIdp() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      Issuer issuer = input.response().getIssuer();
      return issuer == null ? SamlCheck.pass() : issuerIsTheIdp(issuer, input.idp(), "Response");
    }
  }

  /** S3: no EncryptedAssertion anywhere (the mock has no decryption key). */
  record NoAssertionIsEncrypted() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      return count(input.document(), EncryptedAssertion.DEFAULT_ELEMENT_LOCAL_NAME) > 0
          ? SamlCheck.fail(Reason.ENCRYPTED_ASSERTION, "EncryptedAssertion is not supported")
          : SamlCheck.pass();
    }
  }

  /** S3: exactly one Assertion in the whole document, and it is the Response's. */
  record DocumentHasExactlyOneAssertion() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      int assertions = count(input.document(), Assertion.DEFAULT_ELEMENT_LOCAL_NAME);
      int inResponse = input.response().getAssertions().size();
      if (assertions != 1 || inResponse != 1) {
        return SamlCheck.fail(
            Reason.NOT_EXACTLY_ONE_ASSERTION,
            assertions + " Assertion elements in the document, " + inResponse + " in the Response");
      }
      return SamlCheck.pass();
    }
  }

  /** An Issuer (of the Response or the Assertion) that names the trusted IdP. */
  static Optional<SamlRejection> issuerIsTheIdp(Issuer issuer, TrustedIdp idp, String where) {
    String value = issuerValue(issuer);
    if (value == null || value.isEmpty()) {
      return SamlCheck.fail(Reason.WRONG_ISSUER, where + " has no Issuer");
    }
    if (!value.equals(idp.entityId())) {
      return SamlCheck.fail(
          Reason.WRONG_ISSUER, where + " Issuer " + value + " is not " + idp.entityId());
    }
    return SamlCheck.pass();
  }

  /** The Issuer's value, trimmed; {@code null} when there is none. */
  static String issuerValue(Issuer issuer) {
    return issuer == null || issuer.getValue() == null ? null : issuer.getValue().trim();
  }

  private static int count(Document document, String localName) {
    return document.getElementsByTagNameNS(SAMLConstants.SAML20_NS, localName).getLength();
  }
}
