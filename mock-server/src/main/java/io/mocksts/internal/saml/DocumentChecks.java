package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.Response;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;
import org.w3c.dom.traversal.NodeIterator;

/**
 * S0-S2 of the {@link SamlValidator} pipeline: from the {@code SAMLAssertion} text to a SAML 2.0
 * {@code Response}. Size and encoding come before any XML work, so that oversized or undecodable
 * input costs nothing.
 */
final class DocumentChecks {

  private DocumentChecks() {}

  /** S0-size: within the vendor's length limits, checked before decoding. */
  record SizeIsWithinTheProfile(SamlProfile profile) implements SamlCheck<String> {
    @Override
    public Optional<SamlRejection> check(String samlAssertion) {
      int length = samlAssertion.length();
      if (length > profile.maxLength()) {
        return SamlCheck.fail(
            Reason.TOO_LONG, length + " characters, more than " + profile.maxLength() + " allowed");
      }
      if (length < profile.minLength()) {
        return SamlCheck.fail(
            Reason.TOO_SHORT,
            length + " characters, fewer than " + profile.minLength() + " needed");
      }
      return SamlCheck.pass();
    }
  }

  /** S0-base64: strict Base64 (not the MIME decoder), read into bytes. */
  record TextIsStrictBase64() implements Function<String, SamlRead<byte[]>> {
    @Override
    public SamlRead<byte[]> apply(String samlAssertion) {
      try {
        return SamlRead.of(Base64.getDecoder().decode(samlAssertion));
      } catch (IllegalArgumentException e) {
        return SamlRead.refused(Reason.NOT_BASE64, e.getMessage());
      }
    }
  }

  /** S0-utf8: the bytes are UTF-8 (malformed input reported, not replaced); a BOM is skipped. */
  record BytesAreUtf8() implements Function<byte[], SamlRead<String>> {
    @Override
    public SamlRead<String> apply(byte[] bytes) {
      String xml;
      try {
        xml =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        return SamlRead.refused(Reason.NOT_UTF8, "the decoded bytes are not UTF-8");
      }
      return SamlRead.of(xml.startsWith("\uFEFF") ? xml.substring(1) : xml);
    }
  }

  /** S0-utf8: no NUL character (a sign of UTF-16 or binary data). */
  record TextHasNoNulCharacter() implements SamlCheck<String> {
    @Override
    public Optional<SamlRejection> check(String xml) {
      return xml.indexOf('\0') >= 0
          ? SamlCheck.fail(Reason.NOT_UTF8, "NUL characters (UTF-16 or binary data?)")
          : SamlCheck.pass();
    }
  }

  /** S0-utf8: an XML declaration, if any, declares UTF-8 (policy U2). */
  record DeclaredEncodingIsUtf8() implements SamlCheck<String> {
    private static final Pattern XML_DECLARATION_ENCODING =
        Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");

    @Override
    public Optional<SamlRejection> check(String xml) {
      Matcher declaration = XML_DECLARATION_ENCODING.matcher(xml);
      if (declaration.find()) {
        String encoding = declaration.group(1).toUpperCase(Locale.ROOT);
        if (!encoding.equals("UTF-8") && !encoding.equals("UTF8")) {
          return SamlCheck.fail(Reason.NOT_UTF8, "declared encoding " + declaration.group(1));
        }
      }
      return SamlCheck.pass();
    }
  }

  /** S1-parse: well-formed XML without a DOCTYPE, parsed securely. */
  record TextIsWellFormedXmlWithoutDoctype() implements Function<String, SamlRead<Document>> {
    @Override
    public SamlRead<Document> apply(String xml) {
      try {
        // A character stream: the parser sees exactly the UTF-8 text checked above.
        return SamlRead.of(OpenSaml.parse(new StringReader(xml)));
      } catch (XMLParserException e) {
        if (xml.contains("<!DOCTYPE")) {
          return SamlRead.refused(
              new SamlRejection(Reason.DOCTYPE, "DOCTYPE declarations are not accepted", e));
        }
        return SamlRead.refused(new SamlRejection(Reason.NOT_WELL_FORMED, rootCause(e), e));
      }
    }
  }

  /**
   * S1-parse: no processing instruction anywhere. The parser drops comments and coalesces CDATA, so
   * a signed text value reaches OpenSAML as one text node, except when a processing instruction
   * splits it: OpenSAML then keeps only the last piece, and a NameID the IdP signed as {@code
   * victim@example.test<?x?>.evil.test} would be read as {@code .evil.test} (the twin of comment
   * injection, OneUptime 2025). SAML protocol messages never need one, so refuse them all.
   */
  record DocumentHasNoProcessingInstruction() implements SamlCheck<Document> {
    @Override
    public Optional<SamlRejection> check(Document document) {
      NodeIterator instructions =
          ((DocumentTraversal) document)
              .createNodeIterator(document, NodeFilter.SHOW_PROCESSING_INSTRUCTION, null, false);
      Node found = instructions.nextNode();
      return found == null
          ? SamlCheck.pass()
          : SamlCheck.fail(
              Reason.MALFORMED_SAML,
              "processing instruction <?" + found.getNodeName() + "?> refused");
    }
  }

  /** S2-unmarshal: the root is a {@code samlp:Response}, read by OpenSAML. */
  record RootIsASaml2Response() implements Function<Document, SamlRead<Response>> {
    @Override
    public SamlRead<Response> apply(Document document) {
      Element root = document.getDocumentElement();
      if (!SAMLConstants.SAML20P_NS.equals(root.getNamespaceURI())
          || !"Response".equals(root.getLocalName())) {
        return SamlRead.refused(
            Reason.NOT_A_RESPONSE,
            "root element {" + root.getNamespaceURI() + "}" + root.getLocalName());
      }
      XMLObject object;
      try {
        object = OpenSaml.unmarshall(root);
      } catch (Exception e) {
        return SamlRead.refused(new SamlRejection(Reason.MALFORMED_SAML, rootCause(e), e));
      }
      if (!(object instanceof Response response)) {
        return SamlRead.refused(Reason.NOT_A_RESPONSE, "not a SAML 2.0 Response");
      }
      return SamlRead.of(response);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return String.valueOf(cause.getMessage());
  }
}
