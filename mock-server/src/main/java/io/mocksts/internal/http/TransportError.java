package io.mocksts.internal.http;

/**
 * What can be wrong with a request before any vendor parameter is read: the failures the HTTP layer
 * detects while receiving it. Each vendor protocol answers them in its own envelope ({@link
 * VendorProtocol#reject}).
 */
public enum TransportError {
  /**
   * The request is larger than accepted: a body beyond the largest either vendor documents (10 MB),
   * or a request line or headers beyond the server's limit.
   */
  TOO_LARGE,
  /** A percent escape in the query string is not {@code %} and two hex digits. */
  MALFORMED_QUERY,
  /** A percent escape in a form body is not {@code %} and two hex digits. */
  MALFORMED_FORM,
  /** The framing is broken: a bad chunk size, a truncated chunk, a bad request line or header. */
  MALFORMED_REQUEST,
  /** The body arrived too slowly (below the minimum data rate, or past the body deadline). */
  BODY_TIMEOUT,
  /**
   * Too many request bodies are being received at once: the mock keeps its memory bounded and asks
   * the client to come back.
   */
  BUSY,
  /** The server failed while answering (a defect of the mock; it is logged). */
  SERVER_FAULT
}
