package io.mocksts.kit.target;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the logical names in scenarios ("main", "alice", "mock-role") mean on a target. Read from a
 * file in the world format (the mock's {@code fixtures/world.yaml}, or a live profile in the same
 * shape), with the kit's own reader: only ids, names and keys are used, everything else is ignored.
 * Values may be {@code ${ENV_VAR}} references, resolved from the environment, so a live profile
 * never holds a secret.
 *
 * <p>An account's {@code alias} is the logical account name. A user, role, SAML provider ({@code
 * samlProviders}) or OIDC provider ({@code oidcProviders}) entry names the target's entity ({@code
 * name}) and may say which logical name the scenarios use for it ({@code as}); without {@code as}
 * the logical name is the target's name, so a world file is a profile as it is. Keys, ids and MFA
 * secrets are looked up by logical name. A logical name the profile does not list is taken as the
 * target's name (scenarios name roles and providers that must not exist).
 */
public final class Profile {

  private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

  /** A long-term key. */
  public record Key(String id, String secret) {
    @Override
    public String toString() {
      return "Key[" + id + "]";
    }
  }

  /**
   * What a profile records about a key besides its secret: whether it is active and when it was
   * created (an ISO-8601 instant; empty when the profile does not say).
   */
  public record KeyRecord(String id, boolean active, Optional<Instant> created) {}

  private final Map<String, String> accountIds = new HashMap<>();
  private final Map<String, Key> keys = new HashMap<>();
  private final Map<String, String> roleIds = new HashMap<>();
  private final Map<String, String> userIds = new HashMap<>();
  private final Map<String, String> endpoints = new HashMap<>();
  private final Map<String, String> regions = new HashMap<>();
  private final Map<String, String> mfaSecrets = new HashMap<>();
  private final Map<String, KeyRecord> keyRecords = new HashMap<>();
  private final Map<String, String> userNames = new HashMap<>();
  private final Map<String, String> roleNames = new HashMap<>();
  private final Map<String, String> samlProviderNames = new HashMap<>();
  private final Map<String, String> oidcProviderNames = new HashMap<>();

  private ProfileSettings settings = ProfileSettings.none();

  private Profile() {}

  /** Reads a profile; {@code env} resolves {@code ${NAME}} references. */
  public static Profile read(Path file, UnaryOperator<String> env) {
    JsonNode root = tree(file);
    Profile profile = new Profile();
    profile.settings = ProfileSettings.of(root);
    JsonNode names = root;
    if (root.hasNonNull("world")) {
      // a profile of a mock serving a world file as it is: the names and keys are the world's
      names = tree(file.resolveSibling(root.get("world").asText()));
    }
    for (String vendor : new String[] {"alibaba", "tencent"}) {
      JsonNode section = root.path(vendor);
      if (section.has("endpoint")) {
        profile.endpoints.put(vendor, resolve(section.get("endpoint").asText(), env));
      }
      if (section.has("region")) {
        profile.regions.put(vendor, resolve(section.get("region").asText(), env));
      }
      for (JsonNode account : names.path(vendor).path("accounts")) {
        String alias = account.path("alias").asText();
        String prefix = vendor + "/" + alias;
        profile.accountIds.put(prefix, resolve(account.path("id").asText(), env));
        JsonNode root1 = account.path("rootAccessKeys");
        if (root1.size() > 0) {
          profile.keys.put(prefix + "/:root", key(root1.get(0), env));
          profile.keyRecords.put(prefix + "/:root", keyRecord(root1.get(0), env));
        }
        for (JsonNode user : account.path("users")) {
          String name = logical(user, env);
          profile.userNames.put(prefix + "/" + name, resolve(user.path("name").asText(), env));
          profile.userIds.put(prefix + "/" + name, resolve(user.path("id").asText(), env));
          JsonNode userKeys = user.path("accessKeys");
          if (userKeys.size() > 0) {
            profile.keys.put(prefix + "/" + name, key(userKeys.get(0), env));
            profile.keyRecords.put(prefix + "/" + name, keyRecord(userKeys.get(0), env));
          }
          if (user.hasNonNull("mfaSecret")) {
            profile.mfaSecrets.put(
                prefix + "/" + name, resolve(user.get("mfaSecret").asText(), env));
          }
        }
        for (JsonNode role : account.path("roles")) {
          String name = logical(role, env);
          profile.roleNames.put(prefix + "/" + name, resolve(role.path("name").asText(), env));
          profile.roleIds.put(prefix + "/" + name, resolve(role.path("id").asText(), env));
        }
        for (JsonNode provider : account.path("samlProviders")) {
          profile.samlProviderNames.put(
              prefix + "/" + logical(provider, env), resolve(provider.path("name").asText(), env));
        }
        for (JsonNode provider : account.path("oidcProviders")) {
          profile.oidcProviderNames.put(
              prefix + "/" + logical(provider, env), resolve(provider.path("name").asText(), env));
        }
      }
    }
    return profile;
  }

  private static JsonNode tree(Path file) {
    try {
      return new ObjectMapper(new YAMLFactory())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the profile " + file, e);
    }
  }

