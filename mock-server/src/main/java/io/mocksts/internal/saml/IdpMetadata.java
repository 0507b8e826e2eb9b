package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.SingleSignOnService;
import org.opensaml.security.SecurityException;
import org.opensaml.security.credential.UsageType;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;
import org.opensaml.xmlsec.signature.KeyInfo;

/**
 * SAML 2.0 IdP metadata: rendered for the test IdP (to register with an STS; SAML 2.0 metadata,
 * https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf) and read back into a
 * {@link TrustedIdp} (OpenSAML validation,
 * https://wiki.shibboleth.net/confluence/display/OS30/Initialization+and+Configuration). Reading
 * uses the same secure parser as Responses: no DOCTYPE, no entities.
 */
public final class IdpMetadata {

  /** The NameID formats the test IdP announces. */
  private static final List<String> NAME_ID_FORMATS =
      List.of(
          "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
          "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
          "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");

  static {
    OpenSaml.ensureStarted();
  }

  private IdpMetadata() {}

  /**
   * Renders an {@code EntityDescriptor} with one {@code IDPSSODescriptor} whose signing key is
   * {@code certificate}.
   *
   * @param entityId the IdP's entityID (the Issuer of its Responses)
   * @param certificate the signing certificate
   * @param ssoLocation the HTTP-POST SingleSignOnService location
   * @return indented XML, UTF-8, no byte order mark
   */
  public static String render(String entityId, X509Certificate certificate, String ssoLocation) {
    EntityDescriptor entity = OpenSaml.build(EntityDescriptor.DEFAULT_ELEMENT_NAME);
    entity.setEntityID(entityId);
    IDPSSODescriptor idp = OpenSaml.build(IDPSSODescriptor.DEFAULT_ELEMENT_NAME);
    idp.addSupportedProtocol(SAMLConstants.SAML20P_NS);
    idp.setWantAuthnRequestsSigned(false);

    KeyDescriptor key = OpenSaml.build(KeyDescriptor.DEFAULT_ELEMENT_NAME);
    key.setUse(UsageType.SIGNING);
    key.setKeyInfo(keyInfo(certificate));
    idp.getKeyDescriptors().add(key);

    for (String format : NAME_ID_FORMATS) {
      NameIDFormat nameIdFormat = OpenSaml.build(NameIDFormat.DEFAULT_ELEMENT_NAME);
      nameIdFormat.setURI(format);
      idp.getNameIDFormats().add(nameIdFormat);
    }
    SingleSignOnService sso = OpenSaml.build(SingleSignOnService.DEFAULT_ELEMENT_NAME);
    sso.setBinding(SAMLConstants.SAML2_POST_BINDING_URI);
    sso.setLocation(ssoLocation);
    idp.getSingleSignOnServices().add(sso);

    entity.getRoleDescriptors().add(idp);
    String xml = OpenSaml.toPrettyXml(OpenSaml.marshall(entity)).strip();
    int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    return xml.substring(0, declarationEnd) + "\n" + xml.substring(declarationEnd).strip() + "\n";
  }

  /**
   * Reads IdP metadata: the root must be an {@code EntityDescriptor} with an {@code
   * IDPSSODescriptor} for SAML 2.0 that has at least one {@code KeyDescriptor} of use {@code
   * signing} (or no use) carrying an X.509 certificate.
   *
   * @param utf8 the metadata document, UTF-8 (a leading byte order mark is tolerated)
   * @throws SamlRejection with {@link Reason#IDP_METADATA_INVALID} when it is unusable
   */
  public static TrustedIdp parse(byte[] utf8) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8))
              .toString();
    } catch (CharacterCodingException e) {
      throw invalid("not UTF-8", e);
    }
    return parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** Reads IdP metadata from text; see {@link #parse(byte[])}. */
  public static TrustedIdp parse(String xml) {
    XMLObject root;
    try {
      root = OpenSaml.unmarshall(OpenSaml.parse(new StringReader(xml)).getDocumentElement());
    } catch (XMLParserException | UnmarshallingException e) {
      throw invalid("not a readable XML document: " + e.getMessage(), e);
    }
    if (!(root instanceof EntityDescriptor entity)) {
      throw invalid("the root element is not an md:EntityDescriptor", null);
    }
    if (entity.getEntityID() == null || entity.getEntityID().isBlank()) {
      throw invalid("the EntityDescriptor has no entityID", null);
    }
    IDPSSODescriptor idp = entity.getIDPSSODescriptor(SAMLConstants.SAML20P_NS);
    if (idp == null) {
      throw invalid("no IDPSSODescriptor supporting SAML 2.0", null);
    }
    List<X509Certificate> certificates = new ArrayList<>();
    for (KeyDescriptor key : idp.getKeyDescriptors()) {
      UsageType use = key.getUse();
      if (use != null && use != UsageType.SIGNING && use != UsageType.UNSPECIFIED) {
        continue;
      }
      try {
        certificates.addAll(KeyInfoSupport.getCertificates(key.getKeyInfo()));
      } catch (CertificateException e) {
        throw invalid("a signing certificate cannot be read", e);
      }
    }
    if (certificates.isEmpty()) {
      throw invalid("the IDPSSODescriptor has no signing certificate", null);
    }
    return new TrustedIdp(entity.getEntityID(), certificates);
  }

  public static KeyInfo keyInfo(X509Certificate certificate) {
    X509KeyInfoGeneratorFactory factory = new X509KeyInfoGeneratorFactory();
    factory.setEmitEntityCertificate(true);
    try {
      return factory.newInstance().generate(new BasicX509Credential(certificate));
    } catch (SecurityException e) {
      throw new IllegalStateException("cannot write the certificate as KeyInfo", e);
    }
  }

  private static SamlRejection invalid(String detail, Throwable cause) {
    return new SamlRejection(Reason.IDP_METADATA_INVALID, detail, cause);
  }
}
