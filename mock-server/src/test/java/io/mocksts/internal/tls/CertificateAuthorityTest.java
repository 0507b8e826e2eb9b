package io.mocksts.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

  private static final Clock CLOCK = Clock.systemUTC();

  @TempDir Path dir;

  private static List<String> names(X509Certificate certificate)
      throws CertificateParsingException {
    return certificate.getSubjectAlternativeNames().stream()
        .map(entry -> String.valueOf(entry.get(1)))
        .toList();
  }

  @Test
  void aGeneratedCaMaySignServerCertificatesOnly() {
    X509Certificate ca = CertificateAuthority.generate(CLOCK).certificate();

    assertThat(ca.getBasicConstraints()).as("CA with path length 0").isZero();
    assertThat(ca.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
    boolean[] usage = ca.getKeyUsage();
    assertThat(usage[5]).as("keyCertSign").isTrue();
    assertThat(usage[6]).as("cRLSign").isTrue();
    assertThat(usage[0]).as("digitalSignature").isFalse();
    assertThat(usage[2]).as("keyEncipherment").isFalse();
    assertThat(ca.getSubjectX500Principal()).isEqualTo(ca.getIssuerX500Principal());
  }

  @Test
  void theServerCertificateIsSignedByTheCaForServerAuthenticationAndIsNoCa() throws Exception {
    CertificateAuthority authority = CertificateAuthority.generate(CLOCK);
    X509Certificate leaf =
        authority.issue(ServerCertificate.names("127.0.0.1", List.of()), CLOCK).certificate();

    leaf.verify(authority.certificate().getPublicKey());
    assertThat(leaf.getIssuerX500Principal())
        .isEqualTo(authority.certificate().getSubjectX500Principal());
    assertThat(leaf.getBasicConstraints()).as("not a CA").isEqualTo(-1);
    assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(leaf.getKeyUsage()[5]).as("keyCertSign").isFalse();
    assertThat(leaf.getNotAfter()).isBeforeOrEqualTo(authority.certificate().getNotAfter());
  }

  @Test
  void theServerCertificateNamesLoopbackAndEveryVendorHostOnce() throws Exception {
    X509Certificate leaf =
        CertificateAuthority.generate(CLOCK)
            .issue(
                ServerCertificate.names("127.0.0.1", List.of("sts.mock.test", "LOCALHOST")), CLOCK)
            .certificate();

    assertThat(names(leaf))
        .doesNotHaveDuplicates()
        .contains(
            "localhost",
            "127.0.0.1",
            "sts.aliyuncs.com",
            "sts.cn-hangzhou.aliyuncs.com",
            "sts.ap-southeast-1.aliyuncs.com",
            "sts-vpc.cn-shanghai.aliyuncs.com",
            "sts.tencentcloudapi.com",
            "sts.intl.tencentcloudapi.com",
            "sts.ap-guangzhou.tencentcloudapi.com",
            "sts.ap-shanghai-fsi.tencentcloudapi.com",
            "sts.mock.test")
        .noneMatch(n -> n.startsWith("*"));
    assertThat(names(leaf).stream().filter(n -> n.contains("aliyuncs.com")))
        .hasSize(VendorHostnames.alibaba().size());
    assertThat(names(leaf).stream().filter(n -> n.contains("tencentcloudapi.com")))
        .hasSize(VendorHostnames.tencent().size());
  }

  @Test
  void aWildcardBindAddressIsNotNamedAndAnotherAddressIs() {
    assertThat(ServerCertificate.names("0.0.0.0", List.of())).doesNotContain("0.0.0.0");
    assertThat(ServerCertificate.names("::", List.of())).doesNotContain("::");
    assertThat(ServerCertificate.names("10.1.2.3", List.of())).contains("10.1.2.3");
  }

  @Test
  void aMissingCaFileIsCreatedOwnerOnlyAndReadBackAsTheSameCa() throws Exception {
    Path file = dir.resolve("sub/ca.pem");

    CertificateAuthority first = CertificateAuthority.loadOrCreate(file, CLOCK);
    CertificateAuthority second = CertificateAuthority.loadOrCreate(file, CLOCK);

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(first.fileReadableByOthers()).isFalse();
    assertThat(second.certificate()).isEqualTo(first.certificate());
    assertThat(second.key().getEncoded()).isEqualTo(first.key().getEncoded());
    assertThat(Files.readString(file)).contains("BEGIN CERTIFICATE", "BEGIN PRIVATE KEY");
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing).as("no temporary file left").hasSize(1);
    }
  }

  @Test
  void aCaFileReadableByOthersIsReported() throws Exception {
    Path file = dir.resolve("ca.pem");
    CertificateAuthority.loadOrCreate(file, CLOCK);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(CertificateAuthority.load(file).fileReadableByOthers()).isTrue();
  }

  @Test
  void aCaFileWithoutKeyOrWithSomeoneElsesKeyOrNotACaIsRefusedNamingTheFile() throws Exception {
    CertificateAuthority authority = CertificateAuthority.generate(CLOCK);
    CertificateAuthority other = CertificateAuthority.generate(CLOCK);
    Path noKey = Files.writeString(dir.resolve("no-key.pem"), authority.pem());
    Path wrongKey = dir.resolve("wrong-key.pem");
    Files.writeString(
        wrongKey,
        authority.pem()
            + other.filePem().substring(other.filePem().indexOf("-----BEGIN PRIVATE KEY")));
    Path garbage = Files.writeString(dir.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nx");
    ServerCertificate leaf = authority.issue(List.of("localhost"), CLOCK);
    Path notCa = dir.resolve("leaf.pem");
    Files.writeString(
        notCa,
        CertificateAuthority.pem(leaf.certificate())
            + new CertificateAuthority(
                    leaf.certificate(),
                    leaf.keyPair().getPrivate(),
                    java.util.Optional.empty(),
                    false)
                .filePem()
                .replaceAll("(?s)^.*?(-----BEGIN PRIVATE KEY)", "$1"));

    assertThatThrownBy(() -> CertificateAuthority.load(noKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CA file " + noKey + ": ")
        .hasMessageContaining("no private key");
    assertThatThrownBy(() -> CertificateAuthority.load(wrongKey))
        .hasMessage("CA file " + wrongKey + ": the private key does not belong to the certificate");
    assertThatThrownBy(() -> CertificateAuthority.load(garbage))
        .hasMessageStartingWith("CA file " + garbage + ": cannot be read as PEM");
    assertThatThrownBy(() -> CertificateAuthority.load(notCa))
        .hasMessage(
            "CA file " + notCa + ": the certificate is not a CA (basicConstraints CA:false)");
  }

  @Test
  void theExportedTrustStoreMakesJavaTrustTheServerChain() throws Exception {
    CertificateAuthority authority = CertificateAuthority.generate(CLOCK);
    ServerCertificate leaf = authority.issue(List.of("sts.aliyuncs.com"), CLOCK);
    List<Path> files = authority.export(dir);

    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("mock-sts-ca.pem", "mock-sts-ca.p12");
    assertThat(Files.readString(files.get(0)))
        .isEqualTo(authority.pem())
        .doesNotContain("PRIVATE KEY");
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(files.get(1))) {
      store.load(in, CertificateAuthority.TRUST_STORE_PASSWORD.toCharArray());
    }
    assertThat(store.isCertificateEntry("mock-sts-ca")).isTrue();
    assertThat(store.size()).as("the CA certificate only, no key").isEqualTo(1);
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    X509TrustManager trust = (X509TrustManager) factory.getTrustManagers()[0];
    trust.checkServerTrusted(
        new X509Certificate[] {leaf.certificate(), authority.certificate()}, "RSA");
    trust.checkServerTrusted(new X509Certificate[] {leaf.certificate()}, "RSA");
  }
}
