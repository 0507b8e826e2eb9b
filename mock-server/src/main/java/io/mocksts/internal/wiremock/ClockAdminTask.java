package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mocksts.internal.core.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mock's clock control ({@code /__admin/mock-sts/clock}): read it, set it to an instant, move
 * it forward or back, or reset it to real time. Issued {@code Expiration}, credential expiry, SAML
 * and OIDC validity follow this clock; request timestamps follow it only when the mock was started
 * with the {@code mock} signature clock (docs/time-and-replicas.md). Every route answers the
 * clock's state: {@code now}, {@code realTime}, {@code offsetSeconds}, {@code offset} (ISO-8601),
 * {@code moved} and {@code signatureClock} ({@code real} or {@code mock}). WireMock looks admin
 * routes up by task class, so each operation is a class of its own.
 */
abstract class ClockAdminTask implements AdminTask {

  private static final String RANGE =
      " within ±" + MutableClock.MAX_OFFSET.toSeconds() + " seconds (100 years) of real time";
  private static final String EXPECTED_SECONDS =
      "{\"seconds\": N} with the resulting offset" + RANGE;
  private static final String EXPECTED_INSTANT =
      "{\"instant\": \"2030-01-01T00:00:00Z\"} (ISO-8601, UTC or with an offset)" + RANGE;

  /** The clock and whether request timestamps are checked against it. */
  record Time(MutableClock clock, boolean signaturesFollowClock) {}

  private final Time time;

  private ClockAdminTask(Time time) {
    this.time = time;
  }

  /** {@code GET /__admin/mock-sts/clock}. */
  static final class Read extends ClockAdminTask {
    Read(Time time) {
      super(time);
    }
  }

  /** {@code POST /__admin/mock-sts/clock/advance} with {@code {"seconds": N}}. */
  static final class Advance extends ClockAdminTask {
    Advance(Time time) {
      super(time);
    }

    @Override
    Optional<ResponseDefinition> change(MutableClock clock, ServeEvent serveEvent) {
      Optional<Long> seconds = AdminJson.wholeNumber(serveEvent, "seconds");
      if (seconds.isEmpty()) {
        return Optional.of(AdminJson.badRequest(EXPECTED_SECONDS));
      }
      try {
        clock.advance(Duration.ofSeconds(seconds.get()));
      } catch (IllegalArgumentException e) {
        return Optional.of(AdminJson.badRequest(EXPECTED_SECONDS));
      }
      return Optional.empty();
    }
  }

  /**
   * {@code POST /__admin/mock-sts/clock/set} with {@code {"instant": "2030-01-01T00:00:00Z"}}: the
   * clock runs on from that instant.
   */
  static final class Set extends ClockAdminTask {
    Set(Time time) {
      super(time);
    }

    @Override
    Optional<ResponseDefinition> change(MutableClock clock, ServeEvent serveEvent) {
      Optional<String> text =
          AdminJson.object(serveEvent)
              .map(body -> body.get("instant"))
              .filter(value -> value.isTextual())
              .map(value -> value.asText());
      if (text.isEmpty()) {
        return Optional.of(AdminJson.badRequest(EXPECTED_INSTANT));
      }
      try {
        clock.set(Instant.parse(text.get()));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        return Optional.of(AdminJson.badRequest(EXPECTED_INSTANT));
      }
      return Optional.empty();
    }
  }

  /** {@code POST /__admin/mock-sts/clock/reset}. */
  static final class Reset extends ClockAdminTask {
    Reset(Time time) {
      super(time);
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
    MutableClock clock = time.clock();
    return change(clock, serveEvent)
        .orElseGet(() -> ResponseDefinitionBuilder.jsonResponse(state(clock)));
  }

  private Map<String, Object> state(MutableClock clock) {
    Duration offset = clock.offset();
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("now", clock.instant().toString());
    state.put("realTime", clock.base().instant().toString());
    state.put("offsetSeconds", offset.toSeconds());
    state.put("offset", offset.toString());
    state.put("moved", !offset.isZero());
    state.put("signatureClock", time.signaturesFollowClock() ? "mock" : "real");
    return state;
  }
}
