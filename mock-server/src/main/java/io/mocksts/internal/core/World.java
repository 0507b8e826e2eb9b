package io.mocksts.internal.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the reference STS knows: accounts, their users, keys, roles and identity providers.
 * Immutable; lookups by access key id are indexed once at construction.
 */
public final class World {

  private final List<Account> accounts;
  private final Map<String, KeyOwner> keysById = new HashMap<>();

  public World(List<Account> accounts) {
    this.accounts = List.copyOf(accounts);
    for (Account account : this.accounts) {
      for (AccessKey key : account.rootAccessKeys()) {
        index(new KeyOwner(account, Optional.empty(), key));
      }
      for (User user : account.users()) {
        for (AccessKey key : user.accessKeys()) {
          index(new KeyOwner(account, Optional.of(user), key));
        }
      }
    }
  }

  private void index(KeyOwner owner) {
    String key = owner.account().vendor() + "/" + owner.key().id();
    if (keysById.putIfAbsent(key, owner) != null) {
      throw new IllegalArgumentException("duplicate access key id " + owner.key().id());
    }
  }

  public List<Account> accounts() {
    return accounts;
  }

  public List<Account> accounts(Vendor vendor) {
    return accounts.stream().filter(a -> a.vendor() == vendor).toList();
  }

  public Optional<Account> account(Vendor vendor, String id) {
    return accounts.stream().filter(a -> a.vendor() == vendor && a.id().equals(id)).findFirst();
  }

  /** The owner of a long-term access key (Alibaba AccessKeyId, Tencent SecretId). */
  public Optional<KeyOwner> accessKey(Vendor vendor, String accessKeyId) {
    return Optional.ofNullable(keysById.get(vendor + "/" + accessKeyId));
  }
}
