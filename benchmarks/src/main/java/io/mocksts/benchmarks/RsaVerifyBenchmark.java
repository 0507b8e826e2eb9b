package io.mocksts.benchmarks;

import io.mocksts.idp.TestIdp;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline: one RSA-2048 {@code SHA256withRSA} signature verification with the JDK's own
 * provider, the bundled IdP's key, over 600 bytes (about the size of the canonical {@code
 * ds:SignedInfo} an XML signature verifies). Every accepted SAML Response costs at least this.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RsaVerifyBenchmark {

  private PublicKey publicKey;
  private Signature verifier;
  private byte[] data;
  private byte[] signature;

  @Setup
  public void setUp() throws GeneralSecurityException {
    publicKey = TestIdp.certificate(TestIdp.bundledFile("idp-cert.pem")).getPublicKey();
    data = new byte[600];
    new Random(600).nextBytes(data);
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(BundledIdp.privateKey());
    signer.update(data);
    signature = signer.sign();
    verifier = Signature.getInstance("SHA256withRSA");
    if (!rsa2048Sha256Verify()) {
      throw new IllegalStateException("the baseline signature does not verify");
    }
  }

  @Benchmark
  public boolean rsa2048Sha256Verify() throws GeneralSecurityException {
    verifier.initVerify(publicKey);
    verifier.update(data);
    return verifier.verify(signature);
  }
}
