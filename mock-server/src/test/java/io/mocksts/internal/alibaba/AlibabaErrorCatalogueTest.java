package io.mocksts.internal.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mock's error catalogue agrees with the documented one in {@code
 * fixtures/errors/alibaba.yaml}, which the kit checks responses against: the one place where
 * messages are compared with the documentation (docs/architecture.md, rule 5).
 */
class AlibabaErrorCatalogueTest {

  private static JsonNode codes;

  @BeforeAll
  static void readCatalogue() throws IOException {
    codes =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("..", "fixtures", "errors", "alibaba.yaml").toFile())
            .get("codes");
  }

  @ParameterizedTest
  @EnumSource(AlibabaError.class)
  void whenTheMockAnswersAnErrorThenTheCatalogueDocumentsItsCodeStatusAndMessage(
      AlibabaError error) {
    String code = error.code().replace("%s", "{ParameterName}");
    JsonNode entry = null;
    for (JsonNode candidate : codes) {
      if (candidate.get("code").asText().equals(code)) {
        entry = candidate;
      }
    }
    assertThat(entry).as("%s (%s) in fixtures/errors/alibaba.yaml", code, error).isNotNull();
    assertThat(entry.get("status").asInt()).as("status of %s", code).isEqualTo(error.status());
    List<String> messages = new ArrayList<>();
    entry.get("messages").forEach(m -> messages.add(m.asText()));
    assertThat(messages).as("documented messages of %s", code).contains(error.message());
    assertThat(entry.path("applies").size())
        .as("%s is produced by the mock, so it applies", code)
        .isPositive();
    if (error.confirmed()) {
      assertThat(entry.get("confirmed").asBoolean()).as("confirmed %s", code).isTrue();
    }
  }
}
