package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The run as JUnit XML, in the summary's vocabulary, for CI servers. */
class JUnitXmlTest {

  @TempDir Path out;

  private Document rendered() throws Exception {
    ConformanceReport.render(
        ResultSamples.inputs(out), ResultSamples.context(ResultSamples.exchanges(out)));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(out.resolve(JUnitXml.FILE).toFile());
  }

  private static String at(Document xml, String xpath) throws Exception {
    XPath path = XPathFactory.newInstance().newXPath();
    return path.evaluate(xpath, xml);
  }

  private static String testcase(String name) {
    return "//testcase[@name=\"" + name + "\"]";
  }

  @Test
  void everyScenarioIsATestcaseWithItsResultAsAProperty() throws Exception {
    Document xml = rendered();

    assertThat(at(xml, "/testsuites/@tests")).isEqualTo("8");
    assertThat(at(xml, "count(//testcase)")).isEqualTo("8");
    assertThat(
            at(
                xml,
                testcase("a session name with an at sign")
                    + "/properties/property[@name='result']/@value"))
        .isEqualTo("observed");
    assertThat(
            at(
                xml,
                testcase("the credentials expire after the requested duration")
                    + "/properties/property[@name='result']/@value"))
        .isEqualTo("expected-failure");
  }

  @Test
  void onlyTheResultsThatFailTheRunAreFailuresAndTheOnesThatDidNotRunAreSkipped() throws Exception {
    Document xml = rendered();

    assertThat(at(xml, "/testsuites/@failures")).isEqualTo("2");
    assertThat(at(xml, testcase("a RoleArn of another account is refused") + "/failure/@type"))
        .isEqualTo("failed");
    assertThat(at(xml, testcase("without RoleArn the request is refused") + "/failure/@type"))
        .isEqualTo("stale-expectation");
    assertThat(
            at(
                xml,
                "count("
                    + testcase("the credentials expire after the requested duration")
                    + "/failure)"))
        .as("an expected failure passes, as it does in the run's verdict")
        .isEqualTo("0");
    assertThat(at(xml, "/testsuites/@skipped")).isEqualTo("2");
    assertThat(at(xml, testcase("a moved clock expires the credentials") + "/skipped/@message"))
        .startsWith("not-applicable: ");
    assertThat(at(xml, testcase("a RoleArn with quotes is refused") + "/skipped/@message"))
        .startsWith("wip");
  }

  @Test
  void theEvidenceBundleCarriesIt() throws Exception {
    rendered();

    try (ZipFile zip = new ZipFile(out.resolve(EvidenceBundle.FILE).toFile())) {
      assertThat(zip.stream().map(e -> e.getName())).anyMatch(n -> n.endsWith(JUnitXml.FILE));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
