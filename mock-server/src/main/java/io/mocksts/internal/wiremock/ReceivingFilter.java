package io.mocksts.internal.wiremock;

import io.mocksts.internal.http.Escapes;
import io.mocksts.internal.http.TransportError;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Receives a request whole before WireMock sees it, so that nothing a client sends can stop the
 * server or reach WireMock's own parsing unchecked:
 *
 * <ul>
 *   <li>the body is read asynchronously: a client that sends it slowly holds no server thread, and
 *       is cut off past the body deadline or below the minimum data rate;
 *   <li>a body beyond the limit is refused before it is read (by {@code Content-Length}) or as soon
 *       as the limit is passed (chunked), so memory stays bounded;
 *   <li>broken framing (a bad chunk size, a truncated chunk) and malformed percent escapes in the
 *       query string or a form body are refused, in the envelope of the vendor the request was
 *       meant for, instead of WireMock's stack-trace page.
 * </ul>
 *
 * Requests that pass go on to WireMock with the body they carried, on the thread that read its last
 * bytes.
 */
final class ReceivingFilter implements Filter {

  /** Answers a request that could not be received, given the bytes of its body read so far. */
  @FunctionalInterface
  interface Rejecter {
    void reject(
        HttpServletRequest request,
        HttpServletResponse response,
        byte[] received,
        TransportError error)
        throws IOException;
  }

  /**
   * How bodies must arrive.
   *
   * @param maxBodyBytes the largest body accepted
   * @param maxInFlightBytes the most body bytes held for all requests being received at once
   * @param deadline a body must be whole within this time
   * @param minBytesPerSecond after {@code grace}, a body arriving slower than this is cut off
   * @param grace the time a body may take before the minimum data rate applies
   */
  record Limits(
      long maxBodyBytes,
      long maxInFlightBytes,
      Duration deadline,
      long minBytesPerSecond,
      Duration grace) {}

  private final Limits limits;
  private final Rejecter rejecter;
  private final AtomicLong inFlight;

  /**
   * @param limits how bodies must arrive
   * @param inFlight the body bytes being received, shared by every filter of the server
   * @param rejecter answers what cannot be received
   */
  ReceivingFilter(Limits limits, AtomicLong inFlight, Rejecter rejecter) {
    this.limits = limits;
    this.inFlight = inFlight;
    this.rejecter = rejecter;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (request.getDispatcherType() != DispatcherType.REQUEST) {
      chain.doFilter(request, response);
      return;
    }
    String query = request.getQueryString();
    if (query != null && !Escapes.wellFormed(query)) {
      rejecter.reject(request, response, new byte[0], TransportError.MALFORMED_QUERY);
      return;
    }
    long length = request.getContentLengthLong();
    if (length > limits.maxBodyBytes()) {
      response.setHeader("Connection", "close");
      rejecter.reject(request, response, new byte[0], TransportError.TOO_LARGE);
      return;
    }
    String transferEncoding = request.getHeader("Transfer-Encoding");
    boolean noBody =
        length == 0
            || (length < 0
                && transferEncoding == null
                && String.valueOf(request.getProtocol()).startsWith("HTTP/1"));
    if (noBody) {
      chain.doFilter(new ReceivedRequest(request, new byte[0]), response);
      return;
    }
    receive(request, response, chain, length);
  }

  private void receive(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, long length)
      throws IOException {
    if (length > 0 && !reserve(length)) {
      response.setHeader("Connection", "close");
      rejecter.reject(request, response, new byte[0], TransportError.BUSY);
      return;
    }
    Reception reception =
        new Reception(request, response, chain, request.startAsync(request, response), length);
    reception.start();
  }

  /** Takes {@code bytes} from the in-flight budget; false when it has not that much left. */
  private boolean reserve(long bytes) {
    long now = inFlight.addAndGet(bytes);
    if (now > limits.maxInFlightBytes()) {
      inFlight.addAndGet(-bytes);
      return false;
    }
    return true;
  }

  /** One body being received: its bytes, its share of the budget, and how it ends (once). */
  private final class Reception implements ReadListener, AsyncListener {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final FilterChain chain;
    private final AsyncContext async;
    private final ServletInputStream in;
    private final Received received;
    private final AtomicBoolean done = new AtomicBoolean();
    private final long started = System.nanoTime();
    private long reserved;

    Reception(
        HttpServletRequest request,
        HttpServletResponse response,
        FilterChain chain,
        AsyncContext async,
        long length)
        throws IOException {
      this.request = request;
      this.response = response;
      this.chain = chain;
      this.async = async;
      this.in = request.getInputStream();
      this.reserved = Math.max(length, 0);
      this.received = new Received(length, limits.maxBodyBytes());
    }

