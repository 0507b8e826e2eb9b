package io.mocksts.internal.http;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The STS calls the mock answered: the last {@link #DEFAULT_CAPACITY} are kept for {@code GET
 * /__admin/mock-sts/calls}, and each one is handed to the listeners (the JSON-lines log) as it is
 * recorded. A call holds only what identifies it: the time, the request id, the vendor, the action,
 * the caller's access key id (the id, which is no secret), the outcome ({@code ok} or the
 * documented error code), the HTTP status and the time the protocol took. Never a secret, a
 * signature, a security token, a SAML assertion or a JWT: nothing from the request is kept but the
 * key id, and that only when it looks like one ({@link #ID}); an action is recorded only when the
 * protocol serves it.
 */
public final class CallLog {

  /** Calls kept for the admin listing. */
  public static final int DEFAULT_CAPACITY = 1000;

  /** The outcome of a call answered without an error. */
  public static final String OK = "ok";

  /** A log that keeps nothing and tells no one (a protocol used without a composition root). */
  public static final CallLog NONE = new CallLog(Clock.systemUTC(), 0);

  /** What an access key id or an error code may look like to be recorded. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  /** The credential id of a TC3 or ACS3 {@code Authorization} header. */
  private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)");

  /**
   * One answered call.
   *
   * @param time when it was answered
   * @param requestId the request id of the answer
   * @param vendor {@code alibaba} or {@code tencent}
   * @param action the action, or {@code null} when the request named none the mock serves
   * @param accessKeyId the access key id (SecretId) the request named, or {@code null}
   * @param outcome {@link #OK} or the documented error code
   * @param status the HTTP status of the answer
   * @param latencyMillis the time the protocol took, in milliseconds
   */
  public record Call(
      Instant time,
      String requestId,
      String vendor,
      String action,
      String accessKeyId,
      String outcome,
      int status,
      double latencyMillis) {}

  private final Clock clock;
  private final int capacity;
  private final ArrayDeque<Call> recent;
  private final List<Consumer<Call>> listeners = new CopyOnWriteArrayList<>();

  /**
   * @param clock the clock of the call times (real time: a call's time is when it happened)
   * @param capacity how many calls are kept for the listing
   */
  public CallLog(Clock clock, int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("the call log capacity must not be negative");
    }
    this.clock = clock;
    this.capacity = capacity;
    this.recent = new ArrayDeque<>(Math.min(capacity, DEFAULT_CAPACITY));
  }

  /** Hands every call recorded from now on to {@code listener}, on the answering thread. */
  public void subscribe(Consumer<Call> listener) {
    listeners.add(listener);
  }

  /**
   * Records an answered call.
   *
   * @param elapsedNanos the time the protocol took
   */
  public void record(
      String vendor,
      String requestId,
      String action,
      String accessKeyId,
      String outcome,
      int status,
      long elapsedNanos) {
    if (this == NONE) {
      return;
    }
    Call call =
        new Call(
            clock.instant(),
            requestId,
            vendor,
            action,
            idOrNull(accessKeyId),
            outcome == null || outcome.equals(OK) ? OK : codeOf(outcome),
            status,
            Math.round(elapsedNanos / 1_000.0) / 1_000.0);
    if (capacity > 0) {
      synchronized (recent) {
        if (recent.size() == capacity) {
          recent.removeFirst();
        }
        recent.addLast(call);
      }
    }
    for (Consumer<Call> listener : listeners) {
      listener.accept(call);
    }
  }

  /** The most recent calls, newest first, at most {@code limit}. */
  public List<Call> recent(int limit) {
    List<Call> calls = new ArrayList<>(Math.max(0, Math.min(limit, capacity)));
    synchronized (recent) {
      Iterator<Call> newestFirst = recent.descendingIterator();
      while (newestFirst.hasNext() && calls.size() < limit) {
        calls.add(newestFirst.next());
      }
    }
    return calls;
  }

  /** Forgets the calls kept so far. */
  public void clear() {
    synchronized (recent) {
      recent.clear();
    }
  }

  /** How many calls are kept at most. */
  public int capacity() {
    return capacity;
  }

  /**
   * The id in {@code Credential=ID/...} (TC3) or {@code Credential=ID,...} (ACS3) of an {@code
   * Authorization} header, or {@code null}.
   */
  public static String credentialId(String authorization) {
    if (authorization == null) {
      return null;
    }
    Matcher m = CREDENTIAL.matcher(authorization);
    return m.find() ? m.group(1) : null;
  }

  private static String idOrNull(String id) {
    return id != null && ID.matcher(id).matches() ? id : null;
  }

  private static String codeOf(String code) {
    return ID.matcher(code).matches() ? code : "(unprintable code)";
  }
}
