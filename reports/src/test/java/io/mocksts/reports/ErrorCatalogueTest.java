package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mocksts.reports.ErrorCatalogue.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorCatalogueTest {

  private static Entry entry(String code) {
    return new Entry(code, 400, List.of(), true, List.of("AssumeRole"), null, "5.2", null);
  }

  @Test
  void whenProjectCatalogueLoadedThenVendorIsFileStemAndSchemaIsRead() throws IOException {
    ErrorCatalogue alibaba = ErrorCatalogue.load(Path.of("../fixtures/errors/alibaba.yaml"));

    assertThat(alibaba.vendor()).isEqualTo("alibaba");
    assertThat(alibaba.codes()).extracting(Entry::code).contains("Missing{ParameterName}");
    Entry internal =
        alibaba.codes().stream().filter(e -> e.code().equals("InternalError")).findFirst().get();
    assertThat(internal.applicable()).isTrue();
    assertThat(internal.provokable()).as("a scenario injects InternalError").isTrue();
    assertThat(alibaba.codes())
        .filteredOn(e -> !e.applicable())
        .allSatisfy(e -> assertThat(e.why()).isNotBlank());
  }

  @Test
  void whenScenarioKeyAbsentThenCodeIsProvokable() {
    assertThat(entry("NoPermission").provokable()).isTrue();
  }

  @Test
  void whenCodeHasPlaceholderThenItMatchesNamesWithoutDots() {
    Entry missing = entry("Missing{ParameterName}");

    assertThat(missing.isPattern()).isTrue();
    assertThat(missing.matches("MissingRoleArn")).isTrue();
    assertThat(missing.matches("MissingRoleSessionName")).isTrue();
    assertThat(missing.matches("Missing")).isFalse();
    assertThat(missing.matches("MissingParameter.RoleArn")).isFalse();
    assertThat(missing.matches("InvalidRoleArn")).isFalse();
  }

  @Test
  void whenCodeIsLiteralThenOnlyItselfMatches() {
    assertThat(entry("InvalidParameter.RoleArn").matches("InvalidParameter.RoleArn")).isTrue();
    assertThat(entry("InvalidParameter.RoleArn").matches("InvalidParameterXRoleArn")).isFalse();
  }

  @Test
  void whenCodesListMissingThenLoadFails(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tencent.yaml"), "errors: []\n");

    assertThatThrownBy(() -> ErrorCatalogue.load(file)).isInstanceOf(IOException.class);
  }
}
