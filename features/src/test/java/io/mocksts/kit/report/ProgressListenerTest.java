package io.mocksts.kit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;

class ProgressListenerTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final ProgressListener listener =
      new ProgressListener(new PrintStream(printed, true, StandardCharsets.UTF_8), now::get);

  private List<String> lines() {
    return printed.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aHundredScenariosPrintAboutTwentyLinesWithCountElapsedAndFailures() {
    listener.start(100);
    for (int i = 0; i < 100; i++) {
      now.addAndGet(100);
      listener.finished(i % 10 == 3 ? Status.FAILED : i == 7 ? Status.ABORTED : Status.SUCCESSFUL);
    }

    assertThat(lines()).hasSize(21);
    assertThat(lines().get(0)).isEqualTo("[progress] 100 scenarios to run");
    assertThat(lines().get(1))
        .isEqualTo("[progress] scenario 5 of 100, 0:00 elapsed, 1 failed so far");
    assertThat(lines().get(20))
        .isEqualTo(
            "[progress] scenario 100 of 100, 0:10 elapsed, 10 failed so far, 1 not applicable");
  }

  @Test
  void aSlowRunPrintsAtLeastEveryThirtySeconds() {
    listener.start(1000);
    now.addAndGet(29_000);
    listener.finished(Status.SUCCESSFUL);
    now.addAndGet(2_000);
    listener.finished(Status.SUCCESSFUL);

    assertThat(lines())
        .containsExactly(
            "[progress] 1000 scenarios to run",
            "[progress] scenario 2 of 1000, 0:31 elapsed, 0 failed so far");
  }

  @Test
  void scenariosLeftOutByTheTagFilterAreTakenOffTheTotalAndTheLastLineIsAlwaysPrinted() {
    listener.start(100);
    for (int i = 0; i < 90; i++) {
      listener.skipped();
    }
    for (int i = 0; i < 7; i++) {
      listener.finished(Status.SUCCESSFUL);
    }
    listener.finishedRun();

    assertThat(lines())
        .containsExactly(
            "[progress] 100 scenarios to run",
            "[progress] scenario 5 of 10, 0:00 elapsed, 0 failed so far",
            "[progress] scenario 7 of 10, 0:00 elapsed, 0 failed so far");
  }

  @Test
  void aRunWithoutScenariosPrintsNothing() {
    listener.start(0);

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static TestIdentifier test(UniqueId id) {
    return TestIdentifier.from(
        new AbstractTestDescriptor(id, "t") {
          @Override
          public Type getType() {
            return Type.TEST;
          }
        });
  }

  @Test
  void onlyTheCucumberEnginesTestsAreScenarios() {
    UniqueId suite =
        UniqueId.forEngine("junit-platform-suite")
            .append("suite", "io.mocksts.kit.RunScenariosTest")
            .append("engine", "cucumber");

    assertThat(
            ProgressListener.isScenario(
                test(suite.append("feature", "alibaba/x.feature").append("scenario", "12"))))
        .isTrue();
    assertThat(
            ProgressListener.isScenario(
                test(UniqueId.forEngine("junit-jupiter").append("method", "m()"))))
        .isFalse();
  }
}
