package io.mocksts.internal.wiremock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.Optional;

/** Reading and answering the JSON of the mock's admin routes. */
final class AdminJson {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private AdminJson() {}

  /** A whole-number field of the request's JSON body, if the body is JSON and has it. */
  static Optional<Long> wholeNumber(ServeEvent serveEvent, String field) {
    JsonNode value;
    try {
      value = JSON.readTree(serveEvent.getRequest().getBodyAsString()).get(field);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return value != null && value.canConvertToLong() && value.isIntegralNumber()
        ? Optional.of(value.asLong())
        : Optional.empty();
  }

  /** The request's JSON body, if it is a JSON object. */
  static Optional<JsonNode> object(ServeEvent serveEvent) {
    try {
      JsonNode body = JSON.readTree(serveEvent.getRequest().getBodyAsString());
      return body != null && body.isObject() ? Optional.of(body) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** 400 with a JSON body telling the caller what to send. */
  static ResponseDefinition badRequest(String expected) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody(JSON.createObjectNode().put("error", "send " + expected).toString())
        .build();
  }
}
