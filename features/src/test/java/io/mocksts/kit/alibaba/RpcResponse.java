package io.mocksts.kit.alibaba;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.kit.Reply;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A response as the kit received it, with field lookup by dotted path ({@code
 * Credentials.AccessKeyId}) that works the same for a JSON body and for the children of an XML
 * body's root element.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type header, or empty
 * @param body the body text
 */
public record RpcResponse(int status, String contentType, String body) implements Reply {

  private static final ObjectMapper JSON = new ObjectMapper();

  public boolean isJson() {
    return contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
  }

  public boolean isXml() {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/xml") || type.startsWith("application/xml");
  }

  /**
   * An Alibaba call succeeded when it was answered with HTTP 200 (Alibaba responses,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md).
   */
  @Override
  public boolean succeeded() {
    return status == 200;
  }

  /**
   * {@code Code} of an error answer (Alibaba error body,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md).
   */
  @Override
  public Optional<String> errorCode() {
    return status == 200 ? Optional.empty() : field("Code");
  }

  /** The JSON body; fails when the body is not JSON. */
  @Override
  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("the body is not JSON: " + abbreviated(), e);
    }
  }

  /** The XML body, parsed without DTDs or external entities; fails when it is not XML. */
  public Document xml() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    } catch (Exception e) {
      throw new AssertionError("the body is not XML: " + abbreviated(), e);
    }
  }

  /** A field by dotted path, from JSON or from below the XML root element. */
  @Override
  public Optional<String> field(String path) {
    String[] parts = path.split("\\.");
    if (isXml()) {
      Node node = xml().getDocumentElement();
      for (String part : parts) {
        node = child(node, part);
        if (node == null) {
          return Optional.empty();
        }
      }
      return Optional.of(node.getTextContent());
    }
    JsonNode node = json();
    for (String part : parts) {
      node = node.get(part);
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.of(node.isValueNode() ? node.asText() : node.toString());
  }

  private static Node child(Node parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName() != null && e.getLocalName().equals(name)) {
        return n;
      }
    }
    return null;
  }

  /** The body, cut to a length fit for an assertion message. */
  @Override
  public String abbreviated() {
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }
}