    void start() {
      async.setTimeout(limits.deadline().toMillis());
      async.addListener(this);
      in.setReadListener(this);
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (!done.get() && in.isReady() && !in.isFinished()) {
        if (received.size() >= limits.maxBodyBytes()) {
          fail(TransportError.TOO_LARGE);
          return;
        }
        if (!grow(received.capacityNeeded())) {
          fail(TransportError.BUSY);
          return;
        }
        if (received.readFrom(in) < 0) {
          return;
        }
        if (received.size() > limits.maxBodyBytes()) {
          fail(TransportError.TOO_LARGE);
          return;
        }
      }
      if (tooSlow(started, received.size())) {
        fail(TransportError.BODY_TIMEOUT);
      }
    }

    @Override
    public void onAllDataRead() {
      byte[] body = received.bytes();
      if (isForm(request) && !Escapes.wellFormed(body)) {
        fail(TransportError.MALFORMED_FORM);
        return;
      }
      if (!done.compareAndSet(false, true)) {
        return;
      }
      try {
        chain.doFilter(new ReceivedRequest(request, body), response);
      } catch (IOException | ServletException | RuntimeException e) {
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, e);
        try {
          response.sendError(500);
        } catch (IOException | IllegalStateException ignored) {
          // the response is already on its way
        }
      } finally {
        end();
      }
    }

    @Override
    public void onError(Throwable t) {
      fail(isTimeout(t) ? TransportError.BODY_TIMEOUT : TransportError.MALFORMED_REQUEST);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      fail(TransportError.BODY_TIMEOUT);
    }

    @Override
    public void onError(AsyncEvent event) {
      fail(TransportError.MALFORMED_REQUEST);
    }

    @Override
    public void onComplete(AsyncEvent event) {
      release();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {}

    /** Answers the vendor's error for a body that will not be read further, and closes. */
    private void fail(TransportError error) {
      if (!done.compareAndSet(false, true)) {
        return;
      }
      try {
        if (!response.isCommitted()) {
          if (error != TransportError.MALFORMED_FORM) {
            response.setHeader("Connection", "close");
          }
          rejecter.reject(request, response, received.bytes(), error);
        }
      } catch (IOException | RuntimeException e) {
        // the client is gone; nothing more to tell it
      } finally {
        end();
      }
    }

    private void end() {
      try {
        async.complete();
      } catch (IllegalStateException e) {
        // already completed by the container
      }
      release();
    }

    /** Holds budget for {@code total} body bytes; false when the budget is spent. */
    private synchronized boolean grow(long total) {
      if (total <= reserved) {
        return true;
      }
      if (!reserve(total - reserved)) {
        return false;
      }
      reserved = total;
      return true;
    }

    private synchronized void release() {
      inFlight.addAndGet(-reserved);
      reserved = 0;
    }
  }

  /**
   * A body's bytes: one array of the announced length (no copies), or, for a chunked body, one that
   * grows in steps.
   */
  private static final class Received {
    private static final int STEP = 64 * 1024;
    private final int max;
    private byte[] bytes;
    private int count;

    Received(long announced, long max) {
      this.max = (int) Math.min(max + 1, Integer.MAX_VALUE - 8);
      bytes = new byte[announced > 0 ? (int) announced : STEP];
    }

    synchronized int size() {
      return count;
    }

    /** The memory the next read may need: the array as it is, or as it will grow. */
    synchronized long capacityNeeded() {
      return count < bytes.length ? bytes.length : nextLength();
    }

    private int nextLength() {
      return (int) Math.min((long) bytes.length + Math.max(STEP, bytes.length / 2), max);
    }

    /** Reads what is there; -1 at the end of the body. */
    synchronized int readFrom(ServletInputStream in) throws IOException {
      if (count == bytes.length) {
        bytes = Arrays.copyOf(bytes, nextLength());
      }
      int n = in.read(bytes, count, bytes.length - count);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    /** The body read so far (the array itself when it is exactly full). */
    synchronized byte[] bytes() {
      return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
    }
  }

  /** Below the minimum data rate, once the grace period is over. */
  private boolean tooSlow(long startedNanos, long bytes) {
    long elapsedMillis = (System.nanoTime() - startedNanos) / 1_000_000;
    return elapsedMillis > limits.grace().toMillis()
        && bytes * 1000 / elapsedMillis < limits.minBytesPerSecond();
  }

  private static boolean isTimeout(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.util.concurrent.TimeoutException
          || cause instanceof java.net.SocketTimeoutException
          || String.valueOf(cause.getMessage()).contains("408")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** The request as received, its body served from memory. */
  static final class ReceivedRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    ReceivedRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body has already been received");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset;
      try {
        charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      } catch (RuntimeException e) {
        charset = StandardCharsets.UTF_8;
      }
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
