package io.mocksts.kit.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.kit.Shapes;
import java.io.IOException;
import java.io.StringReader;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the fidelity table compares of an answer: status, content type, error code and message, and
 * the set of fields (JSON member paths, or XML element paths; array elements as {@code []}) with
 * their values, of which only those named in {@link Shapes} are compared, by shape.
 */
record ResponseFacts(
    int status,
    String contentType,
    Optional<String> code,
    Optional<String> message,
    Map<String, String> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Fields whose values differ from call to call: compared by shape (rule 6). */
  private static final Map<String, String> ALIBABA_SHAPES =
      Map.of(
          "RequestId", "request id",
          "AccessKeyId", "temporary AccessKeyId",
          "SecurityToken", "security token",
          "Expiration", "UTC timestamp");

  private static final Map<String, String> TENCENT_SHAPES =
      Map.of(
          "RequestId", "request id",
          "TmpSecretId", "temporary SecretId",
          "Token", "session token",
          "Expiration", "UTC timestamp");

  static ResponseFacts of(String vendor, int status, String contentType, String body) {
    Map<String, String> fields = new TreeMap<>();
    String trimmed = body == null ? "" : body.strip();
    if (trimmed.startsWith("{")) {
      try {
        walk("", JSON.readTree(trimmed), fields);
      } catch (IOException e) {
        // not JSON: no fields
      }
    } else if (trimmed.startsWith("<")) {
      xml(trimmed, fields);
    }
    String codePath = vendor.equals("tencent") ? "Response.Error.Code" : "Code";
    String messagePath = vendor.equals("tencent") ? "Response.Error.Message" : "Message";
    if (!fields.containsKey(codePath) && !vendor.equals("tencent")) {
      // Alibaba's XML error envelope: <Error><Code>
      codePath = "Error.Code";
      messagePath = "Error.Message";
    }
    return new ResponseFacts(
        status,
        normalisedType(contentType),
        Optional.ofNullable(fields.get(codePath)),
        Optional.ofNullable(fields.get(messagePath)),
        fields);
  }

  /** Whether the value of a field has the shape its name asks for, when it names one. */
  static Optional<Boolean> shaped(String vendor, String path, String value) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    String shape = (vendor.equals("tencent") ? TENCENT_SHAPES : ALIBABA_SHAPES).get(last);
    if (shape == null) {
      return Optional.empty();
    }
    Pattern pattern = Shapes.of(vendor, shape);
    return Optional.of(pattern.matcher(value).matches());
  }

  static String normalisedType(String contentType) {
    return contentType == null ? "" : contentType.replace(" ", "").toLowerCase(Locale.ROOT);
  }

  private static void walk(String prefix, JsonNode node, Map<String, String> fields) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        walk(
            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            field.getValue(),
            fields);
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        fields.put(prefix + "[]", "");
      }
      node.forEach(element -> walk(prefix + "[]", element, fields));
    } else {
      fields.putIfAbsent(prefix, node.isNull() ? "null" : node.asText());
    }
  }

  private static void xml(String body, Map<String, String> fields) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    StringBuilder path = new StringBuilder();
    StringBuilder text = new StringBuilder();
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(body));
      boolean root = true;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (root) {
            // the root element's name is a field too: e.g. GetCallerIdentityResponse
            fields.put("<" + reader.getLocalName() + ">", "");
            root = false;
            continue;
          }
          if (path.length() > 0) {
            path.append('.');
          }
          path.append(reader.getLocalName());
          text.setLength(0);
        } else if (event == XMLStreamConstants.CHARACTERS) {
          text.append(reader.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (path.length() == 0) {
            continue;
          }
          fields.putIfAbsent(path.toString(), text.toString().strip());
          int dot = path.lastIndexOf(".");
          path.setLength(Math.max(dot, 0));
          text.setLength(0);
        }
      }
    } catch (XMLStreamException e) {
      fields.put("(malformed XML)", "");
    }
  }
}
