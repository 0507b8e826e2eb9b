package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.security.KeyException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.credential.BasicCredential;
import org.opensaml.security.credential.Credential;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.SignatureValidator;
import org.opensaml.xmlsec.signature.support.impl.SignatureAlgorithmValidator;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * S4-response-sig and S5-assertion-sig of the {@link SamlValidator} pipeline. Verification keys
 * come only from the {@link TrustedIdp}; {@code ds:KeyInfo} is used only to explain a failure
 * ({@link Reason#UNTRUSTED_KEY}).
 */
final class SignatureChecks {

  private static final String DSIG_NS = SignatureConstants.XMLSIG_NS;
  private static final SAMLSignatureProfileValidator SIGNATURE_PROFILE =
      new SAMLSignatureProfileValidator();

  private SignatureChecks() {}

  /** The profile's signature and digest algorithms, as OpenSAML's allow-list validator. */
  static SignatureAlgorithmValidator allowList(SamlProfile profile) {
    List<String> allowed = new ArrayList<>(profile.signatureUris());
    allowed.addAll(profile.digestUris());
    return new SignatureAlgorithmValidator(allowed, null);
  }

  /** S4: if the Response is signed, its signature covers it and verifies with a trusted key. */
  record ResponseSignatureVerifies(SignatureAlgorithmValidator algorithms)
      implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      return verifies(algorithms, input.response(), input.idp(), "Response");
    }
  }

  /** S5: if the Assertion is signed, its signature covers it and verifies with a trusted key. */
  record AssertionSignatureVerifies(SignatureAlgorithmValidator algorithms)
      implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      return verifies(algorithms, input.assertion(), input.idp(), "Assertion");
    }
  }

  /**
   * S5: a verified signature covers the Assertion: its own, or the enclosing Response's where the
   * profile admits that (Alibaba requires the Assertion's own, Alibaba role-based SSO,
   * https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso). Runs after the two
   * checks above, so a signature present here has verified.
   */
  record ResponseIsSignedOrItsAssertionIs() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      if (input.assertion().getSignature() != null) {
        return SamlCheck.pass();
      }
      if (input.profile().assertionSignatureRequired()) {
        return SamlCheck.fail(
            Reason.UNSIGNED, input.profile().vendor() + " requires the Assertion to be signed");
      }
      if (input.response().getSignature() == null) {
        return SamlCheck.fail(Reason.UNSIGNED, "neither the Response nor the Assertion is signed");
      }
      return SamlCheck.pass();
    }
  }

  /**
   * Reference, profile, algorithm and cryptographic check of one signature, if there is one; an
   * unsigned element passes here (whether it may be unsigned is {@link
   * ResponseIsSignedOrItsAssertionIs}'s question).
   */
  private static Optional<SamlRejection> verifies(
      SignatureAlgorithmValidator algorithms,
      SignableSAMLObject signed,
      TrustedIdp idp,
      String what) {
    Signature signature = signed.getSignature();
    if (signature == null) {
      return SamlCheck.pass();
    }
    Optional<SamlRejection> reference =
        referenceIsTheSignedElement(signature, signed.getSignatureReferenceID(), what);
    if (reference.isPresent()) {
      return reference;
    }
    try {
      SIGNATURE_PROFILE.validate(signature);
    } catch (SignatureException e) {
      return Optional.of(
          new SamlRejection(Reason.BAD_REFERENCE, what + " signature: " + e.getMessage(), e));
    }
    try {
      algorithms.validate(signature);
    } catch (SignatureException e) {
      return Optional.of(
          new SamlRejection(Reason.WEAK_ALGORITHM, what + " signature: " + e.getMessage(), e));
    }
    for (X509Certificate certificate : idp.signingCertificates()) {
      if (verifiesWith(signature, new BasicX509Credential(certificate))) {
        return SamlCheck.pass();
      }
    }
    if (verifiesWithItsOwnKeyInfo(signature)) {
      return SamlCheck.fail(
          Reason.UNTRUSTED_KEY,
          what + " is signed with a key that is not in the IdP metadata of " + idp.entityId());
    }
    return SamlCheck.fail(
        Reason.BAD_SIGNATURE, what + " signature does not verify with a trusted key");
  }

  /**
   * The strict reference rule (RF1/RF2): one Reference, whose URI is exactly {@code "#"} plus the
   * signed element's own, non-empty ID. OpenSAML's profile validator would accept {@code URI=""}.
   */
  private static Optional<SamlRejection> referenceIsTheSignedElement(
      Signature signature, String id, String what) {
    Element signatureElement = signature.getDOM();
    if (signatureElement == null) {
      return SamlCheck.fail(Reason.MALFORMED_SAML, what + " signature has no DOM");
    }
    List<Element> signedInfos = children(signatureElement, "SignedInfo");
    if (signedInfos.size() != 1) {
      return SamlCheck.fail(
          Reason.BAD_REFERENCE, what + " signature has " + signedInfos.size() + " SignedInfo");
    }
    List<Element> references = children(signedInfos.get(0), "Reference");
    if (references.size() != 1) {
      return SamlCheck.fail(
          Reason.BAD_REFERENCE,
          what + " signature has " + references.size() + " References, not exactly 1");
    }
    if (id == null || id.isBlank()) {
      return SamlCheck.fail(
          Reason.BAD_REFERENCE, what + " has no ID for its signature to reference");
    }
    Element reference = references.get(0);
    String uri = reference.hasAttribute("URI") ? reference.getAttribute("URI") : null;
    if (!("#" + id).equals(uri)) {
      return SamlCheck.fail(
          Reason.BAD_REFERENCE,
          what
              + " signature references "
              + (uri == null ? "nothing" : "'" + uri + "'")
              + ", not #"
              + id);
    }
    return SamlCheck.pass();
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element e
          && DSIG_NS.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static boolean verifiesWith(Signature signature, Credential credential) {
    try {
      SignatureValidator.validate(signature, credential);
      return true;
    } catch (SignatureException e) {
      return false;
    }
  }

  /** Only to name the failure: would the signature verify with the key it carries itself? */
  private static boolean verifiesWithItsOwnKeyInfo(Signature signature) {
    if (signature.getKeyInfo() == null) {
      return false;
    }
    try {
      for (X509Certificate certificate : KeyInfoSupport.getCertificates(signature.getKeyInfo())) {
        if (verifiesWith(signature, new BasicX509Credential(certificate))) {
          return true;
        }
      }
      for (PublicKey key : KeyInfoSupport.getPublicKeys(signature.getKeyInfo())) {
        if (verifiesWith(signature, new BasicCredential(key))) {
          return true;
        }
      }
    } catch (CertificateException | KeyException | RuntimeException e) {
      return false;
    }
    return false;
  }
}
