package io.mocksts.internal.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as the STS protocols see it, independent of the HTTP engine.
 *
 * @param method the HTTP method, upper case
 * @param path the request path, without the query
 * @param rawQuery the query string exactly as sent (still percent-encoded), or empty
 * @param headers header names (lower case) to their values in order
 * @param body the raw request body (never {@code null})
 * @param scheme {@code http} or {@code https}
 */
public record StsRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    String scheme) {

  public StsRequest {
    TreeMap<String, List<String>> lower = new TreeMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    headers = java.util.Collections.unmodifiableMap(lower);
    rawQuery = rawQuery == null ? "" : rawQuery;
    body = body == null ? new byte[0] : body;
  }

  /** The first value of a header, or {@code null}. Names are case-insensitive. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
