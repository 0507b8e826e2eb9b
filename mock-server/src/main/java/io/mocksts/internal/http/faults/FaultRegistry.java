package io.mocksts.internal.http.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The faults injected into one mock, in the order they were added, and the decision for each
 * matching call. For every kind of effect (error, latency, network) the oldest matching fault of
 * that kind that fires applies; a fault that does not fire (its share was not drawn, or its count
 * is spent) leaves the call to the next one of its kind. A {@link FaultDefinition.Times} fault
 * whose count is spent stays listed, with {@code remaining} 0, until it is cleared, so that its
 * {@code applied} count can be read.
 *
 * <p>Thread-safe; a decision holds the registry's lock only while counting, never while waiting.
 */
public final class FaultRegistry {

  /**
   * The longest single delay (latency, or the whole of a dribbled body): a delayed answer holds a
   * request thread of the server, so it is bounded.
   */
  public static final Duration MAX_DELAY = Duration.ofSeconds(60);

  /** The most faults held at once. */
  public static final int MAX_FAULTS = 1000;

  private final Map<String, VendorCatalog> vendors = new LinkedHashMap<>();
  private final RandomGenerator shared;
  private final List<Entry> entries = new ArrayList<>();
  private long nextId = 1;

  public FaultRegistry(List<VendorCatalog> catalogs) {
    this(catalogs, new SplittableRandom());
  }

  /** With the random source unseeded faults draw from (tests pass a seeded one). */
  public FaultRegistry(List<VendorCatalog> catalogs, RandomGenerator shared) {
    for (VendorCatalog catalog : catalogs) {
      vendors.put(catalog.vendor(), catalog);
    }
    this.shared = shared;
  }

  /** The vendors faults can be injected for. */
  public Map<String, VendorCatalog> vendors() {
    return java.util.Collections.unmodifiableMap(vendors);
  }

  /**
   * Adds a fault after checking its vendor, action and error code.
   *
   * @throws FaultException naming what is unknown
   */
  public synchronized InjectedFault add(FaultDefinition definition) {
    VendorCatalog catalog = vendors.get(definition.vendor());
    if (catalog == null) {
      throw new FaultException(
          "unknown vendor \"" + definition.vendor() + "\": one of " + vendors.keySet());
    }
    definition
        .action()
        .filter(a -> !catalog.actions().contains(a))
        .ifPresent(
            a -> {
              throw new FaultException(
                  "unknown "
                      + catalog.vendor()
                      + " action \""
                      + a
                      + "\": one of "
                      + catalog.actions()
                      + " or \"*\" for all");
            });
    if (definition.effect() instanceof FaultDefinition.InjectedError error
        && !catalog.errors().containsKey(error.code())) {
      throw new FaultException(
          "unknown "
              + catalog.vendor()
              + " error code \""
              + error.code()
              + "\": one of the documented codes "
              + catalog.errors().keySet());
    }
    if (entries.size() >= MAX_FAULTS) {
      throw new FaultException("at most " + MAX_FAULTS + " faults at once: clear some first");
    }
    Entry entry = new Entry(String.valueOf(nextId++), definition);
    entries.add(entry);
    return entry.snapshot();
  }

  /** The faults, oldest first. */
  public synchronized List<InjectedFault> list() {
    return entries.stream().map(Entry::snapshot).toList();
  }

  /** Removes one fault; returns it, or empty when no fault has this id. */
  public synchronized Optional<InjectedFault> remove(String id) {
    for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      if (entry.id.equals(id)) {
        it.remove();
        return Optional.of(entry.snapshot());
      }
    }
    return Optional.empty();
  }

  /** Removes every fault. */
  public synchronized void clear() {
    entries.clear();
  }

  /** The hook one vendor's protocol consults. */
  public FaultHook hook(String vendor) {
    return action -> decide(vendor, action);
  }

  synchronized Injection decide(String vendor, String action) {
    if (entries.isEmpty()) {
      return Injection.NONE;
    }
    String error = null;
    Duration delay = null;
    NetworkFault network = null;
    for (Entry entry : entries) {
      FaultDefinition def = entry.definition;
      if (!def.vendor().equals(vendor) || def.action().filter(a -> !a.equals(action)).isPresent()) {
        continue;
      }
      FaultDefinition.Effect effect = def.effect();
      if (effect instanceof FaultDefinition.InjectedError e) {
        if (error == null && entry.fires()) {
          error = e.code();
        }
      } else if (effect instanceof FaultDefinition.Latency l) {
        if (delay == null && entry.fires()) {
          delay = l.draw(entry.random);
        }
      } else if (effect instanceof FaultDefinition.Network n) {
        if (network == null && entry.fires()) {
          network = n.fault();
        }
      }
    }
    if (error == null && delay == null && network == null) {
      return Injection.NONE;
    }
    return new Injection(
        Optional.ofNullable(error), new Delivery(delay, Optional.ofNullable(network)));
  }

  private final class Entry {
    private final String id;
    private final FaultDefinition definition;
    private final RandomGenerator random;
    private long matched;
    private long applied;
    private int remaining;

    Entry(String id, FaultDefinition definition) {
      this.id = id;
      this.definition = definition;
      this.random =
          definition.seed().isPresent()
              ? new SplittableRandom(definition.seed().getAsLong())
              : shared;
      this.remaining =
          definition.scope() instanceof FaultDefinition.Times times ? times.count() : -1;
    }

    /** Counts a matching call and says whether the fault applies to it. */
    boolean fires() {
      matched++;
      FaultDefinition.Scope scope = definition.scope();
      boolean fires;
      if (scope instanceof FaultDefinition.Times) {
        fires = remaining > 0;
      } else if (scope instanceof FaultDefinition.Share share) {
        fires = random.nextDouble() < share.probability();
      } else {
        fires = true;
      }
      if (fires) {
        applied++;
        if (remaining > 0) {
          remaining--;
        }
      }
      return fires;
    }

    InjectedFault snapshot() {
      return new InjectedFault(
          id,
          definition,
          matched,
          applied,
          remaining < 0 ? OptionalInt.empty() : OptionalInt.of(remaining));
    }
  }
}
