package io.mocksts.benchmarks;

import io.mocksts.idp.TestIdp;
import io.mocksts.internal.alibaba.AlibabaProtocol;
import io.mocksts.internal.alibaba.AlibabaSts;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.WorldLoader;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole Alibaba {@code AssumeRoleWithSAML} in process, without HTTP: {@link
 * AlibabaProtocol#handle} parses the RPC request (every parameter in the query of a POST, as the
 * pop SDK sends it, unsigned), looks up provider and role in the default world, validates the SAML
 * Response, checks the role's trust policy, mints credentials and renders the JSON body. Each call
 * gets a newly minted Response of the bundled test IdP (per-invocation setup, outside the score),
 * because a Response is accepted only once. Minting (an RSA-2048 signature) takes several times
 * longer than the call, so the warm-up is long: a short one measures a half-compiled pipeline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AssumeRoleWithSamlBenchmark {

  private TestIdp idp;
  private AlibabaProtocol protocol;
  private StsRequest request;
  private long calls;
  private long failures;
  private String lastFailure;

  @Setup(Level.Trial)
  public void setUpTrial() {
    Clock clock = Clock.systemUTC();
    idp = TestIdp.bundled(clock);
    protocol =
        AlibabaSts.protocol(
            WorldLoader.defaultWorld(),
            new SessionTokens(clock),
            clock,
            fault -> {
              throw new IllegalStateException(fault);
            });
  }

  @Setup(Level.Invocation)
  public void mint() {
    request = request(BundledIdp.alibabaResponse(idp).toBase64());
  }

  static StsRequest request(String assertion) {
    String query =
        "Action=AssumeRoleWithSAML&Version=2015-04-01&Format=JSON&SignatureNonce="
            + UUID.randomUUID()
            + "&SAMLProviderArn="
            + encode(BundledIdp.ALIBABA_ROLE.providerArn())
            + "&RoleArn="
            + encode(BundledIdp.ALIBABA_ROLE.roleArn())
            + "&SAMLAssertion="
            + encode(assertion);
    return new StsRequest(
        "POST",
        "/",
        query,
        Map.of(
            "Host", List.of("sts.aliyuncs.com"),
            "Content-Type", List.of("application/x-www-form-urlencoded")),
        new byte[0],
        "https");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Benchmark
  public StsResponse assumeRoleWithSaml() {
    StsResponse response = protocol.handle(request);
    calls++;
    if (response.status() != 200) {
      failures++;
      lastFailure = response.bodyText();
    }
    return response;
  }

  /** The score only counts if every call was a success. */
  @TearDown(Level.Trial)
  public void checkEveryCallSucceeded() {
    if (failures > 0) {
      throw new IllegalStateException(
          failures + " of " + calls + " calls failed; the last: " + lastFailure);
    }
  }
}
