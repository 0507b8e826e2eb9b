package io.mocksts.internal.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed TLS certificate made at start-up for the HTTPS listener (credentials-java insists
 * on HTTPS, Alibaba Java SDKs,
 * https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-core/4.7.10/). Valid for {@code
 * localhost}, {@code 127.0.0.1} and {@code ::1} plus any extra names; the PEM can be exported so
 * clients can trust it.
 *
 * @param certificate the certificate
 * @param keyPair its key pair
 */
public record SelfSignedCertificate(X509Certificate certificate, KeyPair keyPair) {

  private static final char[] KEYSTORE_PASSWORD = "mock-sts".toCharArray();

  /** Generates an RSA-2048, SHA-256 certificate valid from an hour ago for a year. */
  public static SelfSignedCertificate generate(List<String> extraNames) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keyPair = generator.generateKeyPair();
      X500Name subject = new X500Name("CN=mock-sts, O=mock-sts reference STS");
      Instant now = Instant.now();
      List<GeneralName> names =
          new java.util.ArrayList<>(
              List.of(
                  new GeneralName(GeneralName.dNSName, "localhost"),
                  new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                  new GeneralName(GeneralName.iPAddress, "::1")));
      for (String name : extraNames) {
        if (List.of("localhost", "127.0.0.1", "::1", "0.0.0.0", "::").contains(name)) {
          continue; // already named, or a wildcard bind address that no client connects to
        }
        boolean ip = name.matches("[0-9.]+") || name.contains(":");
        names.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name));
      }
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  subject,
                  new BigInteger(64, new SecureRandom()),
                  Date.from(now.minus(Duration.ofHours(1))),
                  Date.from(now.plus(Duration.ofDays(365))),
                  subject,
                  keyPair.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.subjectAlternativeName,
                  false,
                  new GeneralNames(names.toArray(GeneralName[]::new)));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
      return new SelfSignedCertificate(certificate, keyPair);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot generate a TLS certificate", e);
    }
  }

  /** The certificate in PEM form. */
  public String pem() {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a PKCS#12 key store holding the key and certificate; its password is {@link
   * #keyStorePassword()}.
   */
  public Path writeKeyStore(Path file) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "mock-sts", keyPair.getPrivate(), KEYSTORE_PASSWORD, new X509Certificate[] {certificate});
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, KEYSTORE_PASSWORD);
      }
      return file;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot write a key store", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String keyStorePassword() {
    return new String(KEYSTORE_PASSWORD);
  }
}
