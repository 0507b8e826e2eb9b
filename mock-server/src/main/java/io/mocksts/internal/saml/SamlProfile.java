package io.mocksts.internal.saml;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one vendor's STS expects of a SAML Response in {@code AssumeRoleWithSAML}. The validator
 * applies it; the test IdP takes its defaults (first audience, first recipient, attribute names)
 * from it.
 *
 * @param vendor a short name for messages ({@code alibaba}, {@code tencent})
 * @param minLength the fewest characters of the Base64 {@code SAMLAssertion} parameter
 * @param maxLength the most characters of the Base64 {@code SAMLAssertion}, checked before decoding
 * @param audiences the accepted {@code Audience} values (the SP entity IDs); the first is the
 *     default of the test IdP
 * @param recipients the accepted {@code SubjectConfirmationData/@Recipient} values (ACS URLs)
 * @param destinations the accepted {@code Response/@Destination} values (when present)
 * @param roleAttribute the name of the role attribute
 * @param roleFormat how the role attribute's values are written
 * @param arnsCaseSensitive whether the requested role pair must match the attribute's case exactly
 * @param sessionNameAttribute the name of the session-name attribute
 * @param sessionNameRequired whether the session-name attribute must be present
 * @param sessionNameRule the length and characters of the session name
 * @param sessionDurationAttribute the name of the optional session-duration attribute, if the
 *     vendor has one
 * @param sessionDurationMin the smallest accepted session duration, in seconds
 * @param sessionDurationMax the largest accepted session duration, in seconds (the role's own
 *     maximum is checked by the caller)
 * @param clockSkew tolerance applied to every time comparison
 * @param signatureAlgorithms the accepted signature algorithms (with their SHA-2 digests)
 * @param assertionSignatureRequired whether the Assertion itself must be signed, even inside a
 *     signed Response
 */
