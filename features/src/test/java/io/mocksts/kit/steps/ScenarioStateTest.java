package io.mocksts.kit.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioStateTest {

  private final ScenarioState state = new ScenarioState();

  @Test
  void whenNotRecordingThenAFailedAssertionFailsTheStep() {
    assertThatThrownBy(() -> state.verify(() -> assertThat(400).isEqualTo(404)))
        .isInstanceOf(AssertionError.class);
    assertThat(state.observations()).isEmpty();
  }

  @Test
  void whenRecordingADocumentationGapThenAFailedAssertionIsObservedInstead() {
    state.recordOnly(true);

    state.verify(() -> assertThat(400).as("HTTP status").isEqualTo(404));

    assertThat(state.observations()).singleElement().asString().contains("HTTP status");
  }

  @Test
  void whenRecordingThenAPassingAssertionLeavesNoObservation() {
    state.recordOnly(true);

    state.verify(() -> assertThat(404).isEqualTo(404));

    assertThat(state.observations()).isEmpty();
  }
}
