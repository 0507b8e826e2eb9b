package io.mocksts.kit.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The exchange log of a run ({@code target/conformance/exchanges.jsonl}): one JSON object per line
 * and per exchange with the target, redacted ({@link Redactor}), bodies and URLs capped at {@value
 * Redactor#MAX_TEXT} characters. The file is emptied on the first exchange of a run.
 *
 * <pre>
 * {"scenario":"alibaba/assume-role.feature: ...","uri":"classpath:alibaba/assume-role.feature",
 *  "line":12,"seq":1,"vendor":"alibaba","action":"AssumeRole","target":"embedded",
 *  "request":{"method":"POST","url":"...","headers":{"k":"v"},"body":"..."},
 *  "response":{"status":400,"headers":{"k":"v"},"body":"..."},"millis":12}
 * </pre>
 */
final class ExchangeLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private java.io.Writer out;

  ExchangeLog(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /** The log line of one exchange (no line break). */
  static String line(Observed exchange, ScenarioContext.Current scenario, int seq, String target) {
    ObjectNode root = JSON.createObjectNode();
    root.put("scenario", scenario.id());
    root.put("uri", scenario.uri());
    root.put("line", scenario.line());
    root.put("seq", seq);
    root.put("vendor", exchange.vendor());
    root.put("action", exchange.action());
    root.put("target", target);
    ObjectNode request = root.putObject("request");
    request.put("method", exchange.method());
    request.put("url", Redactor.cap(Redactor.url(exchange.uri().toString())));
    ObjectNode requestHeaders = request.putObject("headers");
    Redactor.requestHeaders(exchange.requestHeaders()).forEach(requestHeaders::put);
    request.put("body", Redactor.cap(Redactor.requestBody(exchange.requestBody())));
    ObjectNode response = root.putObject("response");
    response.put("status", exchange.status());
    ObjectNode responseHeaders = response.putObject("headers");
    exchange
        .responseHeaders()
        .forEach(
            (name, values) -> {
              if (!name.startsWith(":")) {
                responseHeaders.put(name, String.join(", ", values));
              }
            });
    response.put("body", Redactor.cap(Redactor.responseBody(exchange.responseBody())));
    root.put("millis", exchange.millis());
    return root.toString();
  }

  synchronized void append(String line) {
    try {
      if (out == null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // emptied on the first exchange of a run, then kept open and flushed line by line
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      }
      out.write(line);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the exchange log " + file, e);
    }
  }

  /** Closes the file; a later exchange starts it afresh. */
  synchronized void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the exchange log " + file, e);
      } finally {
        out = null;
      }
    }
  }
}
