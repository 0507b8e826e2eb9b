package io.mocksts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MockStsOptionsTest {

  @Test
  void whenEachOptionIsChangedThenOnlyItChanges() {
    Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    MockStsOptions options =
        MockStsOptions.defaults()
            .withPort(8080)
            .withHttpsPort(8443)
            .withBindAddress("0.0.0.0")
            .withWorldFile(Path.of("w.yaml"))
            .withClock(fixed)
            .withJournalSize(7)
            .withVerbose(true)
            .withAssumeRoleCallsPerMinute(3)
            .withAdminToken("t");

    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.httpsPort()).contains(8443);
    assertThat(options.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(options.worldFile()).contains(Path.of("w.yaml"));
    assertThat(options.clock()).isSameAs(fixed);
    assertThat(options.journalSize()).isEqualTo(7);
    assertThat(options.verbose()).isTrue();
    assertThat(options.assumeRoleCallsPerMinute()).isEqualTo(3);
    assertThat(options.admin().token()).contains("t");
    assertThat(MockStsOptions.defaults().withPort(1).httpsPort()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536, 99999})
  void whenAPortIsOutOfRangeThenTheOptionsAreRefused(int port) {
    assertThatThrownBy(() -> MockStsOptions.defaults().withPort(port))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 and 65535");
    assertThatThrownBy(() -> MockStsOptions.defaults().withHttpsPort(port))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whenACountIsNegativeOrTheBindAddressEmptyThenTheOptionsAreRefused() {
    assertThatThrownBy(() -> MockStsOptions.defaults().withJournalSize(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MockStsOptions.defaults().withAssumeRoleCallsPerMinute(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MockStsOptions.defaults().withBindAddress(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
