package io.mocksts.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypesTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("application/json", "application/json"),
        Arguments.of("Application/JSON; charset=UTF-8", "application/json"),
        Arguments.of(
            "  application/x-www-form-urlencoded ;charset=utf-8",
            "application/x-www-form-urlencoded"),
        Arguments.of(";", ""),
        Arguments.of(";;;", ""),
        Arguments.of("  ;charset=x", ""),
        Arguments.of("text/plain;", "text/plain"),
        Arguments.of("ÄPPLICATION/JSÖN", "äpplication/jsön"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void whenAContentTypeIsReadThenItsMediaTypeIsThePartBeforeTheFirstSemicolon(
      String contentType, String mediaType) {
    assertThat(MediaTypes.of(contentType)).isEqualTo(mediaType);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t"})
  void whenTheHeaderIsAbsentOrBlankThenThereIsNoMediaType(String contentType) {
    assertThat(MediaTypes.of(contentType)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ";",
        ";;;",
        "  ;charset=x",
        "=;=",
        "\u0000",
        "\u00a0;",
        "\uD83D\uDE00/\uD83D\uDE00;\uD83D\uDE00",
        "\uD800",
        "application/json;;;;charset"
      })
  void whenTheValueIsOddThenReadingItNeverFails(String contentType) {
    assertThatCode(() -> MediaTypes.of(contentType)).doesNotThrowAnyException();
    assertThatCode(() -> MediaTypes.of(contentType.repeat(10_000))).doesNotThrowAnyException();
  }
}
