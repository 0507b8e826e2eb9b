package io.mocksts.internal.http;

import io.mocksts.internal.http.faults.Delivery;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP response produced by an STS protocol.
 *
 * @param status the HTTP status code
 * @param headers response headers
 * @param body the response body
 * @param delivery how the HTTP layer sends it: at once and whole, unless a fault was injected
 */
public record StsResponse(int status, Map<String, String> headers, byte[] body, Delivery delivery) {

  public StsResponse {
    headers = Map.copyOf(headers);
    delivery = delivery == null ? Delivery.NORMAL : delivery;
  }

  public StsResponse(int status, Map<String, String> headers, byte[] body) {
    this(status, headers, body, Delivery.NORMAL);
  }

  /** This answer, sent the way an injected fault says. */
  public StsResponse delivered(Delivery how) {
    return new StsResponse(status, headers, body, how);
  }

  public static StsResponse of(int status, String contentType, String body) {
    return new StsResponse(
        status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
