package io.mocksts.kit.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.kit.NestedScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The dry run of two feature files through the Alibaba live sample profile, with no credential in
 * the environment: Cucumber's dry run with {@link PlanListener} lists each scenario's calls, or why
 * it is not applicable, and sends nothing (the profile's endpoint is never reached: a dry run runs
 * no step).
 */
class DryRunTest {

  private static final List<String> PROPERTIES =
      List.of("sts.dryRun", "sts.dryRun.dir", "sts.target", "sts.profile", "sts.world");

  @TempDir Path out;

  @Test
  void aDryRunListsEachScenariosCallsOrWhyItIsNotApplicable() throws Exception {
    Map<String, String> saved = new HashMap<>();
    PROPERTIES.forEach(p -> saved.put(p, System.getProperty(p)));
    try {
      System.setProperty("sts.dryRun", "true");
      System.setProperty("sts.dryRun.dir", out.toString());
      System.setProperty("sts.target", "live");
      System.setProperty("sts.profile", "targets/alibaba-live.yaml");
      System.clearProperty("sts.world");
      long failures =
          dryRun("alibaba/get-caller-identity.feature", "tencent/query-api-key.feature");
      assertThat(failures).isZero();
    } finally {
      saved.forEach(
          (p, v) -> {
            if (v == null) {
              System.clearProperty(p);
            } else {
              System.setProperty(p, v);
            }
          });
    }

    JsonNode json = new ObjectMapper().readTree(out.resolve("dry-run.json").toFile());
    assertThat(json.path("target").asText()).isEqualTo("live");
    assertThat(json.path("profile").asText()).isEqualTo("alibaba-live");
    Map<String, JsonNode> byName = new HashMap<>();
    List<String> families = new ArrayList<>();
    json.path("entries")
        .forEach(
            e -> {
              byName.put(e.path("family").asText() + ": " + e.path("name").asText(), e);
              families.add(e.path("family").asText());
            });
    assertThat(json.path("scenarios").asInt()).isEqualTo(byName.size()).isGreaterThan(10);
    assertThat(json.path("applicable").asInt() + json.path("notApplicable").asInt())
        .isEqualTo(json.path("scenarios").asInt());
    assertThat(families).containsOnly("alibaba/get-caller-identity", "tencent/query-api-key");

    JsonNode alice = byName.get("alibaba/get-caller-identity: a RAM user learns its identity");
    assertThat(alice.path("result").asText()).isEqualTo("would run");
    JsonNode call = alice.path("calls").get(0);
    assertThat(call.path("vendor").asText()).isEqualTo("alibaba");
    assertThat(call.path("action").asText()).isEqualTo("GetCallerIdentity");
    assertThat(call.path("endpoint").asText()).isEqualTo("sts.cn-hangzhou.aliyuncs.com");
    assertThat(call.path("identity").asText()).isEqualTo("RAM user alice of main");

    json.path("entries")
        .forEach(
            e -> {
              if (e.path("family").asText().startsWith("tencent/")) {
                assertThat(e.path("reason").asText())
                    .isEqualTo("the profile does not serve tencent (vendors: [alibaba])");
              }
              if (e.path("tags").toString().contains("@mock-only")) {
                assertThat(e.path("result").asText()).isEqualTo("not applicable");
              }
            });
    JsonNode root =
        byName.get("alibaba/get-caller-identity: the root identity learns its identity");
    assertThat(root.path("reason").asText())
        .isEqualTo("the profile maps no root key of account \"main\" (alibaba)");

    String markdown = Files.readString(out.resolve("dry-run.md"));
    assertThat(markdown)
        .startsWith("# Dry run")
        .contains("dry run against live: " + json.path("scenarios").asInt() + " scenarios")
        .contains(
            "alibaba GetCallerIdentity -> sts.cn-hangzhou.aliyuncs.com as RAM user alice of main")
        .contains("not applicable: the profile does not serve tencent");
    assertThat(json.path("warning").asText())
        .contains("the environment variable")
        .contains("ALIBABA_CLOUD_ACCESS_KEY_ID");
  }

  private static long dryRun(String... features) {
    LauncherDiscoveryRequestBuilder request =
        NestedScenarios.request(java.util.List.of(features))
            .configurationParameter("cucumber.execution.dry-run", "true")
            .configurationParameter("cucumber.plugin", PlanListener.class.getName());
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    NestedScenarios.execute(request, summary);
    return summary.getSummary().getTotalFailureCount();
  }
}
