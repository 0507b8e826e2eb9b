package io.mocksts.internal.http.faults;

/**
 * Consulted by a vendor protocol once a request is known to be one of its actions: which injected
 * faults apply to it. Each call counts as one matching call for the faults that apply.
 */
@FunctionalInterface
public interface FaultHook {

  /** No fault is ever injected. */
  FaultHook NONE = action -> Injection.NONE;

  Injection onAction(String action);
}
