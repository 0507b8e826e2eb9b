package io.mocksts.kit;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Runs every Alibaba scenario ({@code features/alibaba/*.feature}) against the chosen target. */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("alibaba")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.mocksts.kit.steps")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value =
        "summary, json:target/cucumber-reports/alibaba/cucumber.json,"
            + " html:target/cucumber-reports/alibaba/cucumber.html,"
            + " junit:target/cucumber-reports/alibaba/cucumber-junit.xml")
public class RunAlibabaScenariosTest {}
