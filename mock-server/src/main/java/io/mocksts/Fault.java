package io.mocksts;

import io.mocksts.internal.http.faults.FaultDefinition;
import io.mocksts.internal.http.faults.FaultException;
import io.mocksts.internal.http.faults.NetworkFault;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A fault to inject into the mock STS with {@link Faults#inject}, described fluently and immutable
 * (each method returns a new description):
 *
 * <pre>{@code
 * sts.faults().inject(Fault.alibaba().action("AssumeRole").error("Throttling").times(2));
 * sts.faults().inject(Fault.tencent().uniformLatency(Duration.ofMillis(100), Duration.ofSeconds(1)).share(0.3).seed(7));
 * sts.faults().inject(Fault.tencent().resetConnection());
 * }</pre>
 *
 * A fault matches the calls of one vendor, to one action or (by default) to all of them, once the
 * mock has recognised the request as that action. It has exactly one effect: a documented error
 * code of the vendor (answered with its documented status, message and envelope), a latency (a
 * single delay is capped at 60 s), or a network fault. It applies to the next {@code n} matching
 * calls, to a share of them, or (by default) to every one until cleared. See docs/faults.md.
 *
 * <p>Every method throws {@link IllegalArgumentException} when given an unusable value, naming it.
 */
public final class Fault {

  private final String vendor;
  private final String action;
  private final FaultDefinition.Effect effect;
  private final FaultDefinition.Scope scope;
  private final Long seed;

  private Fault(
      String vendor,
      String action,
      FaultDefinition.Effect effect,
      FaultDefinition.Scope scope,
      Long seed) {
    this.vendor = vendor;
    this.action = action;
    this.effect = effect;
    this.scope = scope;
    this.seed = seed;
  }

  /** A fault of Alibaba Cloud STS calls. */
  public static Fault alibaba() {
    return vendor("alibaba");
  }

  /** A fault of Tencent Cloud STS calls. */
  public static Fault tencent() {
    return vendor("tencent");
  }

  /** A fault of a vendor's calls by name: {@code alibaba} or {@code tencent}. */
  public static Fault vendor(String vendor) {
    return new Fault(
        Objects.requireNonNull(vendor, "vendor"),
        null,
        null,
        new FaultDefinition.UntilCleared(),
        null);
  }

  /** Only calls of this action (for example {@code AssumeRole}). */
  public Fault action(String action) {
    return new Fault(vendor, Objects.requireNonNull(action, "action"), effect, scope, seed);
  }

  /** Calls of every action of the vendor (the default). */
  public Fault allActions() {
    return new Fault(vendor, null, effect, scope, seed);
  }

  /**
   * Answers this documented error code of the vendor, with its documented HTTP status, message and
   * envelope (the codes are listed by {@link Faults#codes}).
   */
  public Fault error(String code) {
    return with(new FaultDefinition.InjectedError(code));
  }

  /** Waits this long before answering. */
  public Fault latency(Duration delay) {
    return with(FaultDefinition.Latency.fixed(delay));
  }

  /** Waits a delay drawn uniformly between the bounds (inclusive). */
  public Fault uniformLatency(Duration min, Duration max) {
    return with(
        new FaultDefinition.Latency(
            FaultDefinition.Distribution.UNIFORM, min, max, Optional.empty()));
  }

  /**
   * Waits a delay drawn from a normal distribution with its mean halfway between the bounds and a
   * standard deviation of a sixth of their distance, clamped to the bounds.
   */
  public Fault normalLatency(Duration min, Duration max) {
    return with(
        new FaultDefinition.Latency(
            FaultDefinition.Distribution.NORMAL, min, max, Optional.empty()));
  }

  /** As {@link #normalLatency(Duration, Duration)}, with this standard deviation. */
  public Fault normalLatency(Duration min, Duration max, Duration standardDeviation) {
    return with(
        new FaultDefinition.Latency(
            FaultDefinition.Distribution.NORMAL,
            min,
            max,
            Optional.of(Objects.requireNonNull(standardDeviation, "standardDeviation"))));
  }

  /** Closes the connection without any response; the request is not processed. */
  public Fault dropConnection() {
    return network(NetworkFault.Kind.DROP);
  }

  /** Resets the connection without any response; the request is not processed. */
  public Fault resetConnection() {
    return network(NetworkFault.Kind.RESET);
  }

  /**
   * Sends the real answer's status line, headers and full {@code Content-Length}, then half of its
   * body, then closes the connection.
   */
  public Fault truncatedBody() {
    return network(NetworkFault.Kind.TRUNCATED);
  }

  /**
   * Sends an HTTP 200 status line, then a malformed chunk of body, then closes the connection; the
   * request is not processed.
   */
  public Fault malformedBody() {
    return network(NetworkFault.Kind.MALFORMED);
  }

  /** Sends random bytes instead of an HTTP response, then closes; the request is not processed. */
  public Fault randomDataThenClose() {
    return network(NetworkFault.Kind.GARBAGE);
  }

  /** Sends the real answer, its body in {@code chunks} pieces spread over {@code total}. */
  public Fault dribbleBody(int chunks, Duration total) {
    return with(
        new FaultDefinition.Network(
            new NetworkFault(NetworkFault.Kind.DRIBBLE, chunks, Objects.requireNonNull(total))));
  }

  /** Applies to the next {@code count} matching calls only. */
  public Fault times(int count) {
    return new Fault(vendor, action, effect, new FaultDefinition.Times(count), seed);
  }

  /** Applies to each matching call with this probability (greater than 0, at most 1). */
  public Fault share(double probability) {
    return new Fault(vendor, action, effect, new FaultDefinition.Share(probability), seed);
  }

  /** Applies to every matching call until cleared (the default). */
  public Fault untilCleared() {
    return new Fault(vendor, action, effect, new FaultDefinition.UntilCleared(), seed);
  }

  /** Seeds the fault's own random source (share, random latency), for repeatable runs. */
  public Fault seed(long value) {
    return new Fault(vendor, action, effect, scope, value);
  }

  FaultDefinition definition() {
    if (effect == null) {
      throw new FaultException(
          "the fault has no effect: call error(...), a latency method or a network method");
    }
    return new FaultDefinition(
        vendor,
        Optional.ofNullable(action),
        effect,
        scope,
        seed == null ? OptionalLong.empty() : OptionalLong.of(seed));
  }

  private Fault network(NetworkFault.Kind kind) {
    return with(new FaultDefinition.Network(NetworkFault.of(kind)));
  }

  private Fault with(FaultDefinition.Effect value) {
    return new Fault(vendor, action, value, scope, seed);
  }

  @Override
  public String toString() {
    return "Fault["
        + vendor
        + " "
        + (action == null ? "*" : action)
        + " "
        + (effect == null ? "no effect" : effect)
        + " "
        + scope
        + (seed == null ? "" : " seed " + seed)
        + "]";
  }
}