  /** The logical name of an entry: its {@code as}, or else its {@code name}. */
  private static String logical(JsonNode entry, UnaryOperator<String> env) {
    return resolve(
        entry.hasNonNull("as") ? entry.get("as").asText() : entry.path("name").asText(), env);
  }

  private static Key key(JsonNode node, UnaryOperator<String> env) {
    return new Key(
        resolve(node.path("id").asText(), env), resolve(node.path("secret").asText(), env));
  }

  private static KeyRecord keyRecord(JsonNode node, UnaryOperator<String> env) {
    String created = node.path("created").asText("");
    return new KeyRecord(
        resolve(node.path("id").asText(), env),
        !node.path("status").asText("Active").equalsIgnoreCase("Inactive"),
        created.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(resolve(created, env))));
  }

  private static String resolve(String value, UnaryOperator<String> env) {
    Matcher m = ENV.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String resolved = env.apply(m.group(1));
      if (resolved == null) {
        throw new IllegalStateException("the profile needs the environment variable " + m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(resolved));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The endpoint the profile names for a vendor, if any. */
  public Optional<String> endpoint(String vendor) {
    return Optional.ofNullable(endpoints.get(vendor));
  }

  /** The region the profile names for a vendor, if any. */
  public Optional<String> region(String vendor) {
    return Optional.ofNullable(regions.get(vendor));
  }

  /** The id of an account, by alias. */
  public String accountId(String vendor, String account) {
    return require(accountIds, vendor + "/" + account, "account");
  }

  /** The id of a user, by logical name. */
  public String userId(String vendor, String account, String user) {
    return require(userIds, vendor + "/" + account + "/" + user, "user");
  }

  /** The first access key of a user. */
  public Key userKey(String vendor, String account, String user) {
    return require(keys, vendor + "/" + account + "/" + user, "user key");
  }

  /** The account's root access key. */
  public Key rootKey(String vendor, String account) {
    return require(keys, vendor + "/" + account + "/:root", "root key");
  }

  /** What the profile records about the first key of a user. */
  public KeyRecord userKeyRecord(String vendor, String account, String user) {
    return require(keyRecords, vendor + "/" + account + "/" + user, "user key");
  }

  /** What the profile records about the account's root key. */
  public KeyRecord rootKeyRecord(String vendor, String account) {
    return require(keyRecords, vendor + "/" + account + "/:root", "root key");
  }

  /** The base32 secret of a user's virtual MFA device, if the profile records one. */
  public Optional<String> mfaSecret(String vendor, String account, String user) {
    return Optional.ofNullable(mfaSecrets.get(vendor + "/" + account + "/" + user));
  }

  /** The id of a role, by logical name; empty when the profile does not record it. */
  public Optional<String> roleId(String vendor, String account, String role) {
    return Optional.ofNullable(roleIds.get(vendor + "/" + account + "/" + role))
        .filter(id -> !id.isEmpty());
  }

  /** The target's name of a user, by logical name (the logical name when the profile has none). */
  public String userName(String vendor, String account, String user) {
    return userNames.getOrDefault(vendor + "/" + account + "/" + user, user);
  }

  /** The target's name of a role, by logical name (the logical name when the profile has none). */
  public String roleName(String vendor, String account, String role) {
    return roleNames.getOrDefault(vendor + "/" + account + "/" + role, role);
  }

  /**
   * The target's name of a SAML provider, by logical name (the logical name when the profile has
   * none).
   */
  public String samlProviderName(String vendor, String account, String provider) {
    return samlProviderNames.getOrDefault(vendor + "/" + account + "/" + provider, provider);
  }

  /**
   * The target's name of an OIDC provider, by logical name (the logical name when the profile has
   * none).
   */
  public String oidcProviderName(String vendor, String account, String provider) {
    return oidcProviderNames.getOrDefault(vendor + "/" + account + "/" + provider, provider);
  }

  /** What the profile says about the run (name, kind, vendors, scenarios, rate limits). */
  public ProfileSettings settings() {
    return settings;
  }

  /**
   * Whether the profile maps a logical name of a kind: {@code account}, {@code user}, {@code
   * user-key} (a user and its key), {@code root} (the account's root key; {@code name} is ignored),
   * {@code role}, {@code saml-provider} or {@code oidc-provider}.
   */
  public boolean maps(String kind, String vendor, String account, String name) {
    String prefix = vendor + "/" + account;
    return switch (kind) {
      case "account" -> accountIds.containsKey(prefix);
      case "user" -> userNames.containsKey(prefix + "/" + name);
      case "user-key" -> keys.containsKey(prefix + "/" + name);
      case "root" -> keys.containsKey(prefix + "/:root");
      case "role" -> roleNames.containsKey(prefix + "/" + name);
      case "saml-provider" -> samlProviderNames.containsKey(prefix + "/" + name);
      case "oidc-provider" -> oidcProviderNames.containsKey(prefix + "/" + name);
      default -> throw new IllegalArgumentException("unknown kind of name " + kind);
    };
  }

  private static <T> T require(Map<String, T> map, String key, String what) {
    T value = map.get(key);
    if (value == null) {
      throw new IllegalArgumentException("the profile has no " + what + " " + key);
    }
    return value;
  }
}
