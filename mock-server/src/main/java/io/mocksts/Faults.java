package io.mocksts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mocksts.internal.http.faults.FaultJson;
import io.mocksts.internal.http.faults.FaultRegistry;
import io.mocksts.internal.http.faults.InjectedFault;
import io.mocksts.internal.http.faults.VendorCatalog;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The fault injection of one mock STS ({@link MockSts#faults()}); the same faults the admin API
 * {@code /__admin/mock-sts/faults} lists and clears (docs/faults.md).
 */
public final class Faults {

  /** The longest single delay a fault may add (latency, or the whole of a dribbled body). */
  public static final java.time.Duration MAX_DELAY = FaultRegistry.MAX_DELAY;

  /**
   * A fault as injected.
   *
   * @param id its id, for {@link #clear(String)} and {@code DELETE /__admin/mock-sts/faults/{id}}
   * @param vendor the vendor whose calls it matches
   * @param action the action it matches, empty for all
   * @param json its JSON form as the admin API lists it
   * @param matched how many calls reached it
   * @param applied how many calls it applied to
   * @param remaining for a fault of the next n calls, how many applications remain
   */
  public record Injected(
      String id,
      String vendor,
      Optional<String> action,
      String json,
      long matched,
      long applied,
      OptionalInt remaining) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FaultRegistry registry;

  Faults(FaultRegistry registry) {
    this.registry = registry;
  }

  /**
   * Injects a fault.
   *
   * @return the fault as injected, with its id
   * @throws IllegalArgumentException for an unknown vendor, action or error code, or a fault
   *     without an effect; the message names it
   */
  public Injected inject(Fault fault) {
    return injected(registry.add(fault.definition()));
  }

  /** The faults, oldest first. */
  public List<Injected> list() {
    return registry.list().stream().map(Faults::injected).toList();
  }

  /** The fault with this id, as it stands now. */
  public Optional<Injected> get(String id) {
    return registry.list().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .map(Faults::injected);
  }

  /** Clears one fault; false when no fault has this id. */
  public boolean clear(String id) {
    return registry.remove(id).isPresent();
  }

  /** Clears every fault. */
  public void clearAll() {
    registry.clear();
  }

  /** The documented error codes of a vendor that can be injected. */
  public Set<String> codes(String vendor) {
    VendorCatalog catalog = registry.vendors().get(vendor);
    if (catalog == null) {
      throw new IllegalArgumentException(
          "unknown vendor \"" + vendor + "\": one of " + registry.vendors().keySet());
    }
    return catalog.errors().keySet();
  }

  private static Injected injected(InjectedFault fault) {
    String json;
    try {
      json = JSON.writeValueAsString(FaultJson.describe(fault));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new Injected(
        fault.id(),
        fault.definition().vendor(),
        fault.definition().action(),
        json,
        fault.matched(),
        fault.applied(),
        fault.remaining());
  }
}
