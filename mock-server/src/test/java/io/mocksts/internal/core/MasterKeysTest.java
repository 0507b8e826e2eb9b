package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MasterKeysTest {

  private static final String KEY32 = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String OTHER32 =
      Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(40, (byte) 0xfb));

  private static byte[] bytes(int length, byte value) {
    byte[] out = new byte[length];
    java.util.Arrays.fill(out, value);
    return out;
  }

  @Test
  void whenTheTextHasSeveralKeysThenTheFirstIsCurrentAndAllAreFound() {
    MasterKeys keys =
        MasterKeys.parse("# rotation\n\nk2:" + OTHER32 + "\r\n  k1 : " + KEY32 + "  \n");

    assertThat(keys.current().id()).isEqualTo("k2");
    assertThat(keys.ids()).containsExactly("k2", "k1");
    assertThat(keys.find("k1")).get().extracting(MasterKeys.Key::bytes).isEqualTo(new byte[32]);
    assertThat(keys.find("k2"))
        .get()
        .extracting(MasterKeys.Key::bytes)
        .isEqualTo(bytes(40, (byte) 0xfb));
    assertThat(keys.find("k3")).isEmpty();
    assertThat(keys.origin()).isEqualTo(MasterKeys.Origin.SUPPLIED);
  }

  @Test
  void whenAKeyIsGeneratedThenItsLineParsesBackWithThirtyTwoBytes() {
    String line = MasterKeys.generateLine("k20300101");

    MasterKeys keys = MasterKeys.parse(line);

    assertThat(keys.current().id()).isEqualTo("k20300101");
    assertThat(keys.current().bytes()).hasSize(32);
    assertThat(MasterKeys.generateLine("k")).isNotEqualTo(MasterKeys.generateLine("k"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|has 31 bytes; at least 32 are required",
        "nocolon|expected keyId:base64key",
        "bad id:AAAA|a key id is 1 to 32 characters",
        ":AAAA|a key id is 1 to 32 characters",
        "k1:not*base64|the key is not Base64",
        "# only a comment|no key",
      })
  void whenALineIsUnusableThenTheErrorSaysWhyWithoutTheKey(String text, String reason) {
    assertThatThrownBy(() -> MasterKeys.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("AAAAAAAAAAAA"));
  }

  @Test
  void whenAKeyIdRepeatsThenTheTextIsRefused() {
    assertThatThrownBy(() -> MasterKeys.parse("k1:" + KEY32 + "\nk1:" + OTHER32))
        .hasMessage("line 2: key id 'k1' repeats");
  }

  @Test
  void whenPrintedThenNoKeyAppears() {
    MasterKeys keys = MasterKeys.parse("k1:" + OTHER32);

    assertThat(keys.toString()).contains("k1").doesNotContain(OTHER32);
    assertThat(keys.current().toString()).isEqualTo("Key[k1]");
  }

  @Test
  void whenRandomThenTheKeyIsThisInstancesOwn() {
    MasterKeys one = MasterKeys.random();
    MasterKeys two = MasterKeys.random();

    assertThat(one.origin()).isEqualTo(MasterKeys.Origin.RANDOM);
    assertThat(one.current().id()).isNotEqualTo(two.current().id());
    assertThat(one.current().bytes()).hasSize(32).isNotEqualTo(two.current().bytes());
  }
}
