package io.mocksts.kit.saml;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.testkit.saml.HostileCorpus;
import io.mocksts.testkit.saml.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code <vendor>/saml-hostile-corpus.feature} in step with the hostile corpus: every recipe
 * that applies to the vendor has exactly one row, in the outline its expected verdict calls for,
 * with the code the vendor's documented codes give for the corpus reason, and it is {@code
 * @mock-only} exactly when it must be minted with the IdP's key. A new recipe without a row, or a
 * row that contradicts the corpus, fails here before any scenario runs.
 */
class HostileCorpusFeaturesTest {

  /** One Examples row, with the tags of its block and the outline it belongs to. */
  record Row(boolean refusedOutline, Set<String> tags, Map<String, String> cells) {}

  @ParameterizedTest
  @ValueSource(strings = {"alibaba", "tencent"})
  void everyRecipeHasOneRowWithTheVendorsAnswer(String vendor) throws IOException {
    List<Row> rows = rows(Path.of(vendor, "saml-hostile-corpus.feature"));
    Map<String, Row> byRecipe = new HashMap<>();
    for (Row row : rows) {
      assertThat(byRecipe.put(row.cells().get("recipe"), row))
          .as("one row for recipe %s", row.cells().get("recipe"))
          .isNull();
    }
    Set<String> expected =
        HostileCorpus.recipes().stream()
            .filter(r -> r.appliesTo(vendor))
            .map(HostileCorpus.Recipe::id)
            .collect(Collectors.toSet());
    assertThat(byRecipe.keySet()).as("recipes with a row").isEqualTo(expected);

    for (HostileCorpus.Recipe recipe : HostileCorpus.recipes()) {
      if (!recipe.appliesTo(vendor)) {
        continue;
      }
      Row row = byRecipe.get(recipe.id());
      Optional<Refusal> verdict = recipe.expectedFor(vendor);
      assertThat(row.refusedOutline())
          .as("%s is in the %s outline", recipe.id(), verdict.isPresent() ? "refused" : "accepted")
          .isEqualTo(verdict.isPresent());
      assertThat(row.tags().contains("@mock-only"))
          .as("%s is @mock-only exactly when it needs the IdP key", recipe.id())
          .isEqualTo(recipe.needsIdpKey());
      if (verdict.isPresent()) {
        assertThat(row.cells().get("reason"))
            .as(recipe.id() + " reason")
            .isEqualTo(verdict.get().name());
        String[] answer = answer(vendor, verdict.get());
        assertThat(row.cells().get("code")).as(recipe.id() + " code").isEqualTo(answer[1]);
        if (row.cells().containsKey("status")) {
          assertThat(row.cells().get("status")).as(recipe.id() + " status").isEqualTo(answer[0]);
        }
      }
    }
  }

  /**
   * The documented code (and HTTP status) for a corpus reason: Alibaba: the AssumeRoleWithSAML
   * reference, https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml; Tencent: the
   * AssumeRoleWithSAML reference, https://cloud.tencent.com.cn/document/product/1312/48196 (no
   * SAML-specific code: a bad SAMLAssertion parameter).
   */
  static String[] answer(String vendor, Refusal reason) {
    if (vendor.equals("tencent")) {
      return new String[] {"200", "InvalidParameter.ParamError"};
    }
    return switch (reason) {
      case EXPIRED -> new String[] {"401", "AuthenticationFail.SAMLAssertion.Expired"};
      case BAD_SESSION_NAME -> new String[] {"400", "InvalidParameter.RoleSessionName"};
      case BAD_SESSION_DURATION -> new String[] {"400", "InvalidParameter.DurationSeconds"};
      case IDP_METADATA_INVALID -> new String[] {"401", "AuthenticationFail.IDPMetadata.Invalid"};
      default -> new String[] {"401", "AuthenticationFail.SAMLAssertion.Invalid"};
    };
  }

  /** The Examples rows of a feature file (a small reader for the shapes this file uses). */
  static List<Row> rows(Path feature) throws IOException {
    List<Row> rows = new ArrayList<>();
    Set<String> pendingTags = new HashSet<>();
    Set<String> blockTags = null;
    boolean refused = false;
    List<String> header = null;
    for (String raw : Files.readAllLines(feature)) {
      String line = raw.trim();
      if (line.isEmpty() || line.startsWith("#")) {
        if (line.isEmpty()) {
          header = null;
        }
        continue;
      }
      if (line.startsWith("@")) {
        pendingTags.addAll(Arrays.asList(line.split("\\s+")));
        continue;
      }
      if (line.startsWith("Scenario Outline:")) {
        refused = line.contains("is refused");
        blockTags = null;
      } else if (line.startsWith("Examples:")) {
        blockTags = new HashSet<>(pendingTags);
        header = null;
      } else if (line.startsWith("|") && blockTags != null) {
        List<String> cells =
            Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                .map(String::trim)
                .toList();
        if (header == null) {
          header = cells;
        } else {
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), cells.get(i));
          }
          rows.add(new Row(refused, Set.copyOf(blockTags), row));
        }
        continue;
      }
      pendingTags.clear();
    }
    return rows;
  }
}
