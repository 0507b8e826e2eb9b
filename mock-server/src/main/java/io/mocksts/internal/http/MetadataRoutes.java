package io.mocksts.internal.http;

import java.util.List;

/**
 * The instance metadata services and credential endpoints both vendors' default credential chains
 * read (docs/guides/credential-chains.md), in front of the STS protocols on the main port and alone
 * on the metadata listener. Configured before the server starts.
 */
public final class MetadataRoutes implements VendorProtocol {

  private volatile List<VendorProtocol> services;

  public MetadataRoutes(List<VendorProtocol> services) {
    this.services = List.copyOf(services);
  }

  /** Replaces the services (before the server starts). */
  public void replace(List<VendorProtocol> value) {
    this.services = List.copyOf(value);
  }

  @Override
  public boolean recognises(StsRequest request) {
    for (VendorProtocol service : services) {
      if (service.recognises(request)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public StsResponse handle(StsRequest request) {
    for (VendorProtocol service : services) {
      if (service.recognises(request)) {
        return service.handle(request);
      }
    }
    return StsResponse.of(404, "text/plain; charset=utf-8", "Not Found");
  }

  @Override
  public StsResponse reject(StsRequest request, TransportError error) {
    return StsResponse.of(400, "text/plain; charset=utf-8", "Bad Request");
  }
}
