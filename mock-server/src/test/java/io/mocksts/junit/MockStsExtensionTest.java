package io.mocksts.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MockStsExtensionTest {

  @Test
  void whenATestHasMovedTheClockThenItIsBackOnRealTimeAfterTheTest() {
    MockStsExtension extension = new MockStsExtension();
    extension.beforeAll(null);
    try {
      extension.sts().advanceClock(Duration.ofHours(2));
      assertThat(extension.sts().clockOffset()).isEqualTo(Duration.ofHours(2));

      extension.afterEach(null);

      assertThat(extension.sts().clockOffset()).isZero();
    } finally {
      extension.afterAll(null);
    }
  }
}
