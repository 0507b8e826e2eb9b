package io.mocksts.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP response produced by an STS protocol.
 *
 * @param status the HTTP status code
 * @param headers response headers
 * @param body the response body
 */
public record StsResponse(int status, Map<String, String> headers, byte[] body) {

  public StsResponse {
    headers = Map.copyOf(headers);
  }

  public static StsResponse of(int status, String contentType, String body) {
    return new StsResponse(
        status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
