package io.mocksts.benchmarks;

import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.AssertionReplayCache;
import io.mocksts.internal.saml.SamlProfile;
import io.mocksts.internal.saml.SamlResult;
import io.mocksts.internal.saml.SamlValidator;
import io.mocksts.internal.saml.TrustedIdp;
import io.mocksts.internal.saml.ValidatedAssertion;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SamlValidator#validate} then {@link SamlValidator#recordAgainstReplay} (the whole pipeline
 * S0-S8: size, Base64, UTF-8, secure parse, unmarshal, Response checks, signature profile, one
 * RSA-2048 verification against the metadata key, assertion conditions, attributes, replay) for the
 * Alibaba profile and a Response of the bundled test IdP, Assertion signed with RSA-SHA256.
 *
 * <p>A Response may be accepted once only, so there are two ways to measure:
 *
 * <ul>
 *   <li>{@code validateFreshResponse}: every call gets a newly minted Response (minted in a
 *       per-invocation setup that JMH leaves out of the score), against a replay cache that grows
 *       as a server's does;
 *   <li>{@code validateSameResponse}: one Response again and again, against a replay cache of
 *       capacity 1 that already holds a long-lived entry: each accepted assertion is recorded and
 *       then dropped at once as the one closest to expiry, so every call runs the same complete
 *       pipeline, the replay-cache write included. This checks that the per-invocation setup of the
 *       other form does not distort it.
 * </ul>
 *
 * <p>Minting a Response takes several times longer than validating it, so the warm-up is long: a
 * short one measures a half-compiled pipeline.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SamlValidateBenchmark {

  /** A validator with the default replay cache and a fresh Response per call. */
  @State(Scope.Thread)
  public static class Fresh {
    TestIdp idp;
    SamlValidator validator;
    TrustedIdp trusted;
    String response;

    @Setup(Level.Trial)
    public void setUpTrial() {
      Clock clock = Clock.systemUTC();
      idp = TestIdp.bundled(clock);
      validator = new SamlValidator(SamlProfile.alibaba(), clock);
      trusted = BundledIdp.trusted();
    }

    @Setup(Level.Invocation)
    public void mint() {
      response = BundledIdp.alibabaResponse(idp).toBase64();
    }
  }

  /** One Response, validated repeatedly (see the class comment). */
  @State(Scope.Thread)
  public static class Same {
    SamlValidator validator;
    TrustedIdp trusted;
    String response;

    @Setup(Level.Trial)
    public void setUp() {
      Clock clock = Clock.systemUTC();
      AssertionReplayCache cache = new AssertionReplayCache(1);
      Instant now = clock.instant();
      cache.firstUse("sentinel", now.plus(365, ChronoUnit.DAYS), now);
      validator = new SamlValidator(SamlProfile.alibaba(), clock, cache);
      trusted = BundledIdp.trusted();
      response = BundledIdp.alibabaResponse(TestIdp.bundled(clock)).toBase64();
      for (int use = 1; use <= 2; use++) { // no replay refusal
        if (!(accept(validator, response, trusted) instanceof ValidatedAssertion)) {
          throw new IllegalStateException("use " + use + " of the same Response was refused");
        }
      }
    }
  }

  @Benchmark
  public SamlResult validateFreshResponse(Fresh state) {
    return accept(state.validator, state.response, state.trusted);
  }

  @Benchmark
  public SamlResult validateSameResponse(Same state) {
    return accept(state.validator, state.response, state.trusted);
  }

  /** Both phases, as an action runs them when its own rules pass. */
  static SamlResult accept(SamlValidator validator, String response, TrustedIdp trusted) {
    SamlResult result = validator.validate(response, trusted, BundledIdp.ALIBABA_ROLE);
    return result instanceof ValidatedAssertion validated
        ? validator.recordAgainstReplay(validated)
        : result;
  }
}
