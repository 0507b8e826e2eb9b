package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mocksts.internal.core.MutableClock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mock's clock control ({@code /__admin/mock-sts/clock}): read it, move it forward or back, or
 * reset it. Scenarios tagged {@code @mock-only} use it to watch credentials expire. WireMock looks
 * admin routes up by task class, so each operation is a class of its own.
 */
abstract class ClockAdminTask implements AdminTask {

  private static final String EXPECTED =
      "{\"seconds\": N} with the resulting offset within ±"
          + MutableClock.MAX_OFFSET.toSeconds()
          + " seconds (100 years) of real time";

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
    Optional<ResponseDefinition> change(MutableClock clock, ServeEvent serveEvent) {
      Optional<Long> seconds = AdminJson.wholeNumber(serveEvent, "seconds");
      if (seconds.isEmpty()) {
        return Optional.of(AdminJson.badRequest(EXPECTED));
      }
      try {
        clock.advance(Duration.ofSeconds(seconds.get()));
      } catch (IllegalArgumentException e) {
        return Optional.of(AdminJson.badRequest(EXPECTED));
      }
      return Optional.empty();
    }
  }

  /** {@code POST /__admin/mock-sts/clock/reset}. */
  static final class Reset extends ClockAdminTask {
    Reset(MutableClock clock) {
      super(clock);
    }

    @Override
    Optional<ResponseDefinition> change(MutableClock clock, ServeEvent serveEvent) {
      clock.reset();
      return Optional.empty();
    }
  }

  /** Changes the clock; returns an error response when the request is unusable. */
  Optional<ResponseDefinition> change(MutableClock clock, ServeEvent serveEvent) {
    return Optional.empty();
  }

  @Override
  public final ResponseDefinition execute(
      Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return change(clock, serveEvent)
        .orElseGet(
            () -> {
              Map<String, Object> state = new LinkedHashMap<>();
              state.put("now", clock.instant().toString());
              state.put("offsetSeconds", clock.offset().toSeconds());
              return ResponseDefinitionBuilder.jsonResponse(state);
            });
  }
}
