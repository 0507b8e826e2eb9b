package io.mocksts.internal.http.faults;

import java.util.Optional;

/**
 * What the injected faults decide for one request.
 *
 * @param errorCode the documented error code to answer instead of the action's own answer
 * @param delivery how the answer travels back
 */
public record Injection(Optional<String> errorCode, Delivery delivery) {

  /** Nothing injected. */
  public static final Injection NONE = new Injection(Optional.empty(), Delivery.NORMAL);

  public Injection {
    errorCode = errorCode == null ? Optional.empty() : errorCode;
    delivery = delivery == null ? Delivery.NORMAL : delivery;
  }

  public boolean isNone() {
    return errorCode.isEmpty() && delivery.isNormal();
  }
}
