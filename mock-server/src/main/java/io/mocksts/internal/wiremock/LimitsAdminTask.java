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
import io.mocksts.internal.core.RateLimiter;
import java.io.IOException;
import java.util.Map;

/**
 * The mock's rate limits ({@code /__admin/mock-sts/limits}): read them, change them (a change
 * starts a fresh window), or go back to the start-up values. Lets a scenario or a client's test
 * provoke {@code Throttling.User} without sending thousands of calls. One class per route, as
 * WireMock looks admin routes up by task class.
 */
abstract class LimitsAdminTask implements AdminTask {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final String FIELD = "alibabaAssumeRolePerMinute";

  private final RateLimiter assumeRole;

  private LimitsAdminTask(RateLimiter assumeRole) {
    this.assumeRole = assumeRole;
  }

  /** {@code GET /__admin/mock-sts/limits}. */
  static final class Read extends LimitsAdminTask {
    Read(RateLimiter assumeRole) {
      super(assumeRole);
    }
  }

  /** {@code POST /__admin/mock-sts/limits} with {@code {"alibabaAssumeRolePerMinute": N}}. */
  static final class Change extends LimitsAdminTask {
    Change(RateLimiter assumeRole) {
      super(assumeRole);
    }

    @Override
    ResponseDefinition change(RateLimiter limiter, ServeEvent serveEvent) {
      JsonNode value;
      try {
        value = JSON.readTree(serveEvent.getRequest().getBodyAsString()).get(FIELD);
      } catch (IOException | RuntimeException e) {
        value = null;
      }
      if (value == null || !value.canConvertToInt() || value.asInt() < 0) {
        return ResponseDefinitionBuilder.responseDefinition()
            .withStatus(400)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"send {\\\"" + FIELD + "\\\": N} with N >= 0 (0 = unlimited)\"}")
            .build();
      }
      limiter.limit(value.asInt());
      return null;
    }
  }

  /** {@code POST /__admin/mock-sts/limits/reset}. */
  static final class Reset extends LimitsAdminTask {
    Reset(RateLimiter assumeRole) {
      super(assumeRole);
    }

    @Override
    ResponseDefinition change(RateLimiter limiter, ServeEvent serveEvent) {
      limiter.reset();
      return null;
    }
  }

  /** Changes the limits; returns an error response, or {@code null} when done. */
  ResponseDefinition change(RateLimiter limiter, ServeEvent serveEvent) {
    return null;
  }

  @Override
  public final ResponseDefinition execute(
      Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    ResponseDefinition error = change(assumeRole, serveEvent);
    if (error != null) {
      return error;
    }
    return ResponseDefinitionBuilder.jsonResponse(Map.of(FIELD, assumeRole.limit()));
  }
}
