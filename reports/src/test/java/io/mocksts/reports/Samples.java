package io.mocksts.reports;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The sample inputs under {@code src/test/resources/sample}. */
final class Samples {

  static final Instant GENERATED_AT = Instant.parse("2026-11-26T10:20:00Z");

  private Samples() {}

  static Path dir() {
    try {
      return Path.of(Samples.class.getResource("/sample").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path cucumberJson() {
    return dir().resolve("cucumber.json");
  }

  static Path features() {
    return dir().resolve("features");
  }

  static Path alibabaCatalogue() {
    return dir().resolve("errors/alibaba.yaml");
  }

  static Path tencentCatalogue() {
    return dir().resolve("errors/tencent.yaml");
  }

  static ConformanceReport.Inputs inputs(Path cucumberJson, Path out, Path... catalogues) {
    return new ConformanceReport.Inputs(
        cucumberJson, features(), List.of(catalogues), "live", out, GENERATED_AT);
  }
}
