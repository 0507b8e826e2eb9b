package io.mocksts.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The run as JUnit XML ({@code conformance-junit.xml}), for CI servers that read test reports, in
 * the same vocabulary as {@code summary.json}: one {@code testsuite} per feature file, one {@code
 * testcase} per scenario, each carrying its result as the property {@code result}.
 *
 * <p>How each result maps onto what JUnit readers know: {@code failed} and {@code
 * stale-expectation} (the two that fail a run) are a {@code failure} whose type is the result;
 * {@code not-applicable} and {@code wip} are {@code skipped} with the result and its reason as the
 * message; {@code passed}, {@code expected-failure} and {@code observed} pass, the last two with
 * their reason in the properties, so a reader that only counts passes and failures counts what the
 * run's verdict counts.
 */
final class JUnitXml {

  static final String FILE = "conformance-junit.xml";

  private JUnitXml() {}

  static Path write(Path out, Summary summary) throws IOException {
    Path file = out.resolve(FILE);
    Files.writeString(file, render(summary), StandardCharsets.UTF_8);
    return file;
  }

  static String render(Summary summary) {
    Map<String, List<Summary.Entry>> byFeature = new LinkedHashMap<>();
    for (Summary.Entry entry : summary.scenarios()) {
      byFeature
          .computeIfAbsent(
              entry.uri() == null ? entry.feature() : entry.uri(), k -> new java.util.ArrayList<>())
          .add(entry);
    }
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "mock-sts conformance: " + target(summary));
      xml.writeAttribute("tests", String.valueOf(summary.scenarios().size()));
      xml.writeAttribute("failures", String.valueOf(count(summary.scenarios(), true)));
      xml.writeAttribute("skipped", String.valueOf(skipped(summary.scenarios())));
      xml.writeCharacters("\n");
      for (Map.Entry<String, List<Summary.Entry>> feature : byFeature.entrySet()) {
        suite(xml, feature.getKey(), feature.getValue());
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit XML report", e);
    }
    return text.toString();
  }

  private static void suite(XMLStreamWriter xml, String feature, List<Summary.Entry> entries)
      throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", feature);
    xml.writeAttribute("tests", String.valueOf(entries.size()));
    xml.writeAttribute("failures", String.valueOf(count(entries, true)));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", String.valueOf(skipped(entries)));
    xml.writeCharacters("\n");
    for (Summary.Entry entry : entries) {
      testcase(xml, feature, entry);
    }
    xml.writeCharacters("  ");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void testcase(XMLStreamWriter xml, String feature, Summary.Entry entry)
      throws XMLStreamException {
    xml.writeCharacters("    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", feature);
    xml.writeAttribute("name", entry.name());
    xml.writeCharacters("\n      ");
    xml.writeStartElement("properties");
    property(xml, "result", entry.result().label());
    property(xml, "id", entry.id());
    if (entry.reason() != null) {
      property(xml, "reason", entry.reason());
    }
    xml.writeEndElement();
    Outcome result = entry.result();
    if (result.failsTheRun()) {
      Summary.Failure failure = entry.failure();
      String message =
          result.label()
              + ": "
              + (entry.reason() != null
                  ? entry.reason()
                  : failure != null && failure.step() != null ? failure.step() : "failed");
      xml.writeCharacters("\n      ");
      xml.writeStartElement("failure");
      xml.writeAttribute("type", result.label());
      xml.writeAttribute("message", oneLine(message));
      if (failure != null && failure.message() != null) {
        xml.writeCharacters(text(failure.message()));
      }
      xml.writeEndElement();
    } else if (result == Outcome.NOT_APPLICABLE || result == Outcome.WIP) {
      xml.writeCharacters("\n      ");
      xml.writeEmptyElement("skipped");
      xml.writeAttribute(
          "message",
          oneLine(result.label() + (entry.reason() != null ? ": " + entry.reason() : "")));
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", oneLine(value));
  }

  private static long count(List<Summary.Entry> entries, boolean failing) {
    return entries.stream().filter(e -> e.result().failsTheRun() == failing).count();
  }

  private static long skipped(List<Summary.Entry> entries) {
    return entries.stream()
        .filter(e -> e.result() == Outcome.NOT_APPLICABLE || e.result() == Outcome.WIP)
        .count();
  }

  private static String target(Summary summary) {
    return summary.run() == null || summary.run().target() == null
        ? "unknown target"
        : summary.run().target();
  }

  /** Text XML 1.0 can carry: control characters but tab and line breaks become spaces. */
  private static String text(String value) {
    return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", " ");
  }

  /** XML 1.0 cannot carry most control characters, even escaped; a message is one line. */
  private static String oneLine(String value) {
    return value.replaceAll("[\\x00-\\x1F\\x7F]+", " ").strip();
  }
}
