package io.mocksts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Master keys through the public API: options, start-up errors, what is printed. */
class MasterKeyTest {

  @TempDir Path dir;

  @Test
  void whenOptionsCarryAKeyThenTheyDefaultToRealSignaturesAndPrintNoKey() {
    String line = MasterKey.generateLine("k1");
    MockStsOptions options = MockStsOptions.defaults().withMasterKey(MasterKey.of(line));

    assertThat(MockStsOptions.defaults().signatureClock())
        .isEqualTo(MockStsOptions.SignatureClock.REAL);
    assertThat(MockStsOptions.defaults().masterKey()).isEmpty();
    assertThat(options.masterKey()).isPresent();
    assertThat(options.toString()).doesNotContain(line.substring(3));
    assertThat(
            MockStsOptions.defaults()
                .withSignatureClock(MockStsOptions.SignatureClock.MOCK)
                .signatureClock())
        .isEqualTo(MockStsOptions.SignatureClock.MOCK);
  }

  @Test
  void whenTheKeyFileIsMissingThenTheStartFailsNamingIt() {
    Path missing = dir.resolve("nope");

    assertThatThrownBy(() -> MockSts.start(MockStsOptions.defaults().withMasterKeyFile(missing)))
        .isInstanceOf(MockStsException.class)
        .hasMessage("master key file " + missing + ": no such file");
  }

  @Test
  void whenTheKeyFileIsADirectoryThenTheStartFailsSayingHowToMountASecret() {
    assertThatThrownBy(() -> MockSts.start(MockStsOptions.defaults().withMasterKeyFile(dir)))
        .isInstanceOf(MockStsException.class)
        .hasMessageStartingWith("master key file " + dir + ": is a directory");
  }

  @Test
  void whenTheKeyIsTooShortThenTheStartFailsWithoutPrintingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("short"), "k1:c2hvcnQta2V5\n");

    assertThatThrownBy(() -> MockSts.start(MockStsOptions.defaults().withMasterKeyFile(file)))
        .isInstanceOf(MockStsException.class)
        .hasMessage(
            "master key file " + file + ": line 1: key 'k1' has 9 bytes; at least 32 are required")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("c2hvcnQta2V5"));
  }

  @Test
  void whenKeyLinesAreGivenDirectlyAndUnusableThenTheyAreRefusedAtOnce() {
    assertThatThrownBy(() -> MasterKey.of("k1"))
        .isInstanceOf(MockStsException.class)
        .hasMessageContaining("expected keyId:base64key");
    assertThatThrownBy(() -> MasterKey.generateLine("has space"))
        .isInstanceOf(MockStsException.class);
  }

  @Test
  void whenStartedWithAKeyFileThenTheIdsAreReportedCurrentFirst() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("keys"),
            MasterKey.generateLine("new") + "\n" + MasterKey.generateLine("old") + "\n");

    try (MockSts sts = MockSts.start(MockStsOptions.defaults().withMasterKeyFile(file))) {
      assertThat(sts.masterKeySupplied()).isTrue();
      assertThat(sts.masterKeyIds()).containsExactly("new", "old");
    }
  }

  @Test
  void whenTheClockIsMovedThroughTheJavaApiThenItsViewFollowsAndResetPutsItBack() {
    try (MockSts sts = MockSts.start()) {
      java.time.Instant target = java.time.Instant.parse("2030-01-01T00:00:00Z");
      sts.setClock(target);

      assertThat(sts.clock().instant()).isBetween(target, target.plusSeconds(5));
      sts.advanceClock(Duration.ofHours(1));
      assertThat(sts.clock().instant())
          .isBetween(target.plusSeconds(3600), target.plusSeconds(3605));
      sts.resetClock();
      assertThat(sts.clockOffset()).isZero();
      assertThat(sts.signatureClock()).isEqualTo(MockStsOptions.SignatureClock.REAL);
    }
  }
}
