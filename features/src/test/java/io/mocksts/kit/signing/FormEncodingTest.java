package io.mocksts.kit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormEncodingTest {

  @Test
  void whenEncodingThenIterationOrderIsKeptAndPairsArePercentEncoded() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("RoleSessionName", "client one");
    params.put("RoleArn", "acs:ram::1:role/r");

    assertThat(FormEncoding.encode(params))
        .isEqualTo("RoleSessionName=client%20one&RoleArn=acs%3Aram%3A%3A1%3Arole%2Fr");
  }

  @Test
  void whenEncodingSortedThenPairsAreInByteOrderAndNullValueIsEmpty() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("b", "x*y");
    params.put("A", null);
    params.put("a", "~");

    assertThat(FormEncoding.encodeSorted(params)).isEqualTo("A=&a=~&b=x%2Ay");
  }

  @Test
  void whenMapIsEmptyThenEncodingIsEmpty() {
    assertThat(FormEncoding.encode(Map.of())).isEmpty();
    assertThat(FormEncoding.encodeSorted(Map.of())).isEmpty();
  }
}
