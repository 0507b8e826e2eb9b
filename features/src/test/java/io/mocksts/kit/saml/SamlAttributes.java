package io.mocksts.kit.saml;

import java.util.Optional;

/**
 * The attribute names a vendor documents for role-based SAML SSO: the kit's own copy of the public
 * contract, so that it judges an STS by the vendor's pages rather than by the mock's reading of
 * them.
 *
 * <ul>
 *   <li>Alibaba: role-based SSO SAML response,
 *       https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso ({@code Role},
 *       {@code RoleSessionName}, {@code SessionDuration} under {@code
 *       https://www.aliyun.com/SAML-Role/Attributes/});
 *   <li>Tencent: access the console as a SAML 2.0 federated user, the assertion's attributes,
 *       https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E4%BD%BF%E7%94%A8%20SAML%202.0%20%E8%81%94%E5%90%88%E8%BA%AB%E4%BB%BD%E7%94%A8%E6%88%B7%E8%AE%BF%E9%97%AE%E8%85%BE%E8%AE%AF%E4%BA%91%E7%AE%A1%E7%90%86%E6%8E%A7%E5%88%B6%E5%8F%B0_intl_en.md
 *       ({@code Role} and {@code RoleSessionName} under {@code
 *       https://cloud.tencent.com/SAML/Attributes/}; no session duration attribute).
 * </ul>
 */
public record SamlAttributes(String role, String sessionName, Optional<String> sessionDuration) {

  public static SamlAttributes forVendor(String vendor) {
    return switch (vendor) {
      case "alibaba" ->
          new SamlAttributes(
              "https://www.aliyun.com/SAML-Role/Attributes/Role",
              "https://www.aliyun.com/SAML-Role/Attributes/RoleSessionName",
              Optional.of("https://www.aliyun.com/SAML-Role/Attributes/SessionDuration"));
      case "tencent" ->
          new SamlAttributes(
              "https://cloud.tencent.com/SAML/Attributes/Role",
              "https://cloud.tencent.com/SAML/Attributes/RoleSessionName",
              Optional.empty());
      default -> throw new IllegalArgumentException("unknown vendor " + vendor);
    };
  }
}
