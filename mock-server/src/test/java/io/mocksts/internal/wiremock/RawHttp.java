package io.mocksts.internal.wiremock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes to the mock exactly as given, over a plain socket, and reads what comes back: for
 * requests no well-behaved HTTP client would send (broken escapes and chunks, oversized lines).
 */
final class RawHttp {

  /** What the server answered: the status line's code, the head and the body as text. */
  record Answer(int status, String head, String body) {
    boolean closed() {
      return head.toLowerCase(java.util.Locale.ROOT).contains("connection: close");
    }
  }

  private RawHttp() {}

  static Answer send(int port, String request) throws IOException {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  static Answer send(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // the server may answer and close before it has read everything (a refused large body)
      }
      return read(socket.getInputStream());
    }
  }

  /** Reads one response; bodies are read by Content-Length, chunked, or until the server closes. */
  static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int headEnd = -1;
    try {
      while (true) {
        int n = in.read(buffer);
        if (n < 0) {
          break;
        }
        all.write(buffer, 0, n);
        String text = all.toString(StandardCharsets.ISO_8859_1);
        if (headEnd < 0) {
          headEnd = text.indexOf("\r\n\r\n");
        }
        if (headEnd >= 0 && complete(text, headEnd)) {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // answer what arrived
    }
    String text = all.toString(StandardCharsets.UTF_8);
    if (headEnd < 0) {
      return new Answer(-1, text, "");
    }
    String head = text.substring(0, headEnd);
    String body = text.substring(headEnd + 4);
    if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = dechunk(body);
    }
    String statusLine = head.lines().findFirst().orElse("");
    String[] parts = statusLine.split(" ");
    int status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    if (status == 100) {
      return read(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
    return new Answer(status, head, body);
  }

  private static boolean complete(String text, int headEnd) {
    String head = text.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
    String body = text.substring(headEnd + 4);
    if (head.startsWith("http/1.1 100")) {
      return false;
    }
    java.util.regex.Matcher length =
        java.util.regex.Pattern.compile("content-length: *([0-9]+)").matcher(head);
    if (length.find()) {
      return body.getBytes(StandardCharsets.ISO_8859_1).length >= Integer.parseInt(length.group(1));
    }
    if (head.contains("transfer-encoding: chunked")) {
      return body.endsWith("0\r\n\r\n");
    }
    return false;
  }

  private static String dechunk(String body) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < body.length()) {
      int eol = body.indexOf("\r\n", at);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(body.substring(at, eol).trim(), 16);
      if (size == 0) {
        break;
      }
      out.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
      at = eol + 2 + size + 2;
    }
    return out.toString();
  }
}
