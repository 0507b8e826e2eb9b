package io.mocksts.internal.http.faults;

import java.time.Duration;
import java.util.Optional;

/**
 * How an answer travels back: after a delay, and possibly through a network fault. The HTTP adapter
 * carries it out; the protocols only decide it.
 *
 * @param delay how long to wait before the first byte of the answer
 * @param network the network fault, if any
 */
public record Delivery(Duration delay, Optional<NetworkFault> network) {

  /** An answer sent at once and whole. */
  public static final Delivery NORMAL = new Delivery(Duration.ZERO, Optional.empty());

  public Delivery {
    delay = delay == null ? Duration.ZERO : delay;
    network = network == null ? Optional.empty() : network;
  }

  /** Whether the request is to be processed: false when the client gets none of the answer. */
  public boolean processes() {
    return network.map(n -> n.kind().carriesAnswer()).orElse(true);
  }

  public boolean isNormal() {
    return delay.isZero() && network.isEmpty();
  }
}
