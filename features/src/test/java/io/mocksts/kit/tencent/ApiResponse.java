package io.mocksts.kit.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.kit.Reply;
import java.util.Optional;

/**
 * A Tencent Cloud API 3.0 answer as the kit received it (tencent-sts.md §3): every field lives in
 * the {@code Response} object, an error in {@code Response.Error}. Field paths are dotted and may
 * index arrays: {@code Credentials.TmpSecretId}, {@code IdKeys.0.Status}.
 *
 * @param status the HTTP status (200 for every processed request, §3.3)
 * @param contentType the Content-Type header, or empty
 * @param body the body text
 */
public record ApiResponse(int status, String contentType, String body) implements Reply {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("the body is not JSON: " + abbreviated(), e);
    }
  }

  /** Whether the body parses as JSON at all. */
  public boolean isJson() {
    try {
      JSON.readTree(body);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** The {@code Response} object, or a missing node. */
  public JsonNode response() {
    return isJson() ? json().path("Response") : JSON.missingNode();
  }

  /** {@code Response.Error.Code}, when the call failed. */
  @Override
  public Optional<String> errorCode() {
    JsonNode code = response().path("Error").path("Code");
    return code.isTextual() ? Optional.of(code.asText()) : Optional.empty();
  }

  /** {@code Response.Error.Message}, when the call failed. */
  public Optional<String> errorMessage() {
    JsonNode message = response().path("Error").path("Message");
    return message.isTextual() ? Optional.of(message.asText()) : Optional.empty();
  }

  /** A call succeeded when it was answered with HTTP 200 and a Response without Error (§3.1). */
  @Override
  public boolean succeeded() {
    return status == 200 && response().isObject() && !response().has("Error");
  }

  @Override
  public Optional<String> field(String path) {
    return node(path).map(n -> n.isValueNode() ? n.asText() : n.toString());
  }

  /** The JSON node of a field inside {@code Response}, to check its type. */
  public Optional<JsonNode> node(String path) {
    JsonNode node = response();
    for (String part : path.split("\\.")) {
      if (node.isArray() && part.matches("[0-9]+")) {
        node = node.path(Integer.parseInt(part));
      } else {
        node = node.path(part);
      }
      if (node.isMissingNode()) {
        return Optional.empty();
      }
    }
    return node.isNull() ? Optional.empty() : Optional.of(node);
  }

  @Override
  public String abbreviated() {
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }
}
