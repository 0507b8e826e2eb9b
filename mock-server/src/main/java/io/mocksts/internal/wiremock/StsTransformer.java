package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import io.mocksts.internal.http.StsRouter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thin adapter between WireMock and the STS protocols: turns a WireMock request into an {@link
 * StsRequest}, lets the router answer it, and turns the answer back into a response definition. It
 * applies only to the catch-all stub {@link MockStsExtensions} registers, so stubs users add with a
 * higher priority (fault injection, canned replies) still win.
 */
public final class StsTransformer implements ResponseDefinitionTransformerV2 {

  /** The transformer name the catch-all stub refers to. */
  public static final String NAME = "mock-sts";

  private final StsRouter router;

  StsTransformer(StsRouter router) {
    this.router = router;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    StsResponse response = router.handle(toStsRequest(serveEvent.getRequest()));
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(response.status())
            .withBody(response.body())
            .withTransformers(StubHeaders.NAME);
    response.headers().forEach(builder::withHeader);
    if (!response.delivery().isNormal()) {
      FaultDelivery.apply(builder, response.delivery(), response.body());
    }
    return builder.build();
  }

  /**
   * An HTTP/2 request (over TLS, as OkHttp-based SDKs negotiate it) names its host in the {@code
   * :authority} pseudo-header, not in {@code Host} (RFC 9113 §8.3.1); the signatures that cover the
   * host (TC3, Tencent v1) need it as {@code Host}, so the authority the server saw is added when
   * no {@code Host} header came.
   */
  static void withAuthority(Map<String, List<String>> headers, String host, int port) {
    boolean present = headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("host"));
    if (!present && host != null && !host.isEmpty()) {
      String name = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
      headers.put("Host", List.of(port > 0 ? name + ":" + port : name));
    }
  }

  static StsRequest toStsRequest(Request request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    String query = question < 0 ? "" : url.substring(question + 1);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.put(header.key(), header.values());
    }
    withAuthority(headers, request.getHost(), request.getPort());
    return new StsRequest(
        request.getMethod().getName(),
        path,
        query,
        headers,
        request.getBody(),
        request.getScheme());
  }
}
