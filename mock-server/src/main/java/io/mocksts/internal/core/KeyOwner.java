package io.mocksts.internal.core;

import java.util.Optional;

/**
 * Who a long-term access key belongs to: an account's root identity or one of its users.
 *
 * @param account the owning account
 * @param user the owning user; empty for a root access key
 * @param key the key itself
 */
public record KeyOwner(Account account, Optional<User> user, AccessKey key) {

  public boolean isRoot() {
    return user.isEmpty();
  }
}
