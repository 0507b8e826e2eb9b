package io.mocksts.internal.http;

import java.util.List;

/**
 * Sends each request to the first vendor protocol that recognises it. Both vendors share one port
 * (docs/architecture.md, rule 7); the fallback answers anything no protocol claims.
 */
public final class StsRouter {

  private final List<VendorProtocol> protocols;
  private final VendorProtocol fallback;

  public StsRouter(List<VendorProtocol> protocols, VendorProtocol fallback) {
    this.protocols = List.copyOf(protocols);
    this.fallback = fallback;
  }

  public StsResponse handle(StsRequest request) {
    return protocolFor(request).handle(request);
  }

  /** Answers a request the HTTP layer refused, in the envelope of the vendor it was meant for. */
  public StsResponse reject(StsRequest request, TransportError error) {
    return protocolFor(request).reject(request, error);
  }

  private VendorProtocol protocolFor(StsRequest request) {
    for (VendorProtocol protocol : protocols) {
      if (protocol.recognises(request)) {
        return protocol;
      }
    }
    return fallback;
  }
}
