package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mocksts.internal.core.RateLimiter;
import java.util.Map;
import java.util.Optional;

/**
 * The mock's rate limits ({@code /__admin/mock-sts/limits}): read them, change them (a change
 * starts a fresh window), or go back to the start-up values. Lets a scenario or a client's test
 * provoke {@code Throttling.User} without sending thousands of calls. One class per route, as
 * WireMock looks admin routes up by task class.
 */
abstract class LimitsAdminTask implements AdminTask {

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
    Optional<ResponseDefinition> change(RateLimiter limiter, ServeEvent serveEvent) {
      Optional<Long> limit =
          AdminJson.wholeNumber(serveEvent, FIELD).filter(n -> n >= 0 && n <= Integer.MAX_VALUE);
      limit.ifPresent(n -> limiter.limit(n.intValue()));
      return limit.isPresent()
          ? Optional.empty()
          : Optional.of(AdminJson.badRequest("{\"" + FIELD + "\": N} with N >= 0 (0 = unlimited)"));
    }
  }

  /** {@code POST /__admin/mock-sts/limits/reset}. */
  static final class Reset extends LimitsAdminTask {
    Reset(RateLimiter assumeRole) {
      super(assumeRole);
    }

    @Override
    Optional<ResponseDefinition> change(RateLimiter limiter, ServeEvent serveEvent) {
      limiter.reset();
      return Optional.empty();
    }
  }

  /** Changes the limits; returns an error response when the request is unusable. */
  Optional<ResponseDefinition> change(RateLimiter limiter, ServeEvent serveEvent) {
    return Optional.empty();
  }

  @Override
  public final ResponseDefinition execute(
      Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return change(assumeRole, serveEvent)
        .orElseGet(() -> ResponseDefinitionBuilder.jsonResponse(Map.of(FIELD, assumeRole.limit())));
  }
}
