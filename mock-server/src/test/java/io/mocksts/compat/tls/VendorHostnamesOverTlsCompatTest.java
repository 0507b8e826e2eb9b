package io.mocksts.compat.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mocksts.MockSts;
import io.mocksts.MockStsException;
import io.mocksts.MockStsOptions;
import io.mocksts.compat.chains.AlibabaChainApp;
import io.mocksts.compat.chains.ForkedApp;
import io.mocksts.idp.TestIssuer;
import io.mocksts.internal.tls.VendorHostnames;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unmodified applications reach the mock through the vendor host names over TLS: official SDK
 * clients with no endpoint, protocol or trust setting in code ({@link UnmodifiedClients}) run in a
 * JVM of their own whose hosts file ({@code -Djdk.net.hosts.file}, read by the JDK at start-up)
 * maps {@code sts.aliyuncs.com}, {@code sts.<region>.aliyuncs.com}, {@code sts.tencentcloudapi.com}
 * ... to 127.0.0.1, and whose trust store ({@code -Djavax.net.ssl.trustStore}) is the PKCS#12 the
 * mock exported. The mock listens on 443, the port the SDKs use; where 443 cannot be bound (not
 * root, or taken), the class is skipped with one line saying so (docs/guides/tls-and-hostnames.md
 * gives the redirects that avoid binding 443).
 */
class VendorHostnamesOverTlsCompatTest {

  private static final int HTTPS_PORT = 443;

  @TempDir static Path dir;

  private static MockSts sts;
  private static Path hostsFile;
  private static Path trustStore;

  @BeforeAll
  static void startOnPort443() throws IOException {
    try (ServerSocket probe = new ServerSocket(HTTPS_PORT, 1, InetAddress.getLoopbackAddress())) {
      // free and bindable
    } catch (IOException e) {
      String line =
          "VendorHostnamesOverTlsCompatTest skipped: cannot bind 127.0.0.1:443 ("
              + e.getMessage()
              + "); run as root or see docs/guides/tls-and-hostnames.md";
      System.err.println(line);
      Assumptions.abort(line);
    }
    try {
      sts =
          MockSts.start(
              MockStsOptions.defaults()
                  .withHttpsPort(HTTPS_PORT)
                  .withCaFile(dir.resolve("ca/mock-sts-ca-key.pem")));
    } catch (MockStsException e) {
      String line = "VendorHostnamesOverTlsCompatTest skipped: " + e.getMessage();
      System.err.println(line);
      Assumptions.abort(line);
    }
    List<String> hosts = new ArrayList<>(List.of("127.0.0.1 localhost"));
    VendorHostnames.all().forEach(name -> hosts.add("127.0.0.1 " + name));
    hostsFile = Files.write(dir.resolve("hosts"), hosts, StandardCharsets.US_ASCII);
    trustStore = sts.exportCa(dir.resolve("export")).get(1);
  }

  @AfterAll
  static void stop() {
    if (sts != null) {
      sts.stop();
    }
  }

  @Test
  void officialSdksWithoutAnEndpointGetCredentialsFromTheMockThroughTheVendorHostNames()
      throws Exception {
    Map<String, String[]> results =
        runClients(
            "-Djavax.net.ssl.trustStore=" + trustStore,
            "-Djavax.net.ssl.trustStorePassword=mock-sts",
            "-Djavax.net.ssl.trustStoreType=PKCS12");

    assertThat(results)
        .containsOnlyKeys(
            "alibaba-tea-sts.aliyuncs.com",
            "alibaba-tea-regional",
            "alibaba-credentials-java",
            "tencent-sdk-sts.tencentcloudapi.com",
            "tencent-sts-credential-provider");
    results.forEach(
        (name, result) -> assertThat(result[0]).as(name + ": " + result[1]).isEqualTo("ok"));
    assertThat(results.get("alibaba-tea-sts.aliyuncs.com")[1])
        .matches("AccessKeyId=STS\\.\\S+ Arn=acs:ram::1234567890123456:assumed-role/mock-role/tls");
    assertThat(results.get("alibaba-tea-regional")[1]).startsWith("AccessKeyId=STS.");
    assertThat(results.get("alibaba-credentials-java")[1])
        .matches("AccessKeyId=STS\\.\\S+ Type=ram_role_arn");
    assertThat(results.get("tencent-sdk-sts.tencentcloudapi.com")[1])
        .startsWith("Arn=qcs::cam::uin/100000000001:uin/100000000002 RequestId=");
    assertThat(results.get("tencent-sts-credential-provider")[1])
        .matches("SecretId=AKID\\S+ Arn=qcs::sts:100000000001:assumed-role/\\d+");
    assertThat(hostHeaders())
        .contains("sts.aliyuncs.com", "sts.ap-southeast-1.aliyuncs.com", "sts.tencentcloudapi.com");
  }

