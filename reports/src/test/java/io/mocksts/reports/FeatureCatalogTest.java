package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mocksts.reports.FeatureCatalog.Pickled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCatalogTest {

  private final FeatureCatalog catalog = FeatureCatalog.parse(Samples.features());

  @Test
  void whenParsedThenEveryOutlineRowIsAPickle() {
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.pickles()).hasSize(16);
    assertThat(catalog.pickles())
        .filteredOn(p -> p.name().startsWith("a RoleArn of another form"))
        .extracting(Pickled::line)
        .containsExactly(33, 34, 35, 40);
  }

  @Test
  void whenWipOnScenarioOrExamplesThenOnlyThosePicklesAreWip() {
    assertThat(catalog.wip())
        .extracting(Pickled::uri, Pickled::line, Pickled::name)
        .containsExactly(
            tuple(
                "alibaba/assume-role.feature",
                40,
                "a RoleArn of another form is wrongly formed: acs:ram::<&>:role/\"quoted\""),
            tuple("alibaba/assume-role.feature", 50, "a DurationSeconds below 900 is refused"));
    assertThat(catalog.active()).hasSize(14);
  }

  @Test
  void whenTagsAreInheritedThenPickleCarriesFeatureRuleAndExamplesTags() {
    Pickled wipRow = catalog.wip().get(0);

    assertThat(wipRow.feature()).isEqualTo("Alibaba Cloud STS AssumeRole");
    assertThat(wipRow.tags())
        .containsExactlyInAnyOrder(
            "@alibaba", "@action-AssumeRole", "@doc-alibaba-4.1-role-arn", "@wip");
  }

  @Test
  void whenStepsAssertErrorCodesThenPickleListsThem() {
    assertThat(catalog.pickles())
        .filteredOn(p -> p.line() == 50)
        .singleElement()
        .extracting(Pickled::codes)
        .isEqualTo(java.util.List.of("InvalidParameter.DurationSeconds"));
  }

  @Test
  void whenAFeatureFileDoesNotParseThenProblemIsNotedAndOthersAreKept(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("good.feature"), "Feature: good\n  Scenario: one\n    Given x\n");
    Files.writeString(dir.resolve("bad.feature"), "Given a step before any Feature line\n");

    FeatureCatalog parsed = FeatureCatalog.parse(dir);

    assertThat(parsed.pickles()).extracting(Pickled::name).containsExactly("one");
    assertThat(parsed.problems()).isNotEmpty().allMatch(p -> p.startsWith("bad.feature: "));
  }

  @Test
  void whenFeatureFilesWereCopiedToTargetThenTheCopiesAreSkipped(@TempDir Path dir)
      throws IOException {
    String feature = "Feature: f\n  Scenario: one\n    Given x\n";
    Files.createDirectories(dir.resolve("alibaba"));
    Files.createDirectories(dir.resolve("target/test-classes/alibaba"));
    Files.writeString(dir.resolve("alibaba/f.feature"), feature);
    Files.writeString(dir.resolve("target/test-classes/alibaba/f.feature"), feature);

    assertThat(FeatureCatalog.parse(dir).pickles())
        .extracting(Pickled::uri)
        .containsExactly("alibaba/f.feature");
  }

  @Test
  void whenDirectoryMissingThenProblemIsNoted(@TempDir Path dir) {
    FeatureCatalog parsed = FeatureCatalog.parse(dir.resolve("nope"));

    assertThat(parsed.pickles()).isEmpty();
    assertThat(parsed.problems()).singleElement().asString().contains("No feature directory");
  }
}
