package io.mocksts.internal.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The documented values of both profiles (Alibaba AssumeRoleWithSAML reference,
 * https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml; Alibaba role-based SSO,
 * https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso; Tencent
 * AssumeRoleWithSAML reference, https://cloud.tencent.com.cn/document/product/1312/48196; Tencent
 * SAML role SSO,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E4%BD%BF%E7%94%A8%20SAML%202.0%20%E8%81%94%E5%90%88%E8%BA%AB%E4%BB%BD%E7%94%A8%E6%88%B7%E8%AE%BF%E9%97%AE%E8%85%BE%E8%AE%AF%E4%BA%91%E7%AE%A1%E7%90%86%E6%8E%A7%E5%88%B6%E5%8F%B0_intl_en.md).
 */
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
