package io.mocksts.kit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunInfoTest {

  @TempDir Path dir;

  @Test
  void theKitVersionIsTheProjectVersionOfTheModulesPom() {
    assertThat(RunInfo.kitVersion(Path.of("pom.xml"))).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(RunInfo.kitVersion(dir.resolve("missing.xml"))).isNull();
  }

  @Test
  void aProfileIsNamedByItsNameKeyElseByItsFileAndGivesOnlyItsRegions() throws IOException {
    Path named =
        Files.writeString(
            dir.resolve("alibaba-live.yaml"),
            """
            name: "Alibaba production, cn-hangzhou"
            alibaba:
              region: ${ALIBABA_REGION}
              accounts:
                - alias: main
                  rootAccessKeys:
                    - id: ${ALIBABA_CLOUD_ACCESS_KEY_ID}
                      secret: ${ALIBABA_CLOUD_ACCESS_KEY_SECRET}
            tencent:
              region: ap-guangzhou
            """);
    Path unnamed =
        Files.writeString(dir.resolve("tencent-live.yml"), "tencent:\n  region: ${UNSET}\n");

    assertThat(RunInfo.profileName(named)).isEqualTo("Alibaba production, cn-hangzhou");
    assertThat(RunInfo.profileName(unnamed)).isEqualTo("tencent-live");
    assertThat(RunInfo.profileName(null)).isNull();
    assertThat(RunInfo.regions(named, Map.of("ALIBABA_REGION", "cn-hangzhou")::get))
        .containsExactly(Map.entry("alibaba", "cn-hangzhou"), Map.entry("tencent", "ap-guangzhou"));
    assertThat(RunInfo.regions(unnamed, k -> null)).isEmpty();
  }
}
