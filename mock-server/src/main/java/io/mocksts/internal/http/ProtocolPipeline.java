package io.mocksts.internal.http;

import io.mocksts.internal.http.faults.Delivery;
import io.mocksts.internal.http.faults.FaultHook;
import io.mocksts.internal.http.faults.Injection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every vendor protocol does around its own checks, in one place: only GET and POST are
 * served; the vendor's own error is answered in its envelope; any other fault is answered with the
 * vendor's {@code InternalError} and reported with the request id, the exception's class and where
 * it was thrown, never with request content; a request the HTTP layer refused is answered in the
 * same envelope. A protocol supplies the hooks: its exchange (what an answer needs, such as the
 * request id and the response format or language, learnt while the request is read), its checks,
 * and its renderings. Once a protocol knows a request as one of its actions it calls {@link
 * #recognised}, which applies the injected faults (docs/faults.md): an injected error is answered
 * through the vendor's own error rendering, and the answer carries how it is to be delivered
 * (latency, network fault). and its renderings. Every call it answers is recorded in a {@link
 * CallLog} (vendor, action, caller key id, outcome, status, latency; never a secret).
 *
 * @param <E> the vendor's exception, carrying an entry of its error catalogue
 * @param <X> the vendor's exchange state
 */
public abstract class ProtocolPipeline<
        E extends RuntimeException, X extends ProtocolPipeline.Exchange>
    implements VendorProtocol {

  /**
   * What every exchange knows: the request id the answer carries; and, for the call log, the action
   * and the caller's access key id once the protocol has read them.
   */
  public abstract static class Exchange {
    private String action;
    private String accessKeyId;

    public abstract String requestId();

    /** Notes the action being answered (a name the protocol serves). */
    public final void noteAction(String name) {
      this.action = name;
    }

    /** Notes the access key id the request names (the id only, never a secret). */
    public final void noteAccessKeyId(String id) {
      this.accessKeyId = id;
    }
  }

  /** What the faults decided for the request this thread is answering (set by recognised). */
  private static final ThreadLocal<Delivery> DELIVERY = new ThreadLocal<>();

  private final Class<E> vendorError;
  private final Consumer<String> faultLog;
  private volatile FaultHook faults = FaultHook.NONE;
  private CallLog calls = CallLog.NONE;

  protected ProtocolPipeline(Class<E> vendorError, Consumer<String> faultLog) {
    this.vendorError = vendorError;
    this.faultLog = faultLog;
  }

  /** The injected faults this protocol consults (none until set). */
  public final void faults(FaultHook hook) {
    this.faults = Objects.requireNonNull(hook);
  }

  /**
   * Records every call this protocol answers in {@code log}; set once, before serving.
   *
   * @return this protocol
   */
  public final ProtocolPipeline<E, X> recordingCallsIn(CallLog log) {
    this.calls = java.util.Objects.requireNonNull(log);
    return this;
  }

  @Override
  public final StsResponse handle(StsRequest http) {
    DELIVERY.remove();
    try {
      StsResponse response = respond(http);
      Delivery delivery = DELIVERY.get();
      return delivery == null ? response : response.delivered(delivery);
    } finally {
      DELIVERY.remove();
    }
  }

  /**
   * Applies the injected faults to a request known as {@code action}: an injected error is thrown
   * as the vendor's error; a network fault that sends none of the answer ends the processing here.
   */
  protected final void recognised(String action) {
    Injection injection = faults.onAction(action);
    if (injection.isNone()) {
      return;
    }
    DELIVERY.set(injection.delivery());
    if (!injection.delivery().processes()) {
      throw new Unprocessed();
    }
    injection
        .errorCode()
        .ifPresent(
            code -> {
              throw injectedError(code);
            });
  }

  /** The request is not processed: the client gets none of the answer. */
  private static final class Unprocessed extends RuntimeException {
    Unprocessed() {
      super(null, null, false, false);
    }
  }

  private StsResponse respond(StsRequest http) {
    long started = System.nanoTime();
    X exchange = exchange(http);
    E failure = null;
    StsResponse response;
    try {
      if (!http.method().equals("GET") && !http.method().equals("POST")) {
        throw unsupportedMethod();
      }
      response = answer(http, exchange);
    } catch (RuntimeException e) {
      if (e instanceof Unprocessed) {
        return new StsResponse(200, Map.of(), new byte[0]);
      }
      if (vendorError.isInstance(e)) {
        failure = vendorError.cast(e);
      } else {
        StackTraceElement[] trace = e.getStackTrace();
        faultLog.accept(
            "InternalError for request "
                + exchange.requestId()
                + ": "
                + e.getClass().getName()
                + " at "
                + (trace.length == 0 ? "?" : trace[0].toString()));
        failure = internalError();
      }
      response = error(failure, exchange);
    }
    record(exchange, failure, response, started);
    return response;
  }

  /**
   * Answers a request the HTTP layer could not receive whole or decode, in the vendor's envelope:
   * the error {@link #transportError} names for it.
   */
  @Override
  public final StsResponse reject(StsRequest http, TransportError error) {
    long started = System.nanoTime();
    X exchange = exchange(http);
    E failure = transportError(error, http, exchange);
    StsResponse response = error(failure, exchange);
    record(exchange, failure, response, started);
    return response;
  }

  private void record(Exchange exchange, E failure, StsResponse response, long started) {
    calls.record(
        vendor(),
        exchange.requestId(),
        exchange.action,
        exchange.accessKeyId,
        failure == null ? CallLog.OK : code(failure),
        response.status(),
        System.nanoTime() - started);
  }

  /** The vendor's name in the call log: {@code alibaba} or {@code tencent}. */
  protected abstract String vendor();

  /** The documented error code an error answers. */
  protected abstract String code(E error);

  /** The vendor's documented error for a transport failure; may set what the exchange renders. */
  protected abstract E transportError(TransportError error, StsRequest http, X exchange);

  /** A new exchange for a request: a fresh request id and the defaults of the answer. */
  protected abstract X exchange(StsRequest http);

  /** The vendor's error for an HTTP method other than GET and POST. */
  protected abstract E unsupportedMethod();

  /**
   * The vendor's documented error for an injected code, one of those its catalogue offers to fault
   * injection (the registry checked the code when the fault was added).
   */
  protected abstract E injectedError(String code);

  /** The vendor's {@code InternalError}. */
  protected abstract E internalError();

  /** The vendor's checks and the action, for a GET or POST; may throw {@code E}. */
  protected abstract StsResponse answer(StsRequest http, X exchange);

  /** The vendor's error envelope. */
  protected abstract StsResponse error(E error, X exchange);
}
