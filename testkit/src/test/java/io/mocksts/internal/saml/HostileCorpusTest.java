package io.mocksts.internal.saml;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.idp.SamlResponseBuilder;
import io.mocksts.internal.saml.SamlRejection.Reason;
import io.mocksts.testkit.saml.HostileCorpus;
import io.mocksts.testkit.saml.HostileCorpus.Context;
import io.mocksts.testkit.saml.HostileCorpus.Recipe;
import io.mocksts.testkit.saml.Refusal;
import io.mocksts.testkit.saml.XmlEdit;
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
                    .filter(r -> r.appliesTo(profile.vendor()))
                    .map(r -> Arguments.of(profile.vendor() + " " + r.id(), profile, r)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void whenAVariantIsSubmittedThenTheVerdictIsTheExpectedOne(
      String name, SamlProfile profile, Recipe recipe) {
    boolean alibaba = profile.vendor().equals("alibaba");
    SamlValidator validator = alibaba ? f.alibaba : f.tencent;
    RolePair role;
    if (recipe.secondProvider()) {
      role = alibaba ? SamlFixture.ALIBABA_SECOND_PAIR : SamlFixture.TENCENT_SECOND_PAIR;
    } else {
      role = alibaba ? SamlFixture.ALIBABA_PAIR : SamlFixture.TENCENT_PAIR;
    }
    TrustedIdp trusted = recipe.secondProvider() ? f.secondTrusted : f.trusted;
    String variant =
        recipe.forge(
            new Context(
                profile.vendor(), f.idp, f.attacker, role.roleArn(), role.providerArn(), f.second));
    if (recipe.replayed()) {
      SamlFixture.accepted(validator, variant, trusted, role);
    }

    Optional<Reason> verdict;
    try {
      ValidatedAssertion accepted = SamlFixture.accepted(validator, variant, trusted, role);
      assertThat(accepted.nameId())
          .as("an accepted variant keeps the genuine identity")
          .isNotEqualTo("admin");
      if (List.of("CI1", "PI1", "PI3").contains(recipe.id())) {
        assertThat(accepted.nameId())
            .as("a split NameID is read whole, never truncated")
            .isEqualTo("victim@example.test.evil.test");
      }
      assertThat(accepted.role()).as("the requested role").isEqualTo(role);
      verdict = Optional.empty();
    } catch (SamlRejection e) {
      verdict = Optional.of(e.reason());
    }

    assertThat(verdict)
        .as(recipe.description())
        .isEqualTo(asReason(recipe.expectedFor(profile.vendor())));
  }

  /**
   * The forging helper behind DV1 and SI1 computes what a signer would write: for an untouched
   * Assertion, exactly its signed DigestValue (so the forged digests of edits are real ones).
   */
  @Test
  void whenAnUntouchedAssertionIsDigestedThenTheDigestIsItsSignedDigestValue() {
    XmlEdit x = XmlEdit.of(f.alibabaResponse().toXml());

    String digest = XmlEdit.digest(x.assertion());

    assertThat(digest).isEqualTo(x.first(XmlEdit.DS, "DigestValue").getTextContent().trim());
  }

  /** The re-signing helper behind CZ5/CZ6 and MD1-MD3 makes signatures the validator accepts. */
  @Test
  void whenAnAssertionIsResignedWithTheIdpKeyThenBothVendorsAcceptIt() {
    for (boolean alibaba : new boolean[] {true, false}) {
      XmlEdit x =
          XmlEdit.of(
              (alibaba ? f.alibabaResponse() : f.tencentResponse())
                  .sign(SamlResponseBuilder.Signing.NONE)
                  .toXml());
      XmlEdit.sign(x.assertion(), f.idp, null);

      ValidatedAssertion accepted =
          alibaba ? f.alibabaValidates(x.base64()) : f.tencentValidates(x.base64());

      assertThat(accepted.nameId()).isEqualTo("alice");
    }
  }

  @Test
  void whenTheCorpusIsListedThenItHasAtLeastSixtyVariantsPerVendorWithUniqueIds() {
    List<Recipe> recipes = HostileCorpus.recipes();
    Set<String> ids = recipes.stream().map(Recipe::id).collect(Collectors.toSet());

    assertThat(ids).hasSameSizeAs(recipes);
    for (SamlProfile profile : List.of(SamlProfile.alibaba(), SamlProfile.tencent())) {
      assertThat(recipes.stream().filter(r -> r.appliesTo(profile.vendor())).count())
          .as(profile.vendor())
          .isGreaterThanOrEqualTo(60);
    }
  }

  @Test
  void whenTheCorpusIsListedThenEveryAssertionRejectionReasonIsExpectedSomewhere() {
    Set<Reason> expected = new HashSet<>();
    for (Recipe r : HostileCorpus.recipes()) {
      asReason(r.expected()).ifPresent(expected::add);
      r.perVendor().values().forEach(v -> asReason(v).ifPresent(expected::add));
    }
    Set<Reason> all = EnumSet.allOf(Reason.class);
    all.remove(Reason.IDP_METADATA_INVALID); // about the registered metadata, not a Response

    assertThat(expected).containsAll(all);
  }

  /**
   * The corpus names its verdicts with the testkit's {@link Refusal}, the validator with {@link
   * Reason}: the two lists are the same names, so a verdict maps by name.
   */
  @Test
  void whenTheCorpusVerdictsAreComparedWithTheValidatorsReasonsThenTheNamesAreTheSame() {
    assertThat(EnumSet.allOf(Refusal.class).stream().map(Enum::name))
        .containsExactlyElementsOf(EnumSet.allOf(Reason.class).stream().map(Enum::name).toList());
  }

  static Optional<Reason> asReason(Optional<Refusal> refusal) {
    return refusal.map(r -> Reason.valueOf(r.name()));
  }
}
