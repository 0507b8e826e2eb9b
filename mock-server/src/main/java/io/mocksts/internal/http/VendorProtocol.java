package io.mocksts.internal.http;

/** One vendor's STS wire protocol: recognises its requests and answers them. */
public interface VendorProtocol {

  /** Whether this protocol should answer the request (cheap: headers and parameters only). */
  boolean recognises(StsRequest request);

  /** Answers a recognised request; never throws. */
  StsResponse handle(StsRequest request);
}
