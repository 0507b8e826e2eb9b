package io.mocksts.internal.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The shape of a world YAML file, as Jackson reads it; {@link WorldLoader} validates it. */
record WorldFile(VendorSection alibaba, VendorSection tencent) {

  record VendorSection(List<AccountEntry> accounts) {}

  record AccountEntry(
      String id,
      String alias,
      List<KeyEntry> rootAccessKeys,
      List<UserEntry> users,
      List<RoleEntry> roles,
      List<ProviderEntry> samlProviders,
      List<ProviderEntry> oidcProviders) {}

  record UserEntry(
      String name, String id, List<String> policies, List<KeyEntry> accessKeys, String mfaSecret) {}

  record KeyEntry(String id, String secret, String status, String created) {}

  record RoleEntry(
      String name,
      String id,
      Long maxSessionDuration,
      JsonNode trustPolicy,
      List<String> policies) {}

  record ProviderEntry(
      String name,
      String issuer,
      List<String> clientIds,
      String metadataFile,
      String metadata,
      String jwksFile,
      JsonNode jwks,
      Integer issuanceLimitHours) {}
}
