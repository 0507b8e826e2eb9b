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
import io.mocksts.internal.http.faults.FaultException;
import io.mocksts.internal.http.faults.FaultJson;
import io.mocksts.internal.http.faults.FaultRegistry;
import io.mocksts.internal.http.faults.InjectedFault;
import io.mocksts.internal.http.faults.VendorCatalog;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fault injection ({@code /__admin/mock-sts/faults}, docs/faults.md): list the faults, add one,
 * clear them all or one by id, and list the documented error codes that can be injected. An
 * unusable definition is answered 400 with a JSON {@code error} naming what is wrong. One class per
 * route, as WireMock looks admin routes up by task class.
 */
abstract class FaultsAdminTask implements AdminTask {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final FaultRegistry faults;

  private FaultsAdminTask(FaultRegistry faults) {
    this.faults = faults;
  }

  /** {@code GET /__admin/mock-sts/faults}: {@code {"faults": [...]}}, oldest first. */
  static final class List extends FaultsAdminTask {
    List(FaultRegistry faults) {
      super(faults);
    }

    @Override
    ResponseDefinition run(FaultRegistry faults, ServeEvent serveEvent, PathParams params) {
      return ResponseDefinitionBuilder.jsonResponse(FaultJson.describe(faults.list()));
    }
  }

  /** {@code POST /__admin/mock-sts/faults} with a fault: 201 and the fault with its id. */
  static final class Add extends FaultsAdminTask {
    Add(FaultRegistry faults) {
      super(faults);
    }

    @Override
    ResponseDefinition run(FaultRegistry faults, ServeEvent serveEvent, PathParams params) {
      JsonNode body;
      try {
        body = JSON.readTree(serveEvent.getRequest().getBodyAsString());
      } catch (IOException | RuntimeException e) {
        return refused("the body is not JSON: send a fault as a JSON object (docs/faults.md)");
      }
      try {
        InjectedFault added = faults.add(FaultJson.parse(body));
        return ResponseDefinitionBuilder.jsonResponse(FaultJson.describe(added), 201);
      } catch (FaultException e) {
        return refused(e.getMessage());
      }
    }
  }

  /** {@code DELETE /__admin/mock-sts/faults}: clears every fault. */
  static final class Clear extends FaultsAdminTask {
    Clear(FaultRegistry faults) {
      super(faults);
    }

    @Override
    ResponseDefinition run(FaultRegistry faults, ServeEvent serveEvent, PathParams params) {
      faults.clear();
      return ResponseDefinitionBuilder.jsonResponse(FaultJson.describe(faults.list()));
    }
  }

  /** {@code DELETE /__admin/mock-sts/faults/{id}}: the removed fault, or 404. */
  static final class Remove extends FaultsAdminTask {
    Remove(FaultRegistry faults) {
      super(faults);
    }

    @Override
    ResponseDefinition run(FaultRegistry faults, ServeEvent serveEvent, PathParams params) {
      String id = params.get("id");
      Optional<InjectedFault> removed = faults.remove(id);
      if (removed.isEmpty()) {
        return ResponseDefinitionBuilder.responseDefinition()
            .withStatus(404)
            .withHeader("Content-Type", "application/json")
            .withBody(JSON.createObjectNode().put("error", "no fault with id " + id).toString())
            .build();
      }
      return ResponseDefinitionBuilder.jsonResponse(FaultJson.describe(removed.get()));
    }
  }

  /**
   * {@code GET /__admin/mock-sts/faults/codes}: per vendor, the actions and the documented error
   * codes that can be injected, with the HTTP status and message each is answered with.
   */
  static final class Codes extends FaultsAdminTask {
    Codes(FaultRegistry faults) {
      super(faults);
    }

    @Override
    ResponseDefinition run(FaultRegistry faults, ServeEvent serveEvent, PathParams params) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (VendorCatalog catalog : faults.vendors().values()) {
        Map<String, Object> vendor = new LinkedHashMap<>();
        vendor.put("actions", catalog.actions());
        Map<String, Object> errors = new LinkedHashMap<>();
        catalog
            .errors()
            .forEach(
                (code, error) ->
                    errors.put(code, Map.of("status", error.status(), "message", error.message())));
        vendor.put("errors", errors);
        out.put(catalog.vendor(), vendor);
      }
      return ResponseDefinitionBuilder.jsonResponse(out);
    }
  }

  abstract ResponseDefinition run(FaultRegistry faults, ServeEvent serveEvent, PathParams params);

  @Override
  public final ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams params) {
    return run(faults, serveEvent, params);
  }

  private static ResponseDefinition refused(String problem) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody(JSON.createObjectNode().put("error", problem).toString())
        .build();
  }
}