  /**
   * Without the CA, the clients that verify certificates refuse the mock; the Tea SDK does not
   * verify by default ({@code RuntimeOptions.ignoreSSL} is {@code true} in tea-util 0.2.21), so it
   * reaches the mock (and would reach anyone else answering for the name) regardless.
   */
  @Test
  void withoutTheMocksCaTheClientsThatVerifyCertificatesRefuseTheConnection() throws Exception {
    Map<String, String[]> results = runClients();

    for (String name :
        List.of("tencent-sdk-sts.tencentcloudapi.com", "tencent-sts-credential-provider")) {
      assertThat(results.get(name)[0]).as(name).isEqualTo("error");
      assertThat(results.get(name)[1]).as(name).contains("PKIX path building failed");
    }
    assertThat(results.get("alibaba-credentials-java")[0]).isEqualTo("error");
    assertThat(results.get("alibaba-credentials-java")[1])
        .contains("Error refreshing credentials from RamRoleArn");
    assertThat(results.get("alibaba-tea-sts.aliyuncs.com")[0])
        .as("Tea does not verify certificates by default")
        .isEqualTo("ok");
  }

  /**
   * RRSA, unchanged: a pod's {@code ALIBABA_CLOUD_ROLE_ARN}, {@code
   * ALIBABA_CLOUD_OIDC_PROVIDER_ARN} and {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE} are all the app has;
   * credentials-java's default chain builds its OIDC provider from them and calls {@code
   * https://sts.aliyuncs.com}, which the hosts file points at the mock.
   */
  @Test
  void anUnchangedPodWithTheRrsaVariablesGetsCredentialsThroughTheDefaultChain() throws Exception {
    Path tokenFile = dir.resolve("rrsa-token.jwt");
    Files.writeString(
        tokenFile,
        TestIssuer.bundled(Clock.systemUTC())
            .token("system:serviceaccount:default:app")
            .audience("sts.aliyuncs.com")
            .sign());

    Map<String, String> out =
        new ForkedApp()
            .env("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1234567890123456:role/mock-oidc-role")
            .env(
                "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
                "acs:ram::1234567890123456:oidc-provider/mock-oidc")
            .env("ALIBABA_CLOUD_OIDC_TOKEN_FILE", tokenFile.toString())
            .env("ALIBABA_CLOUD_ROLE_SESSION_NAME", "rrsa-pod")
            .property("jdk.net.hosts.file", hostsFile.toString())
            .property("javax.net.ssl.trustStore", trustStore.toString())
            .property("javax.net.ssl.trustStorePassword", "mock-sts")
            .property("javax.net.ssl.trustStoreType", "PKCS12")
            .run(AlibabaChainApp.class, "default");

    assertThat(out.get("type")).isEqualTo("oidc_role_arn");
    assertThat(out.get("accessKeyId")).matches("STS\\.[A-Za-z0-9]{25}");
    assertThat(
            sts.wireMock().getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(request -> "sts.aliyuncs.com".equals(request.getHost()))
                .map(request -> request.getUrl() + " " + request.getBodyAsString()))
        .as("the OIDC exchange reached the mock as sts.aliyuncs.com")
        .anyMatch(call -> call.contains("AssumeRoleWithOIDC") && call.contains("rrsa-pod"));
  }

  /** Runs {@link UnmodifiedClients} in a new JVM with the hosts file and the given options. */
  private static Map<String, String[]> runClients(String... options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djdk.net.hosts.file=" + hostsFile);
    command.addAll(List.of(options));
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(UnmodifiedClients.class.getName());
    Path output = dir.resolve("clients-" + System.nanoTime() + ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the client JVM did not finish within 120 s");
    }
    Map<String, String[]> results = new LinkedHashMap<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      System.out.println("  " + line);
      String[] parts = line.split("\\|", 3);
      if (parts.length == 3) {
        results.put(parts[0], new String[] {parts[1], parts[2]});
      }
    }
    assertThat(results).as(Files.readString(output)).isNotEmpty();
    return results;
  }

  private static List<String> hostHeaders() {
    return sts.wireMock().getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .map(request -> request.getHost()) // the Host header, or HTTP/2's :authority
        .distinct()
        .toList();
  }
}
