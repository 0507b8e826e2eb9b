package io.mocksts.internal.core;

import java.util.Comparator;
import java.util.Optional;

/**
 * The role an instance metadata service hands out (the RAM role attached to an ECS instance, the
 * CAM role bound to a CVM instance): named by the operator, or by default the role {@code
 * mock-role} of the vendor's {@code main} account, else the first role of the first account that
 * has one.
 *
 * @param account the account owning the role
 * @param role the role
 */
public record InstanceRole(Account account, Role role) {

  /** The role the default world's instances carry. */
  public static final String DEFAULT_ROLE = "mock-role";

  /**
   * Finds the instance role.
   *
   * @param wanted a role name, or empty for the default
   * @throws IllegalArgumentException naming the role when the world has no such role
   */
  public static Optional<InstanceRole> resolve(
      World world, Vendor vendor, Optional<String> wanted) {
    var accounts =
        world.accounts(vendor).stream()
            .sorted(Comparator.comparing((Account a) -> !"main".equals(a.alias())))
            .toList();
    if (wanted.isPresent()) {
      for (Account account : accounts) {
        Optional<Role> role = account.role(wanted.get());
        if (role.isPresent()) {
          return Optional.of(new InstanceRole(account, role.get()));
        }
      }
      throw new IllegalArgumentException(
          "the metadata role \""
              + wanted.get()
              + "\" is not a role of any "
              + vendor.name().toLowerCase(java.util.Locale.ROOT)
              + " account of the world");
    }
    for (Account account : accounts) {
      Optional<Role> role = account.role(DEFAULT_ROLE);
      if (role.isPresent()) {
        return Optional.of(new InstanceRole(account, role.get()));
      }
    }
    return accounts.stream()
        .filter(a -> !a.roles().isEmpty())
        .findFirst()
        .map(a -> new InstanceRole(a, a.roles().get(0)));
  }
}
