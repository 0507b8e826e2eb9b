package io.mocksts.kit.deviants;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What passes through the deviant proxy: one HTTP request and one HTTP response, editable. */
final class Exchange {

  private Exchange() {}

  /** A request as the client sent it (raw path and query, headers in order, body bytes). */
  record Request(
      String method, String rawPath, String rawQuery, List<Header> headers, byte[] body) {

    Optional<String> header(String name) {
      return headers.stream()
          .filter(h -> h.name().equalsIgnoreCase(name))
          .map(Header::value)
          .findFirst();
    }

    Request withHeader(String name, String value) {
      List<Header> copy = new ArrayList<>();
      boolean replaced = false;
      for (Header h : headers) {
        if (h.name().equalsIgnoreCase(name)) {
          if (!replaced) {
            copy.add(new Header(h.name(), value));
            replaced = true;
          }
        } else {
          copy.add(h);
        }
      }
      if (!replaced) {
        copy.add(new Header(name, value));
      }
      return new Request(method, rawPath, rawQuery, copy, body);
    }

    Request withoutHeader(String name) {
      List<Header> copy = new ArrayList<>(headers);
      copy.removeIf(h -> h.name().equalsIgnoreCase(name));
      return new Request(method, rawPath, rawQuery, copy, body);
    }

    Request withBody(byte[] value) {
      return new Request(method, rawPath, rawQuery, headers, value);
    }

    Request withQuery(String value) {
      return new Request(method, rawPath, value, headers, body);
    }

    boolean formBody() {
      return header("Content-Type")
          .map(t -> t.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
          .orElse(false);
    }

    /** Query and form parameters merged (first value of each name), decoded. */
    Map<String, String> parameters() {
      Map<String, String> params = new LinkedHashMap<>();
      decode(rawQuery, params);
      if (formBody()) {
        decode(new String(body, StandardCharsets.UTF_8), params);
      }
      return params;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A response on its way back to the client. */
  record Response(int status, List<Header> headers, byte[] body) {

    Optional<String> header(String name) {
      return headers.stream()
          .filter(h -> h.name().equalsIgnoreCase(name))
          .map(Header::value)
          .findFirst();
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    Response withText(String value) {
      return new Response(status, headers, value.getBytes(StandardCharsets.UTF_8));
    }

    Response withStatus(int value) {
      return new Response(value, headers, body);
    }

    Response withHeader(String name, String value) {
      List<Header> copy = new ArrayList<>(headers);
      copy.removeIf(h -> h.name().equalsIgnoreCase(name));
      copy.add(new Header(name, value));
      return new Response(status, copy, body);
    }

    boolean json() {
      return header("Content-Type").map(t -> t.contains("json")).orElse(false);
    }

    boolean xml() {
      return header("Content-Type").map(t -> t.contains("xml")).orElse(false);
    }
  }

  record Header(String name, String value) {}

  static void decode(String raw, Map<String, String> into) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      into.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
  }
}
