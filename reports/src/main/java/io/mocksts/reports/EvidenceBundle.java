package io.mocksts.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The evidence bundle, {@code evidence.zip}: what to send to a vendor or attach to a CI run. It
 * holds {@code summary.json}, {@code run.json} (the run's metadata), the HTML and Markdown reports,
 * {@code exchanges.jsonl} (re-written from the redacted exchanges, never copied) and the
 * expectations ledger ({@code expectations.json}, {@code expectations.md}) when there is one. Every
 * text file is passed through {@link Redaction} once more on the way in.
 */
final class EvidenceBundle {

  static final String FILE = "evidence.zip";

  private EvidenceBundle() {}

  static Path write(
      Path out,
      Summary summary,
      Exchanges exchanges,
      Path summaryJson,
      Path html,
      Path markdown,
      List<Path> extras)
      throws IOException {
    ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    ObjectMapper line = JsonMapper.builder().build();
    Path zip = out.resolve(FILE);
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
      add(z, "summary.json", Files.readString(summaryJson));
      add(z, "run.json", json.writeValueAsString(summary.run()));
      add(z, html.getFileName().toString(), Files.readString(html));
      add(z, markdown.getFileName().toString(), Files.readString(markdown));
      if (!exchanges.isEmpty()) {
        StringBuilder lines = new StringBuilder();
        for (Exchanges.Exchange e : exchanges.all()) {
          lines.append(line.writeValueAsString(e)).append('\n');
        }
        add(z, "exchanges.jsonl", lines.toString());
      }
      for (Path extra : extras) {
        if (extra != null && Files.isRegularFile(extra)) {
          add(z, extra.getFileName().toString(), Files.readString(extra));
        }
      }
    }
    return zip;
  }

  private static void add(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(Redaction.text(text).getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }
}
