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
 * reset it. Scenarios tagged {@code @mock-only} use it to watch credentials expire. WireMock looks
 * admin routes up by task class, so each operation is a class of its own.
 */
abstract class ClockAdminTask implements AdminTask {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final MutableClock clock;

  private ClockAdminTask(MutableClock clock) {
    this.clock = clock;
  }

  /** {@code GET /__admin/mock-sts/clock}. */
  static final class Read extends ClockAdminTask {
    Read(MutableClock clock) {
      super(clock);
    }
  }

  /** {@code POST /__admin/mock-sts/clock/advance} with {@code {"seconds": N}}. */
  static final class Advance extends ClockAdminTask {
    Advance(MutableClock clock) {
      super(clock);
    }

    @Override
    ResponseDefinition change(MutableClock clock, ServeEvent serveEvent) {
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
      return null;
    }
  }

  /** {@code POST /__admin/mock-sts/clock/reset}. */
  static final class Reset extends ClockAdminTask {
    Reset(MutableClock clock) {
      super(clock);
    }

    @Override
    ResponseDefinition change(MutableClock clock, ServeEvent serveEvent) {
      clock.reset();
      return null;
    }
  }

  /** Changes the clock; returns an error response, or {@code null} when done. */
  ResponseDefinition change(MutableClock clock, ServeEvent serveEvent) {
    return null;
  }

  @Override
  public final ResponseDefinition execute(
      Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    ResponseDefinition error = change(clock, serveEvent);
    if (error != null) {
      return error;
    }
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("now", clock.instant().toString());
    state.put("offsetSeconds", clock.offset().toSeconds());
    return ResponseDefinitionBuilder.jsonResponse(state);
  }
}
