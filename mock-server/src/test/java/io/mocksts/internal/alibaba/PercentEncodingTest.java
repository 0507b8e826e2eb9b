package io.mocksts.internal.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {

  @Test
  void whenCharactersAreUnreservedThenTheyAreKept() {
    String unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";

    assertThat(PercentEncoding.encode(unreserved)).isEqualTo(unreserved);
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\" \" | %20",
        "* | %2A",
        "+ | %2B",
        "/ | %2F",
        ": | %3A",
        "= | %3D",
        "& | %26",
        "% | %25",
        "é | %C3%A9",
        "中 | %E4%B8%AD",
        "😀 | %F0%9F%98%80",
        "a b*c~d | a%20b%2Ac~d",
        "\"\" | \"\"",
      })
  void whenCharacterIsReservedThenItIsEncodedAsUpperCaseUtf8Hex(String raw, String encoded) {
    assertThat(PercentEncoding.encode(raw)).isEqualTo(encoded);
  }

  @Test
  void whenEveryAsciiCharacterIsEncodedThenItMatchesTheDocumentedReference() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 128; c++) {
      all.append(c);
    }
    String value = all.toString();

    assertThat(PercentEncoding.encode(value)).isEqualTo(reference(value));
  }

  /**
   * The reference implementation quoted in Alibaba V1 signature,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md
   * step 2.
   */
  private static String reference(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
