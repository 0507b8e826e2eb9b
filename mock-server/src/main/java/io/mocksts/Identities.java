package io.mocksts;

import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The identities one mock STS knows ({@link MockSts#identities()}), read from its running world:
 * the default world ({@code fixtures/world.yaml}) or the world file it was started with. Immutable.
 *
 * <pre>{@code
 * Identities.Account alibaba = sts.identities().alibaba().main();
 * String keyId = alibaba.user("alice").accessKeyId();
 * String secret = alibaba.user("alice").accessKeySecret();
 * String role = alibaba.roleArn("mock-role");    // acs:ram::1234567890123456:role/mock-role
 *
 * Identities.User tencentAlice = sts.identities().tencent().main().user("alice");
 * new Credential(tencentAlice.secretId(), tencentAlice.secretKey());
 * }</pre>
 *
 * <p>Every secret here is a test value of the world file; {@code toString()} never prints one.
 */
public final class Identities {

  /**
   * A long-term key: an Alibaba AccessKeyId/AccessKeySecret or a Tencent SecretId/SecretKey.
   *
   * @param id the key id (AccessKeyId, SecretId)
   * @param secret the signing secret (AccessKeySecret, SecretKey)
   * @param active whether the key may sign requests ({@code status: Inactive} in the world file
   *     makes every call it signs fail)
   */
  public record Key(String id, String secret, boolean active) {

    public Key {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(secret, "secret");
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
      return "Key[id=" + id + ", active=" + active + "]";
    }
  }

  /**
   * A RAM user (Alibaba) or CAM sub-user (Tencent).
   *
   * @param name the user name, e.g. {@code alice}
   * @param id the numeric user id (Alibaba user id, Tencent sub-user UIN)
   * @param keys the user's long-term keys, as listed in the world file
   */
  public record User(String name, String id, List<Key> keys) {

    public User {
      keys = List.copyOf(keys);
    }

    /**
     * The key to sign with: the user's first active key, or the first key when none is active (a
     * user whose only key is disabled, to see the refusal).
     *
     * @throws IllegalStateException when the user has no key at all
     */
    public Key key() {
      return keys.stream()
          .filter(Key::active)
          .findFirst()
          .or(() -> keys.stream().findFirst())
          .orElseThrow(() -> new IllegalStateException("user " + name + " has no access key"));
    }

    /** Alibaba: the AccessKeyId of {@link #key()}. */
    public String accessKeyId() {
      return key().id();
    }

    /** Alibaba: the AccessKeySecret of {@link #key()}. */
    public String accessKeySecret() {
      return key().secret();
    }

    /** Tencent: the SecretId of {@link #key()}. */
    public String secretId() {
      return key().id();
    }

    /** Tencent: the SecretKey of {@link #key()}. */
    public String secretKey() {
      return key().secret();
    }
  }

  /**
   * A role of an account.
   *
   * @param name the role name, e.g. {@code mock-role}
   * @param id the numeric role id
   * @param arn its ARN as the vendor's AssumeRole takes it ({@code acs:ram::UID:role/NAME}, {@code
   *     qcs::cam::uin/UIN:roleName/NAME})
   * @param maxSessionDuration the longest session the role allows
   */
  public record Role(String name, String id, String arn, Duration maxSessionDuration) {}

  /**
   * A SAML or OIDC identity provider registered in an account.
   *
   * @param name the provider name, e.g. {@code mock-idp}; Tencent's AssumeRoleWithWebIdentity takes
   *     the OIDC provider's name as {@code ProviderId}
   * @param arn its ARN ({@code acs:ram::UID:saml-provider/NAME}, {@code
   *     qcs::cam::uin/UIN:saml-provider/NAME}, and {@code ...oidc-provider/NAME})
   * @param issuer the IdP's entityID (SAML) or issuer URL (OIDC)
   * @param clientIds the audiences an OIDC provider accepts (empty for SAML)
   */
  public record Provider(String name, String arn, String issuer, List<String> clientIds) {

    public Provider {
      clientIds = List.copyOf(clientIds);
    }
  }

  /**
   * An account: an Alibaba account (16-digit UID) or a Tencent owner (UIN).
   *
   * @param id the account id
   * @param alias the world file's name for it, e.g. {@code main}
   * @param rootKeys the account's own keys (root credentials)
   * @param users its users
   * @param roles its roles
   * @param samlProviders its SAML providers
   * @param oidcProviders its OIDC providers
   */
  public record Account(
      String id,
      String alias,
      List<Key> rootKeys,
      List<User> users,
      List<Role> roles,
      List<Provider> samlProviders,
      List<Provider> oidcProviders) {

    public Account {
      rootKeys = List.copyOf(rootKeys);
      users = List.copyOf(users);
      roles = List.copyOf(roles);
      samlProviders = List.copyOf(samlProviders);
      oidcProviders = List.copyOf(oidcProviders);
    }

    /**
     * @throws IllegalArgumentException when the account has no such user; the message lists those
     *     it has
     */
    public User user(String name) {
      return find(users, User::name, name, "user");
    }

    /**
     * @throws IllegalArgumentException when the account has no such role (names match
     *     case-insensitively, as RAM and CAM match them)
     */
    public Role role(String name) {
      return roles.stream()
          .filter(r -> r.name().equalsIgnoreCase(name))
          .findFirst()
          .orElseThrow(() -> missing("role", name, roles.stream().map(Role::name).toList()));
    }

    /** The ARN of {@link #role(String)}. */
    public String roleArn(String name) {
      return role(name).arn();
    }

    /**
     * @throws IllegalArgumentException when the account has no such SAML provider
     */
    public Provider samlProvider(String name) {
      return find(samlProviders, Provider::name, name, "SAML provider");
    }

    /**
     * @throws IllegalArgumentException when the account has no such OIDC provider
     */
    public Provider oidcProvider(String name) {
      return find(oidcProviders, Provider::name, name, "OIDC provider");
    }

    private <T> T find(List<T> items, Function<T, String> nameOf, String name, String what) {
      return items.stream()
          .filter(i -> nameOf.apply(i).equals(name))
          .findFirst()
          .orElseThrow(() -> missing(what, name, items.stream().map(nameOf).toList()));
    }

    private IllegalArgumentException missing(String what, String name, List<String> known) {
      return new IllegalArgumentException(
          "account "
              + alias
              + " ("
              + id
              + ") has no "
              + what
              + " named '"
              + name
              + "'"
              + (known.isEmpty() ? "" : "; it has: " + String.join(", ", known)));
    }
  }

  /**
   * One vendor's accounts.
   *
   * @param vendor {@code alibaba} or {@code tencent}
   * @param accounts the accounts, in the world file's order
   */
  public record Cloud(String vendor, List<Account> accounts) {

    public Cloud {
      accounts = List.copyOf(accounts);
    }

    /**
     * The first account of the world file (the default world's {@code main}).
     *
     * @throws IllegalStateException when the world has no account of this vendor
     */
    public Account main() {
      return accounts.stream()
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("the world has no " + vendor + " account"));
    }

    /**
     * The account with this alias or id.
     *
     * @throws IllegalArgumentException when there is none; the message lists the aliases
     */
    public Account account(String aliasOrId) {
      return accounts.stream()
          .filter(a -> a.alias().equals(aliasOrId) || a.id().equals(aliasOrId))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "the world has no "
                          + vendor
                          + " account '"
                          + aliasOrId
                          + "'; it has: "
                          + accounts.stream()
                              .map(a -> a.alias() + " (" + a.id() + ")")
                              .collect(Collectors.joining(", "))));
    }
  }

  private final Cloud alibaba;
  private final Cloud tencent;

  private Identities(Cloud alibaba, Cloud tencent) {
    this.alibaba = alibaba;
    this.tencent = tencent;
  }

  /** Alibaba Cloud's accounts. */
  public Cloud alibaba() {
    return alibaba;
  }

  /** Tencent Cloud's accounts. */
  public Cloud tencent() {
    return tencent;
  }

  @Override
  public String toString() {
    return "Identities[alibaba="
        + alibaba.accounts().stream().map(Account::alias).toList()
        + ", tencent="
        + tencent.accounts().stream().map(Account::alias).toList()
        + "]";
  }

  /** The identities of a loaded world. */
  static Identities of(World world) {
    return new Identities(cloud(world, Vendor.ALIBABA), cloud(world, Vendor.TENCENT));
  }

  private static Cloud cloud(World world, Vendor vendor) {
    return new Cloud(
        vendor.name().toLowerCase(java.util.Locale.ROOT),
        world.accounts(vendor).stream().map(a -> account(vendor, a)).toList());
  }

  private static Account account(Vendor vendor, io.mocksts.internal.core.Account a) {
    return new Account(
        a.id(),
        a.alias(),
        a.rootAccessKeys().stream().map(Identities::key).toList(),
        a.users().stream()
            .map(
                u ->
                    new User(
                        u.name(), u.id(), u.accessKeys().stream().map(Identities::key).toList()))
            .toList(),
        a.roles().stream()
            .map(
                r ->
                    new Role(
                        r.name(),
                        r.id(),
                        arn(vendor, a.id(), "role", r.name()),
                        Duration.ofSeconds(r.maxSessionDuration())))
            .toList(),
        a.samlProviders().stream().map(p -> provider(vendor, a.id(), "saml-provider", p)).toList(),
        a.oidcProviders().stream().map(p -> provider(vendor, a.id(), "oidc-provider", p)).toList());
  }

  private static Key key(io.mocksts.internal.core.AccessKey k) {
    return new Key(k.id(), k.secret(), k.active());
  }

  private static Provider provider(
      Vendor vendor, String accountId, String kind, io.mocksts.internal.core.Provider p) {
    return new Provider(
        p.name(),
        arn(vendor, accountId, kind, p.name()),
        Optional.ofNullable(p.issuer()).orElse(""),
        p.clientIds());
  }

  /**
   * RAM ({@code acs:ram::UID:role/NAME}) and CAM ({@code qcs::cam::uin/UIN:roleName/NAME}) resource
   * names, as the default world's trust policies and the README write them.
   */
  private static String arn(Vendor vendor, String accountId, String kind, String name) {
    if (vendor == Vendor.ALIBABA) {
      return "acs:ram::" + accountId + ":" + kind + "/" + name;
    }
    return "qcs::cam::uin/"
        + accountId
        + ":"
        + (kind.equals("role") ? "roleName" : kind)
        + "/"
        + name;
  }
}
