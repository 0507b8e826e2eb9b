package io.mocksts.internal.wiremock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mocksts.internal.core.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mock's clock control ({@code /__admin/mock-sts/clock}): read it, move it forward or back, or
 * reset it. Scenarios tagged {@code @mock-only} use it to watch credentials expire.
 */
final class ClockAdminTask implements AdminTask {

  /** What a request asks of the clock. */
  enum Operation {
    READ,
    ADVANCE,
    RESET
  }

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final MutableClock clock;
  private final Operation operation;

  ClockAdminTask(MutableClock clock, Operation operation) {
    this.clock = clock;
    this.operation = operation;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    switch (operation) {
      case ADVANCE -> {
        JsonNode seconds;
        try {
          seconds = JSON.readTree(serveEvent.getRequest().getBodyAsString()).get("seconds");
        } catch (IOException | RuntimeException e) {
          seconds = null;
        }
        if (seconds == null || !seconds.canConvertToLong()) {
          return ResponseDefinitionBuilder.responseDefinition()
              .withStatus(400)
              .withHeader("Content-Type", "application/json")
              .withBody("{\"error\":\"send {\\\"seconds\\\": N}\"}")
              .build();
        }
        clock.advance(Duration.ofSeconds(seconds.asLong()));
      }
      case RESET -> clock.reset();
      case READ -> {}
    }
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("now", clock.instant().toString());
    state.put("offsetSeconds", clock.offset().toSeconds());
    return ResponseDefinitionBuilder.jsonResponse(state);
  }
}
