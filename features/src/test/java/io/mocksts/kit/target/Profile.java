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

  private Profile() {}

  /** Reads a profile; {@code env} resolves {@code ${NAME}} references. */
  public static Profile read(Path file, UnaryOperator<String> env) {
    JsonNode root;
    try {
      root =
          new ObjectMapper(new YAMLFactory())
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the profile " + file, e);
    }
    Profile profile = new Profile();
    for (String vendor : new String[] {"alibaba", "tencent"}) {
      JsonNode section = root.path(vendor);
      if (section.has("endpoint")) {
        profile.endpoints.put(vendor, resolve(section.get("endpoint").asText(), env));
      }
      if (section.has("region")) {
        profile.regions.put(vendor, resolve(section.get("region").asText(), env));
      }
      for (JsonNode account : section.path("accounts")) {
        String alias = account.path("alias").asText();
        String prefix = vendor + "/" + alias;
        profile.accountIds.put(prefix, resolve(account.path("id").asText(), env));
        JsonNode root1 = account.path("rootAccessKeys");
        if (root1.size() > 0) {
          profile.keys.put(prefix + "/:root", key(root1.get(0), env));
          profile.keyRecords.put(prefix + "/:root", keyRecord(root1.get(0), env));
        }
        for (JsonNode user : account.path("users")) {
          String name = user.path("name").asText();
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
          profile.roleIds.put(
              prefix + "/" + role.path("name").asText(), resolve(role.path("id").asText(), env));
        }
      }
    }
    return profile;
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

  /** The id of a user, by name. */
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

  /** The id of a role, by name; empty when the profile does not record it. */
  public Optional<String> roleId(String vendor, String account, String role) {
    return Optional.ofNullable(roleIds.get(vendor + "/" + account + "/" + role))
        .filter(id -> !id.isEmpty());
  }

  private static <T> T require(Map<String, T> map, String key, String what) {
    T value = map.get(key);
    if (value == null) {
      throw new IllegalArgumentException("the profile has no " + what + " " + key);
    }
    return value;
  }
}
