package io.mocksts.internal.wiremock;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mocksts.internal.core.RateLimiter;
import io.mocksts.internal.tencent.TencentLimits;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mock's rate limits ({@code /__admin/mock-sts/limits}): read them, change them (a change
 * starts a fresh window), or go back to the start-up values. Lets a scenario or a client's test
 * provoke {@code Throttling.User} (Alibaba) or {@code RequestLimitExceeded} (Tencent) without
 * sending thousands of calls. One class per route, as WireMock looks admin routes up by task class.
 */
abstract class LimitsAdminTask implements AdminTask {

  private static final String ALIBABA = "alibabaAssumeRolePerMinute";
  private static final String TENCENT = "tencentPerSecond";
  private static final String EXPECTED =
      "{\""
          + ALIBABA
          + "\": N} and/or {\""
          + TENCENT
          + "\": {\"<Action>\": N}} with N >= 0 (0 = unlimited)";

  /** Every limiter the control surface manages. */
  record Limits(RateLimiter alibabaAssumeRole, TencentLimits tencent) {}

  private final Limits limits;

  private LimitsAdminTask(Limits limits) {
    this.limits = limits;
  }

  /** {@code GET /__admin/mock-sts/limits}. */
  static final class Read extends LimitsAdminTask {
    Read(Limits limits) {
      super(limits);
    }
  }

  /**
   * {@code POST /__admin/mock-sts/limits} with {@code {"alibabaAssumeRolePerMinute": N}} and/or
   * {@code {"tencentPerSecond": {"GetCallerIdentity": N}}}. Nothing changes unless every value is
   * valid.
   */
  static final class Change extends LimitsAdminTask {
    Change(Limits limits) {
      super(limits);
    }

    @Override
    Optional<ResponseDefinition> change(Limits limits, ServeEvent serveEvent) {
      Optional<JsonNode> body = AdminJson.object(serveEvent);
      if (body.isEmpty() || (!body.get().has(ALIBABA) && !body.get().has(TENCENT))) {
        return Optional.of(AdminJson.badRequest(EXPECTED));
      }
      Map<RateLimiter, Integer> changes = new LinkedHashMap<>();
      JsonNode alibaba = body.get().get(ALIBABA);
      if (alibaba != null && !limit(alibaba, limits.alibabaAssumeRole(), changes)) {
        return Optional.of(AdminJson.badRequest(EXPECTED));
      }
      JsonNode tencent = body.get().get(TENCENT);
      if (tencent != null) {
        if (!tencent.isObject()) {
          return Optional.of(AdminJson.badRequest(EXPECTED));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = tencent.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          Optional<RateLimiter> limiter = limits.tencent().limiter(field.getKey());
          if (limiter.isEmpty() || !limit(field.getValue(), limiter.get(), changes)) {
            return Optional.of(
                AdminJson.badRequest(
                    EXPECTED + ", <Action> one of " + limits.tencent().limits().keySet()));
          }
        }
      }
      changes.forEach(RateLimiter::limit);
      return Optional.empty();
    }

    private static boolean limit(
        JsonNode value, RateLimiter limiter, Map<RateLimiter, Integer> out) {
      if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > Integer.MAX_VALUE) {
        return false;
      }
      out.put(limiter, value.asInt());
      return true;
    }
  }

  /** {@code POST /__admin/mock-sts/limits/reset}. */
  static final class Reset extends LimitsAdminTask {
    Reset(Limits limits) {
      super(limits);
    }

    @Override
    Optional<ResponseDefinition> change(Limits limits, ServeEvent serveEvent) {
      limits.alibabaAssumeRole().reset();
      limits.tencent().reset();
      return Optional.empty();
    }
  }

  /** Changes the limits; returns an error response when the request is unusable. */
  Optional<ResponseDefinition> change(Limits limits, ServeEvent serveEvent) {
    return Optional.empty();
  }

  @Override
  public final ResponseDefinition execute(
      Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return change(limits, serveEvent)
        .orElseGet(
            () -> {
              Map<String, Object> out = new LinkedHashMap<>();
              out.put(ALIBABA, limits.alibabaAssumeRole().limit());
              out.put(TENCENT, limits.tencent().limits());
              return ResponseDefinitionBuilder.jsonResponse(out);
            });
  }
}
