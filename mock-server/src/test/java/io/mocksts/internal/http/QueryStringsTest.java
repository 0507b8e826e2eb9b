package io.mocksts.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"a=%zz", "a=%", "a=%4", "a=%u0041", "%zz=1", "%=1", "b%4q=1", "a=1&b=%G1"})
  void whenAPercentEscapeIsMalformedThenParsingFailsWithIllegalArgument(String text) {
    assertThatThrownBy(() -> QueryStrings.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a=1&a=2", "a=&a="})
  void whenANameRepeatsThenEveryPairIsReturnedInOrder(String text) {
    List<Map.Entry<String, String>> pairs = QueryStrings.parse(text);

    assertThat(pairs).hasSize(2).allSatisfy(p -> assertThat(p.getKey()).isEqualTo("a"));
  }
}
