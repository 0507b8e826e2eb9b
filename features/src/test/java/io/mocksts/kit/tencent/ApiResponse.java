package io.mocksts.kit.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.kit.Reply;
import java.util.Optional;

/**
 * A Tencent Cloud API 3.0 answer as the kit received it (Tencent API 3.0 responses,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md):
 * every field lives in the {@code Response} object, an error in {@code Response.Error}. Field paths
 * are dotted and may index arrays: {@code Credentials.TmpSecretId}, {@code IdKeys.0.Status}.
 *
 * @param status the HTTP status (200 for every processed request, Tencent SDK error handling,
 *     https://github.com/TencentCloud/tencentcloud-sdk-java/blob/970d68bd0f0d/src/main/java/com/tencentcloudapi/common/AbstractClient.java)
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

  /**
   * A call succeeded when it was answered with HTTP 200 and a Response without Error (Tencent API
   * 3.0 responses,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md).
   */
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
