package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceBundleTest {

  @TempDir Path out;

  private static Map<String, String> unzip(Path zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        entries.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  @Test
  void theBundleHoldsTheSummaryReportsExchangesExpectationsAndRunMetadata() throws IOException {
    ConformanceReport.Result result =
        ConformanceReport.render(
            ResultSamples.inputs(out), ResultSamples.context(ResultSamples.exchanges(out)));

    Map<String, String> entries = unzip(result.evidence());

    assertThat(result.evidence()).isEqualTo(out.resolve("evidence.zip"));
    assertThat(entries.keySet())
        .containsExactly(
            "summary.json",
            "run.json",
            "conformance.html",
            "conformance.md",
            "exchanges.jsonl",
            "conformance-junit.xml",
            "expectations.json");
    assertThat(entries.get("summary.json"))
        .isEqualTo(Files.readString(out.resolve("summary.json")));
    assertThat(entries.get("run.json")).contains("\"profile\" : \"alibaba-live\"");
    assertThat(entries.get("exchanges.jsonl").lines()).hasSize(2);
  }

  @Test
  void noSecretOfTheWorldFileIsAnywhereInTheBundle() throws IOException {
    List<String> secrets = ResultSamples.worldSecrets();
    ConformanceReport.Result result =
        ConformanceReport.render(
            ResultSamples.inputs(out), ResultSamples.context(ResultSamples.exchanges(out)));
    assertThat(Files.readString(out.resolve("exchanges.jsonl"))).contains(secrets.get(1));

    Map<String, String> entries = unzip(result.evidence());

    for (Map.Entry<String, String> entry : entries.entrySet()) {
      for (String secret : secrets) {
        assertThat(entry.getValue()).as(entry.getKey()).doesNotContain(secret);
      }
    }
    assertThat(entries.get("exchanges.jsonl")).contains("Signature=***");
  }
}
