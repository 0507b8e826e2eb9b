package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MetadataTokensTest {

  private final MutableClock clock =
      new MutableClock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
  private final MetadataTokens tokens = new MetadataTokens(clock);

  @Test
  void whenATokenIsIssuedThenItIsValidUntilItsTtlByTheMockClock() {
    String token = tokens.issue(60);

    assertThat(tokens.valid(token)).isTrue();
    clock.advance(Duration.ofSeconds(59));
    assertThat(tokens.valid(token)).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.valid(token)).isFalse();
  }

  @Test
  void whenTheExpiryIsEditedOrTheTokenComesFromAnotherInstanceThenItIsRefused() {
    String token = tokens.issue(60);
    String later = (Long.parseLong(token.substring(0, token.indexOf('.'))) + 3600) + "";

    assertThat(tokens.valid(later + token.substring(token.indexOf('.')))).isFalse();
    assertThat(new MetadataTokens(clock).valid(token)).isFalse();
    assertThat(tokens.valid(null)).isFalse();
    assertThat(tokens.valid("")).isFalse();
    assertThat(tokens.valid("not-a-token")).isFalse();
  }

  @Test
  void whenTheTtlIsOutsideOneSecondToSixHoursThenNoTokenIsIssued() {
    assertThat(tokens.valid(tokens.issue(MetadataTokens.MAX_TTL_SECONDS))).isTrue();
    assertThatThrownBy(() -> tokens.issue(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tokens.issue(MetadataTokens.MAX_TTL_SECONDS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
