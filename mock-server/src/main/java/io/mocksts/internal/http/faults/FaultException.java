package io.mocksts.internal.http.faults;

/** A fault definition that cannot be used; the message names what is wrong. */
public final class FaultException extends IllegalArgumentException {

  public FaultException(String message) {
    super(message);
  }
}
