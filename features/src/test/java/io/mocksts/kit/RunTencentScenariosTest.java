package io.mocksts.kit;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every Tencent Cloud scenario ({@code features/tencent/*.feature}) against the chosen target.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("tencent")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.mocksts.kit.steps")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value =
        "summary, json:target/cucumber-reports/tencent/cucumber.json,"
            + " html:target/cucumber-reports/tencent/cucumber.html,"
            + " junit:target/cucumber-reports/tencent/cucumber-junit.xml")
public class RunTencentScenariosTest {}
