package io.mocksts.internal.http;

import java.util.List;

/**
 * Sends each request to the first vendor protocol that recognises it. Both vendors share one port
 * (DESIGN.md §2); the fallback answers anything no protocol claims.
 */
public final class StsRouter {

  private final List<VendorProtocol> protocols;
  private final VendorProtocol fallback;

  public StsRouter(List<VendorProtocol> protocols, VendorProtocol fallback) {
    this.protocols = List.copyOf(protocols);
    this.fallback = fallback;
  }

  public StsResponse handle(StsRequest request) {
    for (VendorProtocol protocol : protocols) {
      if (protocol.recognises(request)) {
        return protocol.handle(request);
      }
    }
    return fallback.handle(request);
  }
}
