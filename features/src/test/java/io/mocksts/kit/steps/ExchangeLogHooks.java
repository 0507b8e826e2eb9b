package io.mocksts.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.mocksts.kit.expectations.Expectations;
import io.mocksts.kit.record.Recorder;
import io.mocksts.kit.record.ScenarioContext;

/**
 * Tells the exchange log and record mode ({@code kit.record}, docs/record-mode.md) which scenario
 * the exchanges that follow belong to.
 */
public final class ExchangeLogHooks {

  @Before(order = 1)
  public void begin(Scenario scenario) {
    String uri = scenario.getUri().toString();
    ScenarioContext.begin(
        Expectations.scenarioId(uri, scenario.getName()),
        uri,
        scenario.getLine(),
        scenario.getSourceTagNames());
  }

  @After(order = 1)
  public void end() {
    Recorder.scenarioFinished();
    ScenarioContext.end();
  }
}
