package io.mocksts.internal.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The HTTPS listener's certificate, issued by the mock's {@link CertificateAuthority} at each
 * start.
 *
 * @param certificate the server (leaf) certificate
 * @param keyPair its key pair
 * @param issuer the CA that signed it
 */
public record ServerCertificate(
    X509Certificate certificate, KeyPair keyPair, CertificateAuthority issuer) {

  private static final char[] KEYSTORE_PASSWORD = "mock-sts".toCharArray();

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** Names no client connects to: wildcard bind addresses. */
  private static final List<String> NOT_A_NAME = List.of("0.0.0.0", "::", "[::]");

  /**
   * The names the certificate is valid for: {@code localhost}, {@code 127.0.0.1}, {@code ::1}, the
   * bind address (unless it is a wildcard address), every vendor host name ({@link
   * VendorHostnames}) and the extra names, each once, in that order.
   */
  public static List<String> names(String bindAddress, List<String> extraNames) {
    List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1", bindAddress));
    names.addAll(VendorHostnames.all());
    names.addAll(extraNames);
    List<String> out = new ArrayList<>();
    for (String name : names) {
      String n = name.trim().toLowerCase(java.util.Locale.ROOT);
      if (n.startsWith("[") && n.endsWith("]")) {
        n = n.substring(1, n.length() - 1);
      }
      if (!n.isEmpty() && !NOT_A_NAME.contains(n) && !out.contains(n)) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  /** Whether {@code name} is written as an IP address (IPv4 dotted quad or IPv6). */
  static boolean isIpAddress(String name) {
    return IPV4.matcher(name).matches() || name.contains(":");
  }

  /**
   * The certificate to be signed: {@code basicConstraints} CA:false (critical), {@code keyUsage}
   * digitalSignature and keyEncipherment (critical), extended key usage serverAuth, the names as
   * subjectAltName (DNS or IP), and the key identifiers that tie it to the CA.
   */
  static X509v3CertificateBuilder builder(
      X509Certificate ca,
      PublicKey key,
      BigInteger serial,
      Instant notBefore,
      Instant notAfter,
      List<String> names)
      throws GeneralSecurityException, IOException {
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    GeneralName[] altNames =
        names.stream()
            .map(
                n ->
                    new GeneralName(
                        isIpAddress(n) ? GeneralName.iPAddress : GeneralName.dNSName, n))
            .toArray(GeneralName[]::new);
    return new JcaX509v3CertificateBuilder(
            ca,
            serial,
            Date.from(notBefore),
            Date.from(notAfter),
            new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, names.get(0))
                .addRDN(BCStyle.O, "mock-sts reference STS")
                .build(),
            key)
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
        .addExtension(
            Extension.keyUsage,
            true,
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
        .addExtension(
            Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
        .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(altNames))
        .addExtension(
            Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
        .addExtension(
            Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca));
  }

  /** The chain as PEM, the server certificate first, then the CA certificate. */
  public String chainPem() {
    return CertificateAuthority.pem(certificate, issuer.certificate());
  }

  /**
   * Writes a PKCS#12 key store holding the key and the chain (server certificate, CA); its password
   * is {@link #keyStorePassword()}.
   */
  public Path writeKeyStore(Path file) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "mock-sts",
          keyPair.getPrivate(),
          KEYSTORE_PASSWORD,
          new X509Certificate[] {certificate, issuer.certificate()});
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
