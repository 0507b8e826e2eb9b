package io.mocksts.internal.saml;

import java.io.Reader;
import javax.xml.namespace.QName;
import net.shibboleth.utilities.java.support.component.ComponentInitializationException;
import net.shibboleth.utilities.java.support.xml.BasicParserPool;
import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.opensaml.core.config.InitializationException;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.core.xml.io.Unmarshaller;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The one place that starts OpenSAML and owns the shared XML parser (OpenSAML validation,
 * https://wiki.shibboleth.net/confluence/display/OS30/Initialization+and+Configuration).
 *
 * <p>{@link InitializationService#initialize()} loads every module's configuration through {@code
 * META-INF/services/org.opensaml.core.config.Initializer}; it takes about a second and is done once
 * per JVM, on first use of any class of this package. The parser pool keeps OpenSAML's secure
 * defaults: namespace aware, no DOCTYPE at all ({@code disallow-doctype-decl}), secure processing,
 * no entity expansion, no XInclude, comments dropped and text coalesced (so comment injection
 * cannot split a value: SAML comment injection,
 * https://duo.com/blog/duo-finds-saml-vulnerabilities-affecting-multiple-implementations). Its
 * builder features are never replaced, because replacing them would drop the DOCTYPE ban.
 */
public final class OpenSaml {

  private static final BasicParserPool PARSER = start();

  private OpenSaml() {}

  private static BasicParserPool start() {
    try {
      InitializationService.initialize();
      BasicParserPool pool = new BasicParserPool();
      pool.setMaxPoolSize(16);
      pool.initialize();
      return pool;
    } catch (InitializationException | ComponentInitializationException e) {
      throw new IllegalStateException("OpenSAML could not be initialised", e);
    }
  }

  /**
   * Makes sure OpenSAML is initialised: calling any static method runs this class's initialiser
   * once (idempotent, free after the first call). Callers use it to pay the start-up second early.
   */
  public static void ensureStarted() {
    // the class initialiser did the work
  }

  /** Parses text with the secure pool; DOCTYPEs and malformed input throw. */
  public static Document parse(Reader text) throws XMLParserException {
    return PARSER.parse(text);
  }

  /** Unmarshalls a parsed element; the returned object keeps this exact DOM. */
  static XMLObject unmarshall(Element element) throws UnmarshallingException {
    Unmarshaller unmarshaller = XMLObjectSupport.getUnmarshaller(element);
    if (unmarshaller == null) {
      throw new UnmarshallingException("no unmarshaller for " + element.getLocalName());
    }
    return unmarshaller.unmarshall(element);
  }

  /** Builds an empty SAML/XML object of the given element name. */
  @SuppressWarnings("unchecked")
  public static <T extends XMLObject> T build(QName elementName) {
    return (T) XMLObjectSupport.buildXMLObject(elementName);
  }

  /**
   * Builds an empty object of the given element name with an {@code xsi:type}, using the type's
   * builder (e.g. an {@code AttributeValue} of type {@code xs:string} is an {@code XSString}).
   */
  @SuppressWarnings("unchecked")
  public static <T extends XMLObject> T build(QName elementName, QName type) {
    return (T) XMLObjectSupport.getBuilder(type).buildObject(elementName, type);
  }

  /** Marshalls an object into (its own) DOM. */
  public static Element marshall(XMLObject object) {
    try {
      return XMLObjectSupport.marshall(object);
    } catch (MarshallingException e) {
      throw new IllegalStateException("cannot marshall " + object.getElementQName(), e);
    }
  }

  /** Serialises without any re-indentation, so that signed whitespace stays as signed. */
  public static String toXml(Element element) {
    return SerializeSupport.nodeToString(element);
  }

  /** Serialises with indentation: only for unsigned documents such as metadata. */
  static String toPrettyXml(Element element) {
    return SerializeSupport.prettyPrintXML(element);
  }
}
