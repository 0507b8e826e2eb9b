package io.mocksts.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ca}, {@code --https-port} with {@code --ca-file}/{@code --ca-out}, {@code oidc-token
 * --out}.
 */
class TlsCommandsTest {

  @Test
  void caCreatesAnOwnerOnlyCaFileOnceAndExportsTheSameCertificateEachTime(@TempDir Path dir)
      throws Exception {
    CliRun first = CliRun.run("ca", "--out", dir.resolve("out").toString());
    String pem = Files.readString(dir.resolve("out/mock-sts-ca.pem"));
    CliRun second = CliRun.run("ca", "--out", dir.resolve("out").toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("(created, owner-only)", "mock-sts-ca.p12 (password mock-sts)");
    assertThat(second.out()).contains("(read)");
    Path key = dir.resolve("out/mock-sts-ca-key.pem");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(dir.resolve("out/mock-sts-ca.pem"))).isEqualTo(pem);
    assertThat(pem).contains("BEGIN CERTIFICATE").doesNotContain("PRIVATE KEY");
  }

  @Test
  void caRefusesAFileThatIsNotACaInOneLine(@TempDir Path dir) throws Exception {
    Path notCa = Files.writeString(dir.resolve("ca.pem"), "hello\n");

    CliRun bad = CliRun.run("ca", "--out", dir.toString(), "--ca-file", notCa.toString());

    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip().lines()).hasSize(1);
    assertThat(bad.err()).startsWith("mock-sts ca: CA file " + notCa + ": must hold a CERTIFICATE");
  }

  @Test
  void aServerWithTheCaFileServesACertificateTheExportedCaTrusts(@TempDir Path dir)
      throws Exception {
    Path caFile = dir.resolve("ca-key.pem");
    assertThat(
            CliRun.run(
                    "ca", "--out", dir.resolve("first").toString(), "--ca-file", caFile.toString())
                .exit())
        .isZero();
    int port = CliRun.freePort();
    int httpsPort = CliRun.freePort();
    CompletableFuture<CliRun> serving =
        CompletableFuture.supplyAsync(
            () ->
                CliRun.run(
                    "--port",
                    String.valueOf(port),
                    "--https-port",
                    String.valueOf(httpsPort),
                    "--ca-file",
                    caFile.toString(),
                    "--ca-out",
                    dir.resolve("served").toString(),
                    "--tls-name",
                    "sts.mock.test"));
    HttpClient trusting = client(dir.resolve("first/mock-sts-ca.p12"));
    URI https = URI.create("https://localhost:" + httpsPort);
    HttpResponse<String> health = CliRun.awaitHealth(trusting, https, Duration.ofSeconds(30));
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__admin/shutdown"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    CliRun served = serving.get(30, TimeUnit.SECONDS);

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(served.exit()).as(served.err()).isZero();
    assertThat(Files.readString(dir.resolve("served/mock-sts-ca.pem")))
        .isEqualTo(Files.readString(dir.resolve("first/mock-sts-ca.pem")));
    assertThat(served.out())
        .contains("mock-sts listening on https://127.0.0.1:" + httpsPort)
        .contains("TLS certificate: valid for localhost, 127.0.0.1, ::1, sts.aliyuncs.com")
        .contains("TLS CA: ", "read from " + caFile)
        .contains("TLS CA exported: " + dir.resolve("served/mock-sts-ca.pem"))
        .contains("identities: fixtures/world.yaml")
        .contains("LTAI5tMockAliceAccessKey", "AKIDMockAliceSecretId000000000000001")
        .doesNotContain("warning");
  }

  private static HttpClient client(Path trustStore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(trustStore)) {
      store.load(in, "mock-sts".toCharArray());
    }
    assertThat(store.getCertificate("mock-sts-ca")).isInstanceOf(X509Certificate.class);
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  @Test
  void oidcTokenOutWritesTheTokenWithoutATrailingNewline(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("token");

    CliRun token =
        CliRun.run(
            "oidc-token", "--vendor", "alibaba", "--subject", "app", "--out", file.toString());

    assertThat(token.exit()).as(token.err()).isZero();
    assertThat(token.out()).isEmpty();
    String written = Files.readString(file, StandardCharsets.US_ASCII);
    assertThat(written).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    assertThat(
            CliRun.run(
                    "oidc-token",
                    "--vendor",
                    "alibaba",
                    "--subject",
                    "app",
                    "--count",
                    "2",
                    "--out",
                    file.toString())
                .err())
        .contains("--out writes one token");
  }
}
