package io.mocksts.internal.http;

import java.util.function.Consumer;

/**
 * What every vendor protocol does around its own checks, in one place: only GET and POST are
 * served; the vendor's own error is answered in its envelope; any other fault is answered with the
 * vendor's {@code InternalError} and reported with the request id, the exception's class and where
 * it was thrown, never with request content; a request the HTTP layer refused is answered in the
 * same envelope. A protocol supplies the hooks: its exchange (what an answer needs, such as the
 * request id and the response format or language, learnt while the request is read), its checks,
 * and its renderings.
 *
 * @param <E> the vendor's exception, carrying an entry of its error catalogue
 * @param <X> the vendor's exchange state
 */
public abstract class ProtocolPipeline<
        E extends RuntimeException, X extends ProtocolPipeline.Exchange>
    implements VendorProtocol {

  /** What every exchange knows: the request id the answer carries. */
  public interface Exchange {
    String requestId();
  }

  private final Class<E> vendorError;
  private final Consumer<String> faultLog;

  protected ProtocolPipeline(Class<E> vendorError, Consumer<String> faultLog) {
    this.vendorError = vendorError;
    this.faultLog = faultLog;
  }

  @Override
  public final StsResponse handle(StsRequest http) {
    X exchange = exchange(http);
    try {
      if (!http.method().equals("GET") && !http.method().equals("POST")) {
        throw unsupportedMethod();
      }
      return answer(http, exchange);
    } catch (RuntimeException e) {
      if (vendorError.isInstance(e)) {
        return error(vendorError.cast(e), exchange);
      }
      StackTraceElement[] trace = e.getStackTrace();
      faultLog.accept(
          "InternalError for request "
              + exchange.requestId()
              + ": "
              + e.getClass().getName()
              + " at "
              + (trace.length == 0 ? "?" : trace[0].toString()));
      return error(internalError(), exchange);
    }
  }

  /**
   * Answers a request the HTTP layer could not receive whole or decode, in the vendor's envelope:
   * the error {@link #transportError} names for it.
   */
  @Override
  public final StsResponse reject(StsRequest http, TransportError error) {
    X exchange = exchange(http);
    return error(transportError(error, http, exchange), exchange);
  }

  /** The vendor's documented error for a transport failure; may set what the exchange renders. */
  protected abstract E transportError(TransportError error, StsRequest http, X exchange);

  /** A new exchange for a request: a fresh request id and the defaults of the answer. */
  protected abstract X exchange(StsRequest http);

  /** The vendor's error for an HTTP method other than GET and POST. */
  protected abstract E unsupportedMethod();

  /** The vendor's {@code InternalError}. */
  protected abstract E internalError();

  /** The vendor's checks and the action, for a GET or POST; may throw {@code E}. */
  protected abstract StsResponse answer(StsRequest http, X exchange);

  /** The vendor's error envelope. */
  protected abstract StsResponse error(E error, X exchange);
}
