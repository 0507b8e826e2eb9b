package io.mocksts.internal.saml;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Edits a signed Response the way an attacker would: on a plain JAXP DOM, after signing, and
 * serialised without re-indentation, so that the signed bytes stay as signed (XML Signature,
 * https://www.w3.org/TR/xmldsig-core1/). Test code only.
 */
final class Forge {

  static final String SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol";
  static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
  static final String DS = "http://www.w3.org/2000/09/xmldsig#";

  final Document document;

  private Forge(Document document) {
    this.document = document;
  }

  static Forge of(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return new Forge(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  Element assertion() {
    return first(SAML, "Assertion");
  }

  /** The n-th (0-based) element of that name in document order. */
  Element nth(String namespace, String localName, int n) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
    if (nodes.getLength() <= n) {
      throw new IllegalStateException("no " + localName + " #" + n);
    }
    return (Element) nodes.item(n);
  }

  Element first(String namespace, String localName) {
    return nth(namespace, localName, 0);
  }

  /** The ds:Signature that is a direct child of {@code parent}. */
  static Element signatureOf(Element parent) {
    for (Element child : children(parent)) {
      if (DS.equals(child.getNamespaceURI()) && "Signature".equals(child.getLocalName())) {
        return child;
      }
    }
    throw new IllegalStateException("no signature under " + parent.getLocalName());
  }

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  static void remove(Node node) {
    node.getParentNode().removeChild(node);
  }

  /** A deep copy, in this document, not yet attached. */
  Element copy(Element element) {
    return (Element) element.cloneNode(true);
  }

  /** Removes every ds:Signature below {@code element} (and its own). */
  static void stripSignatures(Element element) {
    NodeList signatures = element.getElementsByTagNameNS(DS, "Signature");
    List<Node> all = new ArrayList<>();
    for (int i = 0; i < signatures.getLength(); i++) {
      all.add(signatures.item(i));
    }
    all.forEach(Forge::remove);
  }

  String xml() {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String base64() {
    return base64(xml());
  }

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
