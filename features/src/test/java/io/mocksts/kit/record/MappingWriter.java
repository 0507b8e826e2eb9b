package io.mocksts.kit.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes one exchange as a WireMock stub mapping ({@code
 * DIR/mappings/<nnnn>-<vendor>-<action>.json}) that a plain WireMock serves ({@code --root-dir
 * DIR}): the request matched by method, path, the action and the business parameters (never by
 * nonce, timestamp, signature, key or token; a parameter carrying an assertion or token is only
 * required to be present), the response as received, redacted.
 */
final class MappingWriter {

  /** Protocol parameters that change from call to call or name the caller: never matched. */
  private static final Set<String> VOLATILE =
      Set.of(
          "signature",
          "signaturenonce",
          "nonce",
          "timestamp",
          "accesskeyid",
          "secretid",
          "securitytoken",
          "token",
          "signaturemethod",
          "signatureversion",
          "signaturetype",
          "requestclient");

  /** Headers that carry the action and version (Alibaba V3, Tencent TC3). */
  private static final Set<String> ACTION_HEADERS =
      Set.of("x-acs-action", "x-acs-version", "x-tc-action", "x-tc-version");

  private static final Set<String> UNREPLAYABLE_HEADERS =
      Set.of("content-length", "date", "transfer-encoding", "connection", "keep-alive", "server");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path mappings;
  private final AtomicInteger counter = new AtomicInteger();

  MappingWriter(Path dir) {
    this.mappings = dir.resolve("mappings");
  }

  /** Writes the mapping and returns its file. */
  Path write(Observed exchange, ScenarioContext.Current scenario, int seq, String target) {
    int n = counter.incrementAndGet();
    String action = exchange.action().isEmpty() ? "unknown" : exchange.action();
    Path file =
        mappings.resolve(
            String.format(
                Locale.ROOT,
                "%04d-%s-%s.json",
                n,
                exchange.vendor(),
                action.replaceAll("[^A-Za-z0-9_-]", "_")));
    ObjectNode root = mapping(exchange, scenario, seq, target);
    try {
      Files.createDirectories(mappings);
      Files.writeString(file, JSON.writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the mapping " + file, e);
    }
    return file;
  }

  static ObjectNode mapping(
      Observed exchange, ScenarioContext.Current scenario, int seq, String target) {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", scenario.id() + " #" + seq);
    ObjectNode request = root.putObject("request");
    request.put("method", exchange.method());
    String path = exchange.uri().getRawPath();
    request.put("urlPath", path == null || path.isEmpty() ? "/" : path);

    ObjectNode headers = JSON.createObjectNode();
    exchange
        .requestHeaders()
        .forEach(
            (name, values) -> {
              if (ACTION_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !values.isEmpty()) {
                headers.putObject(name).put("equalTo", values.get(0));
              }
            });
    if (!headers.isEmpty()) {
      request.set("headers", headers);
    }
    ObjectNode query = parameters(decode(exchange.uri().getRawQuery()));
    if (!query.isEmpty()) {
      request.set("queryParameters", query);
    }
    String contentType = exchange.requestHeader("Content-Type").toLowerCase(Locale.ROOT);
    String body = exchange.requestBody();
    if (!body.isEmpty()) {
      if (contentType.startsWith("application/x-www-form-urlencoded")) {
        ObjectNode form = parameters(decode(body));
        if (!form.isEmpty()) {
          request.set("formParameters", form);
        }
      } else if (body.stripLeading().startsWith("{")) {
        jsonBody(body, request);
      }
    }

    ObjectNode response = root.putObject("response");
    response.put("status", exchange.status());
    ObjectNode responseHeaders = response.putObject("headers");
    exchange
        .responseHeaders()
        .forEach(
            (name, values) -> {
              if (!UNREPLAYABLE_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                  && !name.startsWith(":")) {
                responseHeaders.put(name, String.join(", ", values));
              }
            });
    response.put("body", Redactor.responseBody(exchange.responseBody()));

    ObjectNode metadata = root.putObject("metadata");
    metadata.put("scenario", scenario.id());
    metadata.put("uri", scenario.uri());
    metadata.put("line", scenario.line());
    metadata.put("seq", seq);
    metadata.put("target", target);
    metadata.put("recordedBy", "mock-sts conformance kit (-Dsts.record)");
    return root;
  }

  private static ObjectNode parameters(Map<String, String> params) {
    ObjectNode out = JSON.createObjectNode();
    params.forEach(
        (name, value) -> {
          if (VOLATILE.contains(name.toLowerCase(Locale.ROOT))) {
            return;
          }
          if (Redactor.requestSecret(name)) {
            out.putObject(name).put("matches", ".+");
          } else {
            out.putObject(name).put("equalTo", value);
          }
        });
    return out;
  }

  private static void jsonBody(String body, ObjectNode request) {
    JsonNode parsed;
    try {
      parsed = JSON.readTree(body);
    } catch (IOException e) {
      return; // a raw, malformed body: matched by method, path and headers only
    }
    if (!(parsed instanceof ObjectNode object)) {
      return;
    }
    ObjectNode expected = object.deepCopy();
    List<String> present = new java.util.ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (Redactor.requestSecret(name)) {
        expected.remove(name);
        present.add(name);
      }
    }
    var patterns = request.putArray("bodyPatterns");
    patterns.addObject().put("equalToJson", expected.toString()).put("ignoreExtraElements", true);
    for (String name : present) {
      patterns.addObject().put("matchesJsonPath", "$." + name);
    }
  }

  /** Form-encoded parameters, first value of each name, decoded. */
  static Map<String, String> decode(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        params.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        params.putIfAbsent(name, value);
      }
    }
    return params;
  }
}
