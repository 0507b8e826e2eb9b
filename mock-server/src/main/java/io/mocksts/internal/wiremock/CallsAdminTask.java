package io.mocksts.internal.wiremock;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mocksts.internal.http.CallLog;
import io.mocksts.internal.http.JsonLinesLog;

/**
 * The recent STS calls ({@code /__admin/mock-sts/calls}): {@code GET} lists them, newest first,
 * {@code ?limit=N} at most N (default and maximum: the log's capacity); {@code POST .../reset}
 * forgets them. Each call: time, request id, vendor, action, outcome ({@code ok} or the error
 * code), HTTP status, latency in milliseconds and the caller's access key id; never a secret
 * ({@link CallLog}). One class per route, as WireMock looks admin routes up by task class.
 */
abstract class CallsAdminTask implements AdminTask {

  private final CallLog calls;

  private CallsAdminTask(CallLog calls) {
    this.calls = calls;
  }

  /** {@code GET /__admin/mock-sts/calls[?limit=N]}. */
  static final class Read extends CallsAdminTask {
    Read(CallLog calls) {
      super(calls);
    }

    @Override
    ResponseDefinition answer(CallLog calls, ServeEvent serveEvent) {
      int limit = calls.capacity();
      QueryParameter given = serveEvent.getRequest().queryParameter("limit");
      if (given.isPresent()) {
        String expected = "?limit=N with N between 1 and " + calls.capacity();
        try {
          limit = Integer.parseInt(given.firstValue());
        } catch (NumberFormatException e) {
          return AdminJson.badRequest(expected);
        }
        if (limit < 1 || limit > calls.capacity()) {
          return AdminJson.badRequest(expected);
        }
      }
      ObjectNode body = JsonMapper.builder().build().createObjectNode();
      body.put("capacity", calls.capacity());
      ArrayNode list = body.putArray("calls");
      calls.recent(limit).forEach(call -> list.add(JsonLinesLog.json(call)));
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(200)
          .withHeader("Content-Type", "application/json")
          .withBody(body.toString())
          .build();
    }
  }

  /** {@code POST /__admin/mock-sts/calls/reset}. */
  static final class Reset extends CallsAdminTask {
    Reset(CallLog calls) {
      super(calls);
    }

    @Override
    ResponseDefinition answer(CallLog calls, ServeEvent serveEvent) {
      calls.clear();
      return ResponseDefinition.okEmptyJson();
    }
  }

  abstract ResponseDefinition answer(CallLog calls, ServeEvent serveEvent);

  @Override
  public final ResponseDefinition execute(
      Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return answer(calls, serveEvent);
  }
}
