package io.mocksts.kit.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mocksts.kit.target.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@link Translation} from a target to the reference STS, built from the two profiles: for
 * every logical name of the reference world (accounts, users, roles, SAML and OIDC providers), the
 * target's name or id and the reference's. Temporary credentials are added as they are issued: the
 * target's id, secret and token stand for the reference's answer to the same request.
 */
final class NameMapping implements Translation {

  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final Map<String, Key> keys = new ConcurrentHashMap<>();
  private volatile Pattern pattern;

  /** Every logical name of {@code referenceWorld}, looked up in both profiles. */
  static NameMapping between(Profile target, Profile reference, Path referenceWorld) {
    NameMapping mapping = new NameMapping();
    JsonNode world;
    try {
      world = new ObjectMapper(new YAMLFactory()).readTree(referenceWorld.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reference world " + referenceWorld, e);
    }
    for (String vendor : List.of("alibaba", "tencent")) {
      for (JsonNode account : world.path(vendor).path("accounts")) {
        String alias = account.path("alias").asText();
        mapping.pair(
            () -> target.accountId(vendor, alias), () -> reference.accountId(vendor, alias));
        mapping.key(() -> target.rootKey(vendor, alias), () -> reference.rootKey(vendor, alias));
        for (JsonNode user : account.path("users")) {
          String name = user.path("name").asText();
          mapping.pair(
              () -> target.userName(vendor, alias, name),
              () -> reference.userName(vendor, alias, name));
          mapping.pair(
              () -> target.userId(vendor, alias, name),
              () -> reference.userId(vendor, alias, name));
          mapping.key(
              () -> target.userKey(vendor, alias, name),
              () -> reference.userKey(vendor, alias, name));
        }
        for (JsonNode role : account.path("roles")) {
          String name = role.path("name").asText();
          mapping.pair(
              () -> target.roleName(vendor, alias, name),
              () -> reference.roleName(vendor, alias, name));
          mapping.pair(
              () -> target.roleName(vendor, alias, name).toLowerCase(Locale.ROOT),
              () -> reference.roleName(vendor, alias, name).toLowerCase(Locale.ROOT));
          mapping.pair(
              () -> target.roleId(vendor, alias, name).orElse(null),
              () -> reference.roleId(vendor, alias, name).orElse(null));
        }
        for (JsonNode provider : account.path("samlProviders")) {
          String name = provider.path("name").asText();
          mapping.pair(
              () -> target.samlProviderName(vendor, alias, name),
              () -> reference.samlProviderName(vendor, alias, name));
        }
        for (JsonNode provider : account.path("oidcProviders")) {
          String name = provider.path("name").asText();
          mapping.pair(
              () -> target.oidcProviderName(vendor, alias, name),
              () -> reference.oidcProviderName(vendor, alias, name));
        }
      }
    }
    return mapping;
  }

  /** The target issued {@code target} where the reference issued {@code reference}. */
  void issued(Key target, Key reference) {
    keys.put(target.id(), reference);
    pair(target.id(), reference.id());
    pair(target.secret(), reference.secret());
    pair(target.token(), reference.token());
  }

  /** Whether the target's names are the reference's (nothing to translate). */
  boolean identity() {
    return names.isEmpty();
  }

  /** The target's values that stand for something else on the reference, longest first. */
  List<String> targetValues() {
    return names.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  @Override
  public String text(String value) {
    if (value == null || names.isEmpty()) {
      return value;
    }
    Matcher m = pattern().matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(names.get(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Override
  public Key key(Key key) {
    if (key == null || key.id() == null) {
      return key;
    }
    Key mapped = keys.get(key.id());
    return mapped == null
        ? new Key(key.id(), key.secret(), text(key.token()))
        : new Key(mapped.id(), mapped.secret(), text(key.token()));
  }

  private Pattern pattern() {
    Pattern p = pattern;
    if (p == null) {
      p =
          Pattern.compile(
              targetValues().stream().map(Pattern::quote).collect(Collectors.joining("|")));
      pattern = p;
    }
    return p;
  }

  private void pair(String target, String reference) {
    if (target != null && reference != null && target.length() >= 3 && !target.equals(reference)) {
      names.put(target, reference);
      pattern = null;
    }
  }

  private void pair(Supplier<String> target, Supplier<String> reference) {
    Optional<String> t = lookup(target);
    Optional<String> r = lookup(reference);
    if (t.isPresent() && r.isPresent()) {
      pair(t.get(), r.get());
    }
  }

  private void key(Supplier<Profile.Key> target, Supplier<Profile.Key> reference) {
    Optional<Profile.Key> t = lookup(target);
    Optional<Profile.Key> r = lookup(reference);
    if (t.isPresent() && r.isPresent()) {
      keys.put(t.get().id(), new Key(r.get().id(), r.get().secret(), null));
      pair(t.get().id(), r.get().id());
    }
  }

  /** A profile lookup; a name the profile does not list has nothing to translate. */
  private static <T> Optional<T> lookup(Supplier<T> value) {
    try {
      return Optional.ofNullable(value.get());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** For tests: the value pairs. */
  Map<String, String> pairs() {
    return Map.copyOf(names);
  }
}
