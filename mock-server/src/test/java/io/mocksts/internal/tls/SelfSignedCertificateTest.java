package io.mocksts.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.CertificateParsingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfSignedCertificateTest {

  private static List<String> names(SelfSignedCertificate certificate)
      throws CertificateParsingException {
    return certificate.certificate().getSubjectAlternativeNames().stream()
        .map(entry -> String.valueOf(entry.get(1)))
        .toList();
  }

  @Test
  void whenTheBindAddressIsLoopbackThenEachNameIsListedOnce() throws Exception {
    List<String> names = names(SelfSignedCertificate.generate(List.of("127.0.0.1")));

    assertThat(names).doesNotHaveDuplicates().contains("localhost", "127.0.0.1");
    assertThat(names).hasSize(3);
  }

  @Test
  void whenTheBindAddressIsAnotherNameThenItIsAddedAndTheWildcardIsNot() throws Exception {
    assertThat(names(SelfSignedCertificate.generate(List.of("sts.mock.test"))))
        .contains("sts.mock.test")
        .hasSize(4);
    assertThat(names(SelfSignedCertificate.generate(List.of("0.0.0.0")))).hasSize(3);
  }
}
