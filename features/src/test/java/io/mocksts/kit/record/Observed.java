package io.mocksts.kit.record;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * One exchange as it happened on the wire, unredacted: the request the kit sent and the answer it
 * received. Only {@link Redactor}-ed views of it are ever written.
 */
public record Observed(
    String vendor,
    String action,
    String method,
    URI uri,
    Map<String, List<String>> requestHeaders,
    String requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    String responseBody,
    long millis) {

  static Observed of(
      String vendor,
      String action,
      HttpRequest request,
      String body,
      HttpResponse<String> response,
      long millis) {
    return new Observed(
        vendor,
        action == null ? "" : action,
        request.method(),
        request.uri(),
        request.headers().map(),
        body == null ? "" : body,
        response.statusCode(),
        response.headers().map(),
        response.body() == null ? "" : response.body(),
        millis);
  }

  /** The first value of a response header, or empty. */
  public String responseHeader(String name) {
    return first(responseHeaders, name);
  }

  /** The first value of a request header, or empty. */
  public String requestHeader(String name) {
    return first(requestHeaders, name);
  }

  private static String first(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElse("");
  }
}
