package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class YamlLinesTest {

  private static final String YAML =
      String.join(
          "\n",
          "alibaba:",
          "  accounts:",
          "    - id: \"1\"",
          "      alias: a",
          "      users:",
          "        - name: alice",
          "        - name: bob",
          "          id: \"3\"",
          "tencent: {}",
          "");

  @Test
  void aKeyIsFoundOnItsLine() {
    assertThat(YamlLines.lineOf(YAML, "alibaba")).hasValue(1);
    assertThat(YamlLines.lineOf(YAML, "alibaba.accounts[0].alias")).hasValue(4);
    assertThat(YamlLines.lineOf(YAML, "alibaba.accounts[0].users[1].id")).hasValue(8);
    assertThat(YamlLines.lineOf(YAML, "tencent")).hasValue(9);
  }

  @Test
  void aKeyThatIsNotWrittenIsFoundOnItsNearestAncestor() {
    assertThat(YamlLines.lineOf(YAML, "alibaba.accounts[0].users[0].accessKeys")).hasValue(6);
  }

  @Test
  void aDocumentThatCannotBeReadHasNoLines() {
    assertThat(YamlLines.lineOf("a: [", "a")).isEqualTo(OptionalInt.empty());
  }
}
