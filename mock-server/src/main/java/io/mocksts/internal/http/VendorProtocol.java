package io.mocksts.internal.http;

/** One vendor's STS wire protocol: recognises its requests and answers them. */
public interface VendorProtocol {

  /** Whether this protocol should answer the request (cheap: headers and parameters only). */
  boolean recognises(StsRequest request);

  /** Answers a recognised request; never throws. */
  StsResponse handle(StsRequest request);

  /**
   * Answers a request the HTTP layer could not receive whole or decode, in this vendor's error
   * envelope with its documented code; never throws. {@code request} carries what was read: the
   * method, path, query and headers, and no body.
   */
  StsResponse reject(StsRequest request, TransportError error);
}
