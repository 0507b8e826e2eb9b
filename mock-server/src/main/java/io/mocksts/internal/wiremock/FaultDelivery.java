package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.mocksts.internal.http.faults.Delivery;
import io.mocksts.internal.http.faults.NetworkFault;
import java.util.Arrays;

/**
 * Carries out an injected {@link Delivery} with WireMock's own means: its fixed delay (WireMock
 * waits before writing the answer; the registry caps a delay at 60 s), its {@link Fault} values,
 * and its chunked dribble delay. A truncated body is the real answer with its full {@code
 * Content-Length} and only the first half of its bytes, after which Jetty closes the connection.
 */
final class FaultDelivery {

  private FaultDelivery() {}

  /** Applies the delivery to a response under construction whose body is {@code body}. */
  static void apply(ResponseDefinitionBuilder builder, Delivery delivery, byte[] body) {
    if (!delivery.delay().isZero()) {
      builder.withFixedDelay((int) delivery.delay().toMillis());
    }
    delivery.network().ifPresent(network -> apply(builder, network, body));
  }

  private static void apply(ResponseDefinitionBuilder builder, NetworkFault network, byte[] body) {
    switch (network.kind()) {
      case DROP -> builder.withFault(Fault.EMPTY_RESPONSE);
      case RESET -> builder.withFault(Fault.CONNECTION_RESET_BY_PEER);
      case MALFORMED -> builder.withFault(Fault.MALFORMED_RESPONSE_CHUNK);
      case GARBAGE -> builder.withFault(Fault.RANDOM_DATA_THEN_CLOSE);
      case DRIBBLE ->
          builder.withChunkedDribbleDelay(network.chunks(), (int) network.duration().toMillis());
      case TRUNCATED ->
          builder
              .withHeader("Content-Length", String.valueOf(body.length))
              .withBody(Arrays.copyOf(body, body.length / 2));
    }
  }
}
