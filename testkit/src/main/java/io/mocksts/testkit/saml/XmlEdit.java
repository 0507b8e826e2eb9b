package io.mocksts.testkit.saml;

import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.OpenSaml;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.transforms.params.InclusiveNamespaces;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Edits a signed Response the way an attacker would: on a DOM, after signing, serialised without
 * re-indentation (whitespace is signed content, XML Signature 1.1,
 * https://www.w3.org/TR/xmldsig-core1/). For the {@link HostileCorpus} and for tests that forge a
 * variant of their own; nothing here validates.
 */
public final class XmlEdit {

  public static final String SAMLP = SAMLConstants.SAML20P_NS;
  public static final String SAML = SAMLConstants.SAML20_NS;
  public static final String DS = SignatureConstants.XMLSIG_NS;

  /** The parsed Response, edited in place. */
  public final Document document;

  private XmlEdit(Document document) {
    this.document = document;
  }

  public static XmlEdit of(String xml) {
    try {
      return new XmlEdit(OpenSaml.parse(new StringReader(xml)));
    } catch (XMLParserException e) {
      throw new IllegalArgumentException("cannot parse the Response to forge", e);
    }
  }

  public Element root() {
    return document.getDocumentElement();
  }

  /** The Response's own (first direct child) Assertion. */
  public Element assertion() {
    return child(root(), SAML, "Assertion");
  }

  /** The first element of that name in document order. */
  public Element first(String namespace, String localName) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
    if (nodes.getLength() == 0) {
      throw new IllegalStateException("no " + localName);
    }
    return (Element) nodes.item(0);
  }

  /** The ds:Signature that is a direct child of {@code parent}. */
  public static Element signatureOf(Element parent) {
    return child(parent, DS, "Signature");
  }

  public static Element child(Element parent, String namespace, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && namespace.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    throw new IllegalStateException("no " + localName + " under " + parent.getLocalName());
  }

  public static void remove(Node node) {
    node.getParentNode().removeChild(node);
  }

  /** A deep copy in this document, not yet attached. */
  public Element copy(Element element) {
    return (Element) element.cloneNode(true);
  }

  /** A copy without its own signature, the NameID changed: the "evil" twin of XSW recipes. */
  public Element evilCopy(Element signed, String newId) {
    Element evil = copy(signed);
    remove(signatureOf(evil));
    if (newId != null) {
      evil.setAttribute("ID", newId);
    }
    makeEvil(evil);
    return evil;
  }

  /** Changes the first NameID below {@code element} to {@code admin}. */
  public static void makeEvil(Element element) {
    element.getElementsByTagNameNS(SAML, "NameID").item(0).setTextContent("admin");
  }

  /** Every ds:Signature of the document. */
  public void stripSignatures() {
    NodeList found = document.getElementsByTagNameNS(DS, "Signature");
    List<Node> all = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      all.add(found.item(i));
    }
    all.forEach(XmlEdit::remove);
  }

  /**
   * The Base64 SHA-256 digest a Reference to {@code signed} would carry after an edit: exclusive
   * C14N (without comments, with the InclusiveNamespaces PrefixList its own signature names) of the
   * element in place, its own enveloped ds:Signature left out. What an attacker computes to make a
   * forged DigestValue match edited content.
   */
  public static String digest(Element signed) {
    Element signature = null;
    Node next = null;
    for (Node n = signed.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && DS.equals(e.getNamespaceURI())
          && "Signature".equals(e.getLocalName())) {
        signature = e;
        next = e.getNextSibling();
      }
    }
    String prefixes = null;
    if (signature != null) {
      NodeList lists =
          signature.getElementsByTagNameNS(
              InclusiveNamespaces.ExclusiveCanonicalizationNamespace,
              InclusiveNamespaces._TAG_EC_INCLUSIVENAMESPACES);
      if (lists.getLength() > 0) {
        prefixes = ((Element) lists.item(0)).getAttribute(InclusiveNamespaces._ATT_EC_PREFIXLIST);
      }
      signed.removeChild(signature);
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Canonicalizer.getInstance(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS)
          .canonicalizeSubtree(signed, prefixes, out);
      return Base64.getEncoder()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    } catch (XMLSecurityException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot digest " + signed.getLocalName(), e);
    } finally {
      if (signature != null) {
        signed.insertBefore(signature, next);
      }
    }
  }

  /**
   * Signs {@code element} with the IdP's key as its IdP would, with Santuario directly rather than
   * OpenSAML's signer: an enveloped signature after its Issuer (or first), Reference {@code #ID},
   * enveloped + exclusive C14N transforms, RSA-SHA256 / SHA-256, the certificate in KeyInfo.
   *
   * @param inclusivePrefixes the exclusive C14N transform's InclusiveNamespaces PrefixList, or
   *     {@code null} for none
   */
  public static void sign(Element element, TestIdp idp, String inclusivePrefixes) {
    Document document = element.getOwnerDocument();
    element.setIdAttributeNS(null, "ID", true);
    try {
      XMLSignature signature =
          new XMLSignature(
              document,
              "",
              SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256,
              SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
      Node after = null;
      for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && "Issuer".equals(e.getLocalName())) {
          after = e;
          break;
        }
      }
      element.insertBefore(
          signature.getElement(), after == null ? element.getFirstChild() : after.getNextSibling());
      Transforms transforms = new Transforms(document);
      transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
      if (inclusivePrefixes == null) {
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      } else {
        transforms.addTransform(
            Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS,
            new InclusiveNamespaces(document, inclusivePrefixes).getElement());
      }
      signature.addDocument(
          "#" + element.getAttribute("ID"), transforms, SignatureConstants.ALGO_ID_DIGEST_SHA256);
      signature.addKeyInfo(idp.certificate());
      signature.sign(idp.key());
    } catch (XMLSecurityException e) {
      throw new IllegalStateException("cannot sign " + element.getLocalName(), e);
    }
  }

  public Element element(String namespace, String qualifiedName) {
    return document.createElementNS(namespace, qualifiedName);
  }

  public String xml() {
    return SerializeSupport.nodeToString(document);
  }

  public String base64() {
    return base64(xml());
  }

  public static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
