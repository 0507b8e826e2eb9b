package io.mocksts.kit;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every scenario of both vendors ({@code features/alibaba/*.feature}, {@code
 * features/tencent/*.feature}) against the chosen target. Cucumber's glue, plugins and naming are
 * configured once, in {@code src/test/resources/junit-platform.properties}; the tags to run come
 * from {@code -Dcucumber.filter.tags}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages({"alibaba", "tencent"})
public class RunScenariosTest {}
