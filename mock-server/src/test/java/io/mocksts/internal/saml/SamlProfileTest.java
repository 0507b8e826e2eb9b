package io.mocksts.internal.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The documented values of both profiles (alibaba-sts.md §4.2, §6; tencent-sts.md §4.2, §6). */
class SamlProfileTest {

  @Test
  void whenTheAlibabaProfileIsReadThenItCarriesTheDocumentedValues() {
    SamlProfile p = SamlProfile.alibaba();

    assertThat(p.minLength()).isEqualTo(4);
    assertThat(p.maxLength()).isEqualTo(100_000);
    assertThat(p.audiences())
        .containsExactly("urn:alibaba:cloudcomputing", "urn:alibaba:cloudcomputing:international");
    assertThat(p.recipients())
        .containsExactly(
            "https://signin.aliyun.com/saml-role/sso",
            "https://signin.alibabacloud.com/saml-role/sso");
    assertThat(p.roleAttribute()).isEqualTo("https://www.aliyun.com/SAML-Role/Attributes/Role");
    assertThat(p.sessionNameAttribute())
        .isEqualTo("https://www.aliyun.com/SAML-Role/Attributes/RoleSessionName");
    assertThat(p.sessionDurationAttribute())
        .contains("https://www.aliyun.com/SAML-Role/Attributes/SessionDuration");
    assertThat(p.sessionDurationMin()).isEqualTo(900);
    assertThat(p.assertionSignatureRequired()).isTrue();
    assertThat(p.signatureAlgorithms()).doesNotContain(SignatureAlgorithm.RSA_SHA1);
  }

  @Test
  void whenTheTencentProfileIsReadThenItCarriesTheDocumentedValues() {
    SamlProfile p = SamlProfile.tencent();

    assertThat(p.roleAttribute()).isEqualTo("https://cloud.tencent.com/SAML/Attributes/Role");
    assertThat(p.sessionNameAttribute())
        .isEqualTo("https://cloud.tencent.com/SAML/Attributes/RoleSessionName");
    assertThat(p.sessionNameRule().maxLength()).isEqualTo(32);
    assertThat(p.sessionDurationAttribute()).isEmpty();
    assertThat(p.recipients()).contains("https://cloud.tencent.com/login/saml");
    assertThat(p.audiences()).contains("https://cloud.tencent.com", "cloud.tencent.com");
    assertThat(p.roleFormat()).isEqualTo(RoleAttributeFormat.TENCENT);
  }

  @Test
  void whenTheAlibabaSessionNameRuleIsAppliedThenTheDocumentedCharactersPass() {
    SessionNameRule rule = SamlProfile.alibaba().sessionNameRule();

    assertThat(rule.accepts("alice@example.com")).isTrue();
    assertThat(rule.accepts("a-b_c.d@e=f,g+h")).isTrue();
    assertThat(rule.accepts("a")).isFalse();
    assertThat(rule.accepts("a b")).isFalse();
  }

  @Test
  void whenAVendorIsNamedThenItsProfileIsFound() {
    assertThat(SamlProfile.forVendor("Alibaba").vendor()).isEqualTo("alibaba");
    assertThat(SamlProfile.forVendor("tencent").vendor()).isEqualTo("tencent");
    assertThatThrownBy(() -> SamlProfile.forVendor("aws"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whenAlgorithmsAreNamedOnTheCommandLineThenTheyParse() {
    assertThat(SignatureAlgorithm.parse("rsa-sha256")).isEqualTo(SignatureAlgorithm.RSA_SHA256);
    assertThat(SignatureAlgorithm.parse("ECDSA_SHA384")).isEqualTo(SignatureAlgorithm.ECDSA_SHA384);
    assertThat(SignatureAlgorithm.parse("http://www.w3.org/2000/09/xmldsig#rsa-sha1"))
        .isEqualTo(SignatureAlgorithm.RSA_SHA1);
  }
}
