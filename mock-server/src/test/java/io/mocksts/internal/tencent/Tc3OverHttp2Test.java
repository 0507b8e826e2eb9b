package io.mocksts.internal.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import io.mocksts.internal.http.StsRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A TC3 signature covers the host, and an HTTP/2 request (which OkHttp-based SDKs negotiate over
 * TLS) carries it in {@code :authority}, not in a {@code Host} header (RFC 9113 §8.3.1): the mock
 * must verify it against the authority, or every Tencent SDK call over HTTPS fails with {@code
 * AuthFailure.SignatureFailure}.
 */
class Tc3OverHttp2Test {

  private static MockSts sts;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    sts = MockSts.start(MockStsOptions.defaults().withHttpsPort(0));
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", sts.caCertificate().orElseThrow());
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).sslContext(context).build();
  }

  @AfterAll
  static void stop() {
    sts.stop();
  }

  private static HttpResponse<String> send(String signHost) throws Exception {
    TencentCalls.Tc3 call =
        new TencentCalls.Tc3(
            Clock.systemUTC(),
            "GetCallerIdentity",
            TencentProtocolTest.ALICE,
            TencentProtocolTest.ALICE_KEY);
    call.signHost = signHost;
    call.service = "sts";
    StsRequest signed = call.request();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("https://localhost:" + sts.httpsPort().orElseThrow()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()));
    for (Map.Entry<String, List<String>> header : signed.headers().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("host")) {
        request.header(header.getKey(), header.getValue().get(0));
      }
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aTc3CallOverHttp2IsVerifiedAgainstTheAuthority() throws Exception {
    HttpResponse<String> response = send("localhost:" + sts.httpsPort().orElseThrow());

    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(response.body())
        .contains("\"Arn\":\"qcs::cam::uin/100000000001:uin/" + TencentProtocolTest.ALICE_UIN);
  }

  @Test
  void aTc3CallOverHttp2SignedForAnotherHostIsStillRefused() throws Exception {
    HttpResponse<String> response = send("sts.tencentcloudapi.com");

    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(response.body()).contains("AuthFailure.SignatureFailure");
  }
}
