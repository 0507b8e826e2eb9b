package io.mocksts.internal.cli;

import java.util.List;

/**
 * What the bundled default world ({@code fixtures/world.yaml}) gives a newcomer, as the help
 * footers and the start-up banner print it; {@code DefaultIdentitiesTest} checks every value
 * against the bundled world.
 */
final class DefaultIdentities {

  private DefaultIdentities() {}

  /** Where all identities of the default world are described. */
  static final String WHERE =
      "fixtures/world.yaml (bundled in the jar), described in fixtures/README.md";

  /** The help footer of every command. */
  static final List<String> FOOTER =
      List.of(
          "",
          "Serves Alibaba Cloud STS (API 2015-04-01) and Tencent Cloud STS",
          "(API 2018-08-13) on one port. Default identities: the bundled world,",
          "fixtures/world.yaml in the jar, described in fixtures/README.md:",
          "  Alibaba  account 1234567890123456, RAM user alice",
          "           AccessKeyId     LTAI5tMockAliceAccessKey",
          "           AccessKeySecret MockAliceAccessKeySecret000001",
          "           role            acs:ram::1234567890123456:role/mock-role",
          "  Tencent  owner UIN 100000000001, sub-user alice (UIN 100000000002)",
          "           SecretId  AKIDMockAliceSecretId000000000000001",
          "           SecretKey MockAliceSecretKey00000000000001",
          "           role      qcs::cam::uin/100000000001:roleName/mock-role",
          "  SAML: saml-response, idp-metadata (IdP mock-idp)",
          "  OIDC: oidc-token (issuer mock-oidc)");

  /** The banner's lines about identities, for the bundled world. */
  static List<String> bannerLines() {
    return List.of(
        "identities: " + WHERE,
        "  Alibaba alice LTAI5tMockAliceAccessKey / MockAliceAccessKeySecret000001,"
            + " role acs:ram::1234567890123456:role/mock-role",
        "  Tencent alice AKIDMockAliceSecretId000000000000001 / MockAliceSecretKey00000000000001,"
            + " role qcs::cam::uin/100000000001:roleName/mock-role");
  }
}
