package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationRuleTest {

  private final DurationRule rule = new DurationRule(900, 3600, 43200);

  @ParameterizedTest
  @NullAndEmptySource
  void whenParameterIsAbsentThenTheDefaultApplies(String raw) {
    assertThat(rule.resolve(raw)).hasValue(3600);
  }

  @Test
  void whenTheMaximumIsBelowTheDefaultThenTheDefaultIsCapped() {
    assertThat(new DurationRule(900, 3600, 1800).resolve(null)).hasValue(1800);
  }

  @ParameterizedTest
  @CsvSource({"900, 900", "3600, 3600", "43200, 43200", "' 1000 ', 1000"})
  void whenValueIsInRangeThenItIsAccepted(String raw, long seconds) {
    assertThat(rule.resolve(raw)).hasValue(seconds);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"899", "43201", "0", "-900", "abc", "3600s", "1e3", "99999999999999999999"})
  void whenValueIsOutOfRangeOrNotAnIntegerThenItIsRefused(String raw) {
    assertThat(rule.resolve(raw)).isEqualTo(OptionalLong.empty());
  }
}
