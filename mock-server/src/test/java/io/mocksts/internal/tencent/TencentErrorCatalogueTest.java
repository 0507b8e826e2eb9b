package io.mocksts.internal.tencent;

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
 * fixtures/errors/tencent.yaml}, which the kit checks responses against: the one place where
 * messages are compared with the documentation (docs/architecture.md, rule 5).
 */
class TencentErrorCatalogueTest {

  private static JsonNode codes;

  @BeforeAll
  static void readCatalogue() throws IOException {
    codes =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("..", "fixtures", "errors", "tencent.yaml").toFile())
            .get("codes");
  }

  @ParameterizedTest
  @EnumSource(TencentError.class)
  void whenTheMockAnswersAnErrorThenTheCatalogueDocumentsItsCodeStatusAndMessage(
      TencentError error) {
    String code = error.code();
    JsonNode entry = null;
    for (JsonNode candidate : codes) {
      if (candidate.get("code").asText().equals(code)) {
        entry = candidate;
      }
    }
    assertThat(entry).as("%s (%s) in fixtures/errors/tencent.yaml", code, error).isNotNull();
    assertThat(entry.get("status").asInt())
        .as("API 3.0 answers %s with HTTP 200", code)
        .isEqualTo(200);
    assertThat(entry.get("zh").asText())
        .as("Chinese description of %s", code)
        .isEqualTo(error.chinese());
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
