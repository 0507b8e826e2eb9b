package io.mocksts.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The structured log: one JSON object per line, written and flushed as it happens. Each STS call
 * becomes {@code {"time", "type": "call", "requestId", "vendor", "action", "outcome", "status",
 * "latencyMs", "accessKeyId"}} ({@link #json(CallLog.Call)}: only the fields of a {@link
 * CallLog.Call}, so never a secret); the mock's own messages become {@code {"time", "type":
 * "message", "level", "message"}}, their text masked by the caller.
 */
public final class JsonLinesLog implements Consumer<CallLog.Call>, Closeable {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Writer out;
  private final boolean closeOut;
  private final Clock clock;

  private JsonLinesLog(Writer out, boolean closeOut, Clock clock) {
    this.out = out;
    this.closeOut = closeOut;
    this.clock = clock;
  }

  /** Lines on a stream the log does not own (standard output). */
  public static JsonLinesLog to(PrintStream stream, Clock clock) {
    return new JsonLinesLog(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false, clock);
  }

  /** Lines appended to a file, created if needed; closed with the log. */
  public static JsonLinesLog appendingTo(Path file, Clock clock) {
    try {
      BufferedWriter writer =
          Files.newBufferedWriter(
              file,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND,
              StandardOpenOption.WRITE);
      return new JsonLinesLog(writer, true, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the log file " + file, e);
    }
  }

  /** A call as JSON: the fields of the admin listing, plus {@code "type": "call"}. */
  public static ObjectNode json(CallLog.Call call) {
    ObjectNode node = JSON.createObjectNode();
    node.put("time", call.time().toString());
    node.put("requestId", call.requestId());
    node.put("vendor", call.vendor());
    node.put("action", call.action());
    node.put("outcome", call.outcome());
    node.put("status", call.status());
    node.put("latencyMs", call.latencyMillis());
    node.put("accessKeyId", call.accessKeyId());
    return node;
  }

  @Override
  public void accept(CallLog.Call call) {
    ObjectNode node = json(call);
    ObjectNode line = JSON.createObjectNode();
    line.put("time", call.time().toString());
    line.put("type", "call");
    node.remove("time");
    line.setAll(node);
    write(line);
  }

  /** One of the mock's own messages ({@code info} or {@code error}), already masked. */
  public void message(String level, String text) {
    write(messageLine(clock.instant(), level, text));
  }

  /** A message as a JSON line, for lines written before the log exists (the start-up banner). */
  public static String messageLine(java.time.Instant time, String level, String text) {
    ObjectNode line = JSON.createObjectNode();
    line.put("time", time.toString());
    line.put("type", "message");
    line.put("level", level);
    line.put("message", text);
    return line.toString();
  }

  private void write(ObjectNode line) {
    write(line.toString());
  }

  private void write(String text) {
    synchronized (out) {
      try {
        out.write(text);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        // a log that cannot be written must not fail the call it describes
      }
    }
  }

  @Override
  public void close() {
    synchronized (out) {
      try {
        if (closeOut) {
          out.close();
        } else {
          out.flush();
        }
      } catch (IOException e) {
        // nothing more can be logged
      }
    }
  }
}
