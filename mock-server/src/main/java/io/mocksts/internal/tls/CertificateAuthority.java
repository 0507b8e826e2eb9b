package io.mocksts.internal.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The mock's own certificate authority: it signs the HTTPS listener's certificate ({@link
 * #issue(List)}), and clients trust it once (its certificate as PEM or in a PKCS#12 trust store).
 *
 * <p>A CA file holds the CA's certificate and private key as PEM. {@link #loadOrCreate(Path)} reads
 * it when it exists and otherwise creates it, readable by its owner only, so that restarts keep the
 * same CA. The CA is constrained to what it is for: {@code basicConstraints} CA with path length 0
 * (it signs server certificates, never another CA), {@code keyUsage} keyCertSign and cRLSign only.
 *
 * @param certificate the CA certificate (self-signed)
 * @param key its private key
 * @param file the CA file it was read from or written to, if any
 * @param created whether {@link #loadOrCreate(Path)} created the file (false: it was read)
 */
public record CertificateAuthority(
    X509Certificate certificate, PrivateKey key, java.util.Optional<Path> file, boolean created) {

  /** The password of the exported PKCS#12 trust store (it holds a certificate, no secret). */
  public static final String TRUST_STORE_PASSWORD = "mock-sts";

  /** The file names {@link #export(Path)} writes. */
  public static final String PEM_FILE = "mock-sts-ca.pem";

  public static final String PKCS12_FILE = "mock-sts-ca.p12";

  private static final Duration CA_VALIDITY = Duration.ofDays(10 * 365);

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  /** A new CA valid from an hour ago for ten years, named after its creation time. */
  public static CertificateAuthority generate(Clock clock) {
    try {
      KeyPair keyPair = rsaKeyPair();
      Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      X500Name subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.CN, "mock-sts local test CA " + now)
              .addRDN(BCStyle.O, "mock-sts reference STS")
              .addRDN(BCStyle.OU, "for tests only, not a public CA")
              .build();
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  subject,
                  serial(),
                  Date.from(now.minus(Duration.ofHours(1))),
                  Date.from(now.plus(CA_VALIDITY)),
                  subject,
                  keyPair.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
              .addExtension(
                  Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
      X509Certificate certificate = sign(builder, keyPair.getPrivate());
      return new CertificateAuthority(
          certificate, keyPair.getPrivate(), java.util.Optional.empty(), false);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot generate a CA certificate", e);
    }
  }

  /**
   * Reads the CA from {@code file}, or, when the file does not exist, generates one and writes it
   * there with owner-only permissions (created atomically: a concurrent start reads the winner's).
   *
   * @throws IllegalArgumentException naming the file and the problem when it cannot be read as a CA
   *     file or written
   */
  public static CertificateAuthority loadOrCreate(Path file, Clock clock) {
    if (Files.exists(file)) {
      return load(file);
    }
    CertificateAuthority authority = generate(clock);
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, ".mock-sts-ca", ".tmp");
      try {
        ownerOnly(temporary);
        Files.writeString(temporary, authority.filePem(), StandardCharsets.US_ASCII);
        try {
          Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file);
        }
        if (Files.size(file) == 0) {
          throw new IOException("nothing written");
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (FileAlreadyExistsException e) {
      return load(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "CA file " + file + ": cannot be created (" + e.getMessage() + ")", e);
    }
    return new CertificateAuthority(
        authority.certificate, authority.key, java.util.Optional.of(file), true);
  }

  /** Reads a CA file: a CA certificate and its private key, as PEM. */
  public static CertificateAuthority load(Path file) {
    X509Certificate certificate = null;
    PrivateKey key = null;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
      for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
        if (item instanceof X509CertificateHolder holder && certificate == null) {
          certificate = new JcaX509CertificateConverter().getCertificate(holder);
        } else if (item instanceof PrivateKeyInfo info && key == null) {
          key = keys.getPrivateKey(info);
        } else if (item instanceof PEMKeyPair pair && key == null) {
          key = keys.getKeyPair(pair).getPrivate();
        }
      }
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException(
          "CA file " + file + ": cannot be read as PEM (" + e.getMessage() + ")", e);
    }
    if (certificate == null || key == null) {
      throw new IllegalArgumentException(
          "CA file "
              + file
              + ": must hold a CERTIFICATE and its PRIVATE KEY (PEM); "
              + (certificate == null ? "no certificate found" : "no private key found"));
    }
    if (certificate.getBasicConstraints() < 0) {
      throw new IllegalArgumentException(
          "CA file " + file + ": the certificate is not a CA (basicConstraints CA:false)");
    }
    boolean[] usage = certificate.getKeyUsage();
    if (usage != null && (usage.length < 6 || !usage[5])) {
      throw new IllegalArgumentException(
          "CA file " + file + ": the certificate's keyUsage does not allow keyCertSign");
    }
    if (!matches(certificate, key)) {
      throw new IllegalArgumentException(
          "CA file " + file + ": the private key does not belong to the certificate");
    }
    return new CertificateAuthority(certificate, key, java.util.Optional.of(file), false);
  }

  /**
   * Whether group or others may read the CA file (its key lets anyone who reads it impersonate
   * every name clients trusting this CA connect to).
   */
  public boolean fileReadableByOthers() {
    return file.map(CertificateAuthority::readableByOthers).orElse(false);
  }

  /** Whether group or others may read {@code file} (false where permissions are not POSIX). */
  public static boolean readableByOthers(Path file) {
    try {
      PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (view == null) {
        return false;
      }
      Set<PosixFilePermission> permissions = view.readAttributes().permissions();
      return permissions.contains(PosixFilePermission.GROUP_READ)
          || permissions.contains(PosixFilePermission.OTHERS_READ);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Issues the HTTPS listener's certificate: a new RSA-2048 key, valid for {@code names} (DNS names
   * or IP addresses), from an hour ago for 397 days (the longest publicly trusted TLS lifetime),
   * and never beyond the CA's own expiry; extended key usage serverAuth only.
   */
  public ServerCertificate issue(List<String> names, Clock clock) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a server certificate needs at least one name");
    }
    try {
      KeyPair keyPair = rsaKeyPair();
      Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      Instant notAfter = now.plus(Duration.ofDays(397));
      if (notAfter.isAfter(certificate.getNotAfter().toInstant())) {
        notAfter = certificate.getNotAfter().toInstant();
      }
      X509Certificate leaf =
          sign(
              ServerCertificate.builder(
                  certificate,
                  keyPair.getPublic(),
                  serial(),
                  now.minus(Duration.ofHours(1)),
                  notAfter,
                  names),
              key);
      return new ServerCertificate(leaf, keyPair, this);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot issue the HTTPS certificate", e);
    }
  }

  /** The CA certificate as PEM: what clients trust. */
  public String pem() {
    return pem(certificate);
  }

  /**
   * Writes the CA's public parts into {@code directory}: {@value #PEM_FILE} (PEM) and {@value
   * #PKCS12_FILE} (a PKCS#12 trust store, password {@value #TRUST_STORE_PASSWORD}). Never the key.
   *
   * @return the two files
   */
  public List<Path> export(Path directory) {
    try {
      Files.createDirectories(directory);
      Path pemFile = directory.resolve(PEM_FILE);
      Files.writeString(pemFile, pem(), StandardCharsets.US_ASCII);
      Path store = writeTrustStore(directory.resolve(PKCS12_FILE));
      return List.of(pemFile, store);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CA into " + directory, e);
    }
  }

  /** Writes a PKCS#12 trust store holding the CA certificate as a trusted entry. */
  public Path writeTrustStore(Path file) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("mock-sts-ca", certificate);
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, TRUST_STORE_PASSWORD.toCharArray());
      }
      return file;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot write a trust store", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The CA file's content: the certificate, then the private key (PKCS#8). */
  String filePem() {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(certificate);
      writer.writeObject(new JcaPKCS8Generator(key, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String pem(X509Certificate... certificates) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      for (X509Certificate c : certificates) {
        writer.writeObject(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void ownerOnly(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(OWNER_ONLY);
    } else {
      java.io.File f = file.toFile();
      f.setReadable(false, false);
      f.setWritable(false, false);
      f.setReadable(true, true);
      f.setWritable(true, true);
    }
  }

  private static boolean matches(X509Certificate certificate, PrivateKey key) {
    try {
      String algorithm =
          key.getAlgorithm().equals("RSA")
              ? "SHA256withRSA"
              : key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : null;
      if (algorithm == null) {
        return false;
      }
      byte[] probe = "mock-sts CA key check".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  static KeyPair rsaKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  static BigInteger serial() {
    return new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
  }

  static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws OperatorCreationException, GeneralSecurityException {
    String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(key)));
  }

  /** The names of a server certificate, deduplicated, in order. */
  static List<String> distinct(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }
}
