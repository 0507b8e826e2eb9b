package io.mocksts.internal.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cloud account (Alibaba account UID, Tencent owner UIN) and everything it owns.
 *
 * @param vendor the cloud the account belongs to
 * @param id the account id (Alibaba 16-digit UID, Tencent owner UIN)
 * @param alias the logical name scenarios use for it, e.g. {@code main}
 * @param rootAccessKeys keys of the account itself (root credentials)
 * @param users sub-identities
 * @param roles roles owned by the account
 * @param samlProviders SAML identity providers registered in the account
 * @param oidcProviders OIDC identity providers registered in the account
 */
public record Account(
    Vendor vendor,
    String id,
    String alias,
    List<AccessKey> rootAccessKeys,
    List<User> users,
    List<Role> roles,
    List<Provider> samlProviders,
    List<Provider> oidcProviders) {

  public Account {
    rootAccessKeys = List.copyOf(rootAccessKeys);
    users = List.copyOf(users);
    roles = List.copyOf(roles);
    samlProviders = List.copyOf(samlProviders);
    oidcProviders = List.copyOf(oidcProviders);
  }

  /** Role names are matched case-insensitively, as RAM and CAM treat them. */
  public Optional<Role> role(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return roles.stream().filter(r -> r.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  public Optional<User> user(String name) {
    return users.stream().filter(u -> u.name().equals(name)).findFirst();
  }

  public Optional<Provider> samlProvider(String name) {
    return samlProviders.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public Optional<Provider> oidcProvider(String name) {
    return oidcProviders.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
