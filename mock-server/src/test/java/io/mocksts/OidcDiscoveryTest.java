package io.mocksts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.idp.TestIssuer;
import io.mocksts.junit.MockStsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mock publishes its bundled test OIDC issuer's discovery document and JWK set, so that a
 * relying party that fetches keys can verify the tokens {@code oidc-token} prints.
 */
class OidcDiscoveryTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static JsonNode get(String url) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void whenTheDiscoveryDocumentIsFetchedThenItNamesTheIssuerAndAJwksUriThatServesItsPublicKeys()
      throws Exception {
    JsonNode discovery = get(STS.sts().baseUrl() + "/.well-known/openid-configuration");

    assertThat(discovery.get("issuer").asText()).isEqualTo(TestIssuer.ISSUER);
    JsonNode jwks = get(discovery.get("jwks_uri").asText());
    JsonNode published = JSON.readTree(TestIssuer.bundled(Clock.systemUTC()).publicJwks());
    assertThat(jwks.get("keys")).containsExactlyInAnyOrderElementsOf(published.get("keys"));
    jwks.get("keys").forEach(key -> assertThat(key.has("d")).as("no private part").isFalse());
  }
}
