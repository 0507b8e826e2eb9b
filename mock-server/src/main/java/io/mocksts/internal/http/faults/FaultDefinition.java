package io.mocksts.internal.http.faults;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One fault to inject, vendor-neutral: which calls it matches (a vendor and one action or all of
 * them), what it does to them, and for how many. Its parts are checked here (ranges); whether the
 * vendor, action and error code exist is checked by {@link FaultRegistry#add}.
 *
 * @param vendor {@code alibaba} or {@code tencent}
 * @param action the action it matches, or empty for every action of the vendor
 * @param effect what it does to a matching call
 * @param scope which matching calls it applies to
 * @param seed the seed of its own random source (share and random latency), for repeatable runs
 */
public record FaultDefinition(
    String vendor, Optional<String> action, Effect effect, Scope scope, OptionalLong seed) {

  public FaultDefinition {
    if (vendor == null || vendor.isBlank()) {
      throw new FaultException("a fault needs a vendor: alibaba or tencent");
    }
    action = action == null ? Optional.empty() : action.filter(a -> !a.isEmpty() && !a.equals("*"));
    if (effect == null) {
      throw new FaultException("a fault needs exactly one of error, latency or network");
    }
    scope = scope == null ? new UntilCleared() : scope;
    seed = seed == null ? OptionalLong.empty() : seed;
  }

  /** What a fault does to a matching call. */
  public sealed interface Effect permits InjectedError, Latency, Network {
    /** The kind of effect; one fault of each kind applies to a call. */
    String kind();
  }

  /** Answer a documented error of the vendor instead of the action's answer. */
  public record InjectedError(String code) implements Effect {
    public InjectedError {
      if (code == null || code.isBlank()) {
        throw new FaultException("error: a documented error code is needed");
      }
    }

    @Override
    public String kind() {
      return "error";
    }
  }

  /** How a random latency is drawn between its bounds. */
  public enum Distribution {
    FIXED,
    UNIFORM,
    NORMAL;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Wait before answering: a fixed delay ({@code min == max}), or one drawn uniformly or from a
   * normal distribution between {@code min} and {@code max}. The normal distribution has its mean
   * halfway between the bounds and, unless given, a standard deviation of a sixth of their
   * distance; draws outside the bounds are clamped to them.
   */
  public record Latency(
      Distribution distribution, Duration min, Duration max, Optional<Duration> standardDeviation)
      implements Effect {
    public Latency {
      if (distribution == null) {
        throw new FaultException("latency: a distribution is needed (fixed, uniform or normal)");
      }
      if (min == null || max == null) {
        throw new FaultException("latency: the delay bounds are needed");
      }
      if (min.isNegative()
          || max.compareTo(FaultRegistry.MAX_DELAY) > 0
          || min.compareTo(max) > 0) {
        throw new FaultException(
            "latency: delays must satisfy 0 <= minMs <= maxMs <= "
                + FaultRegistry.MAX_DELAY.toMillis()
                + " (a single delay is capped at "
                + FaultRegistry.MAX_DELAY.toSeconds()
                + " s)");
      }
      standardDeviation = standardDeviation == null ? Optional.empty() : standardDeviation;
      if (standardDeviation.filter(s -> s.isNegative() || s.isZero()).isPresent()) {
        throw new FaultException("latency: stddevMs must be positive");
      }
    }

    public static Latency fixed(Duration delay) {
      return new Latency(Distribution.FIXED, delay, delay, Optional.empty());
    }

    @Override
    public String kind() {
      return "latency";
    }

    /** A delay drawn from this latency. */
    Duration draw(java.util.random.RandomGenerator random) {
      long lo = min.toMillis();
      long hi = max.toMillis();
      long ms =
          switch (distribution) {
            case FIXED -> lo;
            case UNIFORM -> lo == hi ? lo : random.nextLong(lo, hi + 1);
            case NORMAL -> {
              double mean = (lo + hi) / 2.0;
              double sd = standardDeviation.map(Duration::toMillis).orElse((hi - lo) / 6) * 1.0;
              yield Math.max(lo, Math.min(hi, Math.round(mean + sd * random.nextGaussian())));
            }
          };
      return Duration.ofMillis(ms);
    }
  }

  /** Break the connection. */
  public record Network(NetworkFault fault) implements Effect {
    public Network {
      if (fault == null) {
        throw new FaultException("network: a kind is needed");
      }
    }

    @Override
    public String kind() {
      return "network";
    }
  }

  /** Which matching calls a fault applies to. */
  public sealed interface Scope permits Times, Share, UntilCleared {}

  /** The next {@code count} matching calls. */
  public record Times(int count) implements Scope {
    public Times {
      if (count < 1) {
        throw new FaultException("times must be a whole number of at least 1");
      }
    }
  }

  /** Each matching call with this probability. */
  public record Share(double probability) implements Scope {
    public Share {
      if (!(probability > 0.0 && probability <= 1.0)) {
        throw new FaultException("share must be a probability greater than 0 and at most 1");
      }
    }
  }

  /** Every matching call until the fault is cleared. */
  public record UntilCleared() implements Scope {}
}