public record SamlProfile(
    String vendor,
    int minLength,
    int maxLength,
    List<String> audiences,
    List<String> recipients,
    List<String> destinations,
    String roleAttribute,
    RoleAttributeFormat roleFormat,
    boolean arnsCaseSensitive,
    String sessionNameAttribute,
    boolean sessionNameRequired,
    SessionNameRule sessionNameRule,
    Optional<String> sessionDurationAttribute,
    long sessionDurationMin,
    long sessionDurationMax,
    Duration clockSkew,
    Set<SignatureAlgorithm> signatureAlgorithms,
    boolean assertionSignatureRequired) {

  /**
   * The recommended algorithms (signature algorithms, https://www.w3.org/TR/xmldsig-core1/): RSA
   * and ECDSA with SHA-256/384/512.
   */
  public static final Set<SignatureAlgorithm> SHA2_ALGORITHMS =
      Set.copyOf(EnumSet.range(SignatureAlgorithm.RSA_SHA256, SignatureAlgorithm.ECDSA_SHA512));

  /**
   * Clock skew of both profiles. Neither vendor documents one (UNCONFIRMED); five minutes is
   * OpenSAML's default and common IdP/SP practice. Conformance cases should use margins well beyond
   * it (SAML conditions, audience, recipient, replay,
   * https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf; corpus recipe TI3).
   */
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

  public SamlProfile {
    Objects.requireNonNull(vendor, "vendor");
    audiences = List.copyOf(audiences);
    recipients = List.copyOf(recipients);
    destinations = List.copyOf(destinations);
    Objects.requireNonNull(roleAttribute, "roleAttribute");
    Objects.requireNonNull(roleFormat, "roleFormat");
    Objects.requireNonNull(sessionNameAttribute, "sessionNameAttribute");
    Objects.requireNonNull(sessionNameRule, "sessionNameRule");
    Objects.requireNonNull(sessionDurationAttribute, "sessionDurationAttribute");
    Objects.requireNonNull(clockSkew, "clockSkew");
    signatureAlgorithms = Set.copyOf(signatureAlgorithms);
    if (audiences.isEmpty() || recipients.isEmpty()) {
      throw new IllegalArgumentException("a profile needs at least one audience and recipient");
    }
    if (minLength < 0 || maxLength < minLength) {
      throw new IllegalArgumentException("bad length range " + minLength + ".." + maxLength);
    }
    if (clockSkew.isNegative()) {
      throw new IllegalArgumentException("negative clock skew");
    }
  }

  /**
   * Alibaba Cloud STS 2015-04-01, role-based SSO.
   *
   * <ul>
   *   <li>{@code SAMLAssertion}: 4 to 100,000 characters, the complete Base64 Response (Alibaba
   *       AssumeRoleWithSAML reference,
   *       https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml).
   *   <li>Audience = SP entity ID, Recipient = ACS URL, China and international sites (Alibaba
   *       role-based SSO: SP identifiers,
   *       https://www.alibabacloud.com/help/en/ram/configure-alibaba-cloud-as-a-trusted-sp-for-role-based-sso).
   *       The API's examples write {@code .../saml-role/SSO}; whether the live service compares
   *       case-insensitively is UNCONFIRMED, so only the documented lower case is accepted.
   *       Destination: the same URLs (SAML conditions, audience, recipient, replay).
   *   <li>Role attribute {@code https://www.aliyun.com/SAML-Role/Attributes/Role}, values {@code
   *       <RoleArn>,<SAMLProviderArn>} (Alibaba role-based SSO: SAML assertion content,
   *       https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso). Alibaba role
   *       names are case-insensitive, so ARNs are compared ignoring case.
   *   <li>{@code .../RoleSessionName}: required, exactly one value. The docs disagree (zh: 2-32 of
   *       letters, digits and {@code -_.@=,+}; intl 2019: 2-64 of the same; current intl: 2-64 of
   *       {@code -_.@=}); the most permissive documented rule, 2-64 of letters, digits and {@code
   *       -_.@=,+}, is used (UNCONFIRMED, Alibaba role-based SSO: SAML assertion content, and the
   *       open question on RoleSessionName limits of the SAML attribute).
   *   <li>{@code .../SessionDuration}: optional, integer seconds, at least 900; the maximum is the
   *       role's MaxSessionDuration (at most 43,200), which the caller checks (Alibaba role-based
   *       SSO: SAML assertion content).
   *   <li>The Assertion must be signed: "Alibaba Cloud requires that the entire saml2:Assertion
   *       element be signed" (Alibaba role-based SSO: SAML assertion content); a Response-only
   *       signature is refused.
   *   <li>RSA-SHA1 is refused although the provider resource shows an {@code AuthnSignAlgo} of
   *       {@code rsa-sha1} (Alibaba SAML provider resource,
   *       https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/ims/2019-08-15/api-docs.json):
   *       whether the live STS accepts SHA-1 is UNCONFIRMED (signature algorithms; corpus recipe
   *       AL1); {@link #withSignatureAlgorithms} can enable it.
   * </ul>
   */
  public static SamlProfile alibaba() {
    List<String> acs =
        List.of(
            "https://signin.aliyun.com/saml-role/sso",
            "https://signin.alibabacloud.com/saml-role/sso");
    return new SamlProfile(
        "alibaba",
        4,
        100_000,
        List.of("urn:alibaba:cloudcomputing", "urn:alibaba:cloudcomputing:international"),
        acs,
        acs,
        "https://www.aliyun.com/SAML-Role/Attributes/Role",
        RoleAttributeFormat.ALIBABA,
        false,
        "https://www.aliyun.com/SAML-Role/Attributes/RoleSessionName",
        true,
        new SessionNameRule(2, 64, Pattern.compile("[A-Za-z0-9._@=,+-]*")),
        Optional.of("https://www.aliyun.com/SAML-Role/Attributes/SessionDuration"),
        900,
        43_200,
        DEFAULT_CLOCK_SKEW,
        SHA2_ALGORITHMS,
        true);
  }

  /**
   * Tencent Cloud STS 2018-08-13.
   *
   * <ul>
   *   <li>{@code SAMLAssertion}: the Base64 Response; no length is documented (UNCONFIRMED), so
   *       Alibaba's 4 to 100,000 characters are used (Tencent AssumeRoleWithSAML reference,
   *       https://cloud.tencent.com.cn/document/product/1312/48196).
   *   <li>Audience and Recipient: the published guides disagree (Tencent SAML endpoint and audience
   *       values,
   *       https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/product_new/%E7%9B%91%E6%8E%A7%E4%B8%8E%E7%AE%A1%E7%90%86/%E8%AE%BF%E9%97%AE%E6%8E%A7%E5%88%B6/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/Okta%20%E5%8D%95%E7%82%B9%E7%99%BB%E5%BD%95%E8%85%BE%E8%AE%AF%E4%BA%91%E6%8C%87%E5%8D%97_intl_en.md),
   *       so every published value is accepted: audiences {@code https://cloud.tencent.com}, {@code
   *       cloud.tencent.com}, {@code https://intl.cloud.tencent.com}, {@code
   *       intl.cloud.tencent.com}, {@code https://intl.cloud.tencent.com/login/saml}, {@code
   *       www.tencentcloud.com}; recipients (and destinations) the three {@code /login/saml} URLs.
   *       Which the live STS accepts is UNCONFIRMED.
   *   <li>Role attribute {@code https://cloud.tencent.com/SAML/Attributes/Role}, values {@code
   *       <RoleArn>[;<RoleArn2>...],<ProviderArn>} (Tencent SAML assertion content,
   *       https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E4%BD%BF%E7%94%A8%20SAML%202.0%20%E8%81%94%E5%90%88%E8%BA%AB%E4%BB%BD%E7%94%A8%E6%88%B7%E8%AE%BF%E9%97%AE%E8%85%BE%E8%AE%AF%E4%BA%91%E7%AE%A1%E7%90%86%E6%8E%A7%E5%88%B6%E5%8F%B0_intl_en.md).
   *       ARNs compared exactly.
   *   <li>{@code .../RoleSessionName}: "required, and there can be only one instance of it ... up
   *       to 32 characters" (Tencent SAML assertion content). Charset and minimum are UNCONFIRMED;
   *       the AssumeRole rule {@code [\w+=,.@-]}, at least 2 characters (Tencent AssumeRole
   *       reference, https://cloud.tencent.com/document/product/598/33164), is used.
   *   <li>No session-duration attribute is documented.
   *   <li>Signature placement is not documented (UNCONFIRMED): a signed Response around an unsigned
   *       Assertion is accepted, as OpenSAML would (OpenSAML validation,
   *       https://wiki.shibboleth.net/confluence/display/OS30/Initialization+and+Configuration).
   * </ul>
   */
  public static SamlProfile tencent() {
    List<String> acs =
        List.of(
            "https://cloud.tencent.com/login/saml",
            "https://intl.cloud.tencent.com/login/saml",
            "https://www.tencentcloud.com/login/saml");
    return new SamlProfile(
        "tencent",
        4,
        100_000,
        List.of(
            "https://cloud.tencent.com",
            "cloud.tencent.com",
            "https://intl.cloud.tencent.com",
            "intl.cloud.tencent.com",
            "https://intl.cloud.tencent.com/login/saml",
            "www.tencentcloud.com"),
        acs,
        acs,
        "https://cloud.tencent.com/SAML/Attributes/Role",
        RoleAttributeFormat.TENCENT,
        true,
        "https://cloud.tencent.com/SAML/Attributes/RoleSessionName",
        true,
        new SessionNameRule(2, 32, Pattern.compile("[\\w+=,.@-]*")),
        Optional.empty(),
        0,
        0,
        DEFAULT_CLOCK_SKEW,
        SHA2_ALGORITHMS,
        false);
  }

  /** The profile of a vendor by its short name ({@code alibaba} or {@code tencent}). */
  public static SamlProfile forVendor(String vendor) {
    return switch (vendor.toLowerCase(Locale.ROOT)) {
      case "alibaba" -> alibaba();
      case "tencent" -> tencent();
      default -> throw new IllegalArgumentException("unknown vendor " + vendor);
    };
  }

  /** A copy with another algorithm allow-list (e.g. to admit RSA-SHA1). */
  public SamlProfile withSignatureAlgorithms(Set<SignatureAlgorithm> algorithms) {
    return new SamlProfile(
        vendor,
        minLength,
        maxLength,
        audiences,
        recipients,
        destinations,
        roleAttribute,
        roleFormat,
        arnsCaseSensitive,
        sessionNameAttribute,
        sessionNameRequired,
        sessionNameRule,
        sessionDurationAttribute,
        sessionDurationMin,
        sessionDurationMax,
        clockSkew,
        algorithms,
        assertionSignatureRequired);
  }

  /** A copy with another clock skew. */
  public SamlProfile withClockSkew(Duration skew) {
    return new SamlProfile(
        vendor,
        minLength,
        maxLength,
        audiences,
        recipients,
        destinations,
        roleAttribute,
        roleFormat,
        arnsCaseSensitive,
        sessionNameAttribute,
        sessionNameRequired,
        sessionNameRule,
        sessionDurationAttribute,
        sessionDurationMin,
        sessionDurationMax,
        skew,
        signatureAlgorithms,
        assertionSignatureRequired);
  }

  /** The accepted digest algorithm URIs: those of the accepted signature algorithms. */
  Set<String> digestUris() {
    return signatureAlgorithms.stream()
        .map(SignatureAlgorithm::digestUri)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The accepted signature algorithm URIs. */
  Set<String> signatureUris() {
    return signatureAlgorithms.stream()
        .map(SignatureAlgorithm::uri)
        .collect(Collectors.toUnmodifiableSet());
  }
}
