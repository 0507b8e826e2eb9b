package io.mocksts.kit;

import java.util.Collection;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Kit scenarios run from inside a test (the deviant runs, record mode, the dry run): the kit's own
 * glue and tag filter, and a launcher of their own, cut off from the build's listeners and
 * configuration files, so that a nested run reports only to the test that started it.
 */
public final class NestedScenarios {

  private NestedScenarios() {}

  /** A request for the scenarios of these feature files (classpath resources). */
  public static LauncherDiscoveryRequestBuilder request(Collection<String> features) {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(features.stream().map(DiscoverySelectors::selectClasspathResource).toList())
        .filters(EngineFilter.includeEngines("cucumber"))
        .enableImplicitConfigurationParameters(false)
        .configurationParameter("cucumber.glue", "io.mocksts.kit.steps")
        .configurationParameter("cucumber.filter.tags", "not @wip")
        .configurationParameter("cucumber.publish.quiet", "true")
        .configurationParameter("cucumber.junit-platform.naming-strategy", "long")
        .configurationParameter("junit.platform.execution.listeners.deactivate", "*");
  }

  /** Runs the request on a launcher with no listener but {@code listeners}. */
  public static void execute(
      LauncherDiscoveryRequestBuilder request, TestExecutionListener... listeners) {
    LauncherFactory.create(
            LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build())
        .execute(request.build(), listeners);
  }
}
