package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;

/**
 * Takes WireMock's {@code Matched-Stub-Id} and {@code Matched-Stub-Name} off the answers of the STS
 * and of the test issuer's documents: a real STS sends no such header, and it would tell a client
 * that it talks to WireMock. Applies only to the stubs the mock registers itself.
 */
public final class StubHeaders implements ResponseTransformerV2 {

  /** The transformer name the mock's own stubs refer to. */
  public static final String NAME = "mock-sts-stub-headers";

  private static final List<String> REMOVED = List.of("Matched-Stub-Id", "Matched-Stub-Name");

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    HttpHeaders headers = response.getHeaders();
    if (headers == null) {
      return response;
    }
    List<HttpHeader> kept =
        headers.all().stream().filter(h -> REMOVED.stream().noneMatch(h::keyEquals)).toList();
    return Response.Builder.like(response).but().headers(new HttpHeaders(kept)).build();
  }
}
