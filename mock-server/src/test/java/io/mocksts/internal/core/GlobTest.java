package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource({
    "*, '', true",
    "*, anything, true",
    "'', '', true",
    "'', a, false",
    "abc, abc, true",
    "abc, abd, false",
    "abc, ab, false",
    "a?c, abc, true",
    "a?c, ac, false",
    "a*c, ac, true",
    "a*c, abbbc, true",
    "a*c, abbbd, false",
    "sts:*, sts:AssumeRole, true",
    "*Role, sts:AssumeRole, true",
    "*:*Role*, sts:AssumeRoleWithSAML, true",
    "a*b*c, axxbyyc, true",
    "a*b*c, axxbyy, false",
    "**, x, true",
    "STS:*, sts:AssumeRole, false",
  })
  void whenPatternIsMatchedCaseSensitivelyThenWildcardsApply(
      String pattern, String value, boolean matches) {
    assertThat(Glob.matches(pattern, value)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource({"STS:*, sts:AssumeRole, true", "sts:assume?ole, STS:AssumeRole, true"})
  void whenPatternIsMatchedIgnoringCaseThenCaseDoesNotMatter(
      String pattern, String value, boolean matches) {
    assertThat(Glob.matchesIgnoreCase(pattern, value)).isEqualTo(matches);
  }
}
