package io.mocksts.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "a=b", "a=%20&b=%7e%7E", "%41%42=%43", "a+b=c", "%ff"})
  void whenEveryEscapeHasTwoHexDigitsThenTheTextIsWellFormed(String text) {
    assertThat(Escapes.wellFormed(text)).isTrue();
    assertThat(Escapes.wellFormed(text.getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"X=%zz", "X=%", "%", "X=%4", "X=%u0041", "%zz=1", "a=%2", "a=%%41"})
  void whenAnEscapeIsBrokenThenTheTextIsMalformed(String text) {
    assertThat(Escapes.wellFormed(text)).isFalse();
    assertThat(Escapes.wellFormed(text.getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}
