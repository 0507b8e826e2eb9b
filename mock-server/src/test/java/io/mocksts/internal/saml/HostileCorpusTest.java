package io.mocksts.internal.saml;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.internal.saml.HostileCorpus.Context;
import io.mocksts.internal.saml.HostileCorpus.Recipe;
import io.mocksts.internal.saml.SamlRejection.Reason;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus recipe, for both vendors, gets exactly its expected verdict. */
class HostileCorpusTest {

  private final SamlFixture f = new SamlFixture();

  static Stream<Arguments> variants() {
    return Stream.of(SamlProfile.alibaba(), SamlProfile.tencent())
        .flatMap(
            profile ->
                HostileCorpus.recipes().stream()
                    .filter(r -> r.appliesTo(profile))
                    .map(r -> Arguments.of(profile.vendor() + " " + r.id(), profile, r)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void whenAVariantIsSubmittedThenTheVerdictIsTheExpectedOne(
      String name, SamlProfile profile, Recipe recipe) {
    boolean alibaba = profile.vendor().equals("alibaba");
    SamlValidator validator = alibaba ? f.alibaba : f.tencent;
    RolePair role = alibaba ? SamlFixture.ALIBABA_PAIR : SamlFixture.TENCENT_PAIR;
    String variant = recipe.forge(new Context(profile, f.idp, f.attacker, role));
    if (recipe.replayed()) {
      validator.validate(variant, f.trusted, role);
    }

    Optional<Reason> verdict;
    try {
      ValidatedAssertion accepted = validator.validate(variant, f.trusted, role);
      assertThat(accepted.nameId())
          .as("an accepted variant keeps the genuine identity")
          .isNotEqualTo("admin");
      verdict = Optional.empty();
    } catch (SamlRejection e) {
      verdict = Optional.of(e.reason());
    }

    assertThat(verdict).as(recipe.description()).isEqualTo(recipe.expectedFor(profile));
  }

  @Test
  void whenTheCorpusIsListedThenItHasAtLeastSixtyVariantsPerVendorWithUniqueIds() {
    List<Recipe> recipes = HostileCorpus.recipes();
    Set<String> ids = recipes.stream().map(Recipe::id).collect(Collectors.toSet());

    assertThat(ids).hasSameSizeAs(recipes);
    for (SamlProfile profile : List.of(SamlProfile.alibaba(), SamlProfile.tencent())) {
      assertThat(recipes.stream().filter(r -> r.appliesTo(profile)).count())
          .as(profile.vendor())
          .isGreaterThanOrEqualTo(60);
    }
  }

  @Test
  void whenTheCorpusIsListedThenEveryAssertionRejectionReasonIsExpectedSomewhere() {
    Set<Reason> expected = new HashSet<>();
    for (Recipe r : HostileCorpus.recipes()) {
      r.expected().ifPresent(expected::add);
      r.perVendor().values().forEach(v -> v.ifPresent(expected::add));
    }
    Set<Reason> all = EnumSet.allOf(Reason.class);
    all.remove(Reason.IDP_METADATA_INVALID); // about the registered metadata, not a Response

    assertThat(expected).containsAll(all);
  }
}
