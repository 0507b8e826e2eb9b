package io.mocksts.internal.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads a world file (YAML, schema in {@code fixtures/README.md}) and validates it. Every problem
 * is reported as a {@link WorldException} whose path names the bad key, e.g. {@code
 * alibaba.accounts[0].roles[1].maxSessionDuration}.
 */
public final class WorldLoader {

  /** Classpath location of the bundled default world. */
  public static final String DEFAULT_WORLD = "/io/mocksts/fixtures/world.yaml";

  /**
   * Where the bundled world's relative files (e.g. {@code oidc/jwks.json}) are on the classpath.
   */
  private static final String DEFAULT_WORLD_DIRECTORY = "/io/mocksts/fixtures/";

  /** JWK members that only a private (or symmetric) key has. */
  private static final List<String> PRIVATE_JWK_MEMBERS =
      List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

  /**
   * Reads a file a world entry names ({@code jwksFile}), relative to the world file's directory.
   */
  @FunctionalInterface
  private interface RelativeFiles {
    String read(String relativePath) throws IOException;
  }

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern ALIBABA_ROLE_NAME = Pattern.compile("[A-Za-z0-9.\\-]{1,64}");
  private static final Pattern TENCENT_ROLE_NAME = Pattern.compile("[A-Za-z0-9+=,.@_\\-]{1,128}");
  private static final long DEFAULT_MAX_SESSION_DURATION = 3600;

  /** The creation time of a key whose world entry does not give one. */
  static final Instant DEFAULT_KEY_CREATED = Instant.parse("2024-01-01T00:00:00Z");

  private WorldLoader() {}

  /**
   * The world bundled with the mock (the identities of {@code fixtures/world.yaml}, described in
   * {@code fixtures/README.md}).
   */
  public static World defaultWorld() {
    try (InputStream in = WorldLoader.class.getResourceAsStream(DEFAULT_WORLD)) {
      if (in == null) {
        throw new IllegalStateException("bundled world " + DEFAULT_WORLD + " is missing");
      }
      return parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "world.yaml",
          WorldLoader::readBundled);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a world from a file. */
  public static World load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorldException(file.toString(), "cannot be read: " + e.getMessage(), e);
    }
    Path directory = file.toAbsolutePath().getParent();
    try {
      return parse(text, file.toString(), relative -> readFile(directory, relative));
    } catch (WorldException e) {
      if (e.path().equals(file.toString())) {
        throw new WorldException(e.path(), problem(e), e);
      }
      // the key's line, for the one-line error of the command line (docs/architecture.md)
      String line =
          YamlLines.lineOf(text, e.path()).stream()
              .mapToObj(n -> " (line " + n + ")")
              .findFirst()
              .orElse("");
      throw new WorldException(file + ": " + e.path(), problem(e) + line, e);
    }
  }

  private static String problem(WorldException e) {
    return e.getMessage().substring(e.path().length() + 2);
  }

  /**
   * Parses world YAML.
   *
   * @param yaml the document
   * @param name how to call the document in an error when it cannot be parsed at all
   */
  public static World parse(String yaml, String name) {
    return parse(yaml, name, Path.of("").toAbsolutePath());
  }

  /**
   * Parses world YAML whose relative file references ({@code jwksFile}) are resolved against a
   * directory.
   */
  public static World parse(String yaml, String name, Path directory) {
    return parse(yaml, name, relative -> readFile(directory, relative));
  }

  private static String readBundled(String relative) throws IOException {
    try (InputStream in =
        WorldLoader.class.getResourceAsStream(DEFAULT_WORLD_DIRECTORY + relative)) {
      if (in == null || relative.contains("..")) {
        throw new IOException("not in the bundled fixtures");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String readFile(Path directory, String relative) throws IOException {
    return Files.readString(directory.resolve(relative), StandardCharsets.UTF_8);
  }

  private static World parse(String yaml, String name, RelativeFiles files) {
    WorldFile file;
    try {
      file = YAML.readValue(yaml, WorldFile.class);
    } catch (JsonProcessingException e) {
      Optional<String> syntax = yamlSyntaxError(e);
      if (syntax.isPresent()) {
        throw new WorldException(name, syntax.get(), e);
      }
      if (e instanceof JsonMappingException m) {
        String at = path(m);
        throw new WorldException(at.isEmpty() ? name : at, mappingProblem(m), e);
      }
      throw new WorldException(name, "is not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (file == null) {
      throw new WorldException(name, "is empty");
    }
    List<Account> accounts = new ArrayList<>();
    accounts.addAll(accounts(Vendor.ALIBABA, file.alibaba(), "alibaba", files));
    accounts.addAll(accounts(Vendor.TENCENT, file.tencent(), "tencent", files));
    try {
      return new World(accounts);
    } catch (IllegalArgumentException e) {
      throw new WorldException(name, e.getMessage(), e);
    }
  }

  /**
   * A YAML syntax error anywhere in the cause chain, as one line: {@code is not valid YAML at line
   * 3, column 11: while scanning a quoted scalar}.
   */
  private static Optional<String> yamlSyntaxError(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
        StringBuilder text = new StringBuilder("is not valid YAML");
        if (marked.getContextMark() != null) {
          text.append(" ").append(at(marked.getContextMark()));
        }
        if (marked.getContext() != null) {
          text.append(" (").append(marked.getContext()).append(")");
        }
        text.append(": ")
            .append(String.valueOf(marked.getProblem()).lines().findFirst().orElse(""));
        if (marked.getProblemMark() != null) {
          text.append(" ").append(at(marked.getProblemMark()));
        }
        return Optional.of(text.toString());
      }
    }
    return Optional.empty();
  }

  private static String at(org.yaml.snakeyaml.error.Mark mark) {
    return mark == null
        ? ""
        : "at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String mappingProblem(JsonMappingException e) {
    if (String.valueOf(e.getOriginalMessage()).startsWith("No content to map")) {
      return "is empty";
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      return "unknown key (known keys: "
          + u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()
          + ")";
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        && m.getTargetType() != null) {
      return "has the wrong type: expected " + kind(m.getTargetType()) + found(m);
    }
    return "has the wrong type: "
        + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
  }

  /** What a YAML reader calls the shape a field needs. */
  private static String kind(Class<?> type) {
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == String.class) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "a mapping of keys";
  }

  private static String found(com.fasterxml.jackson.databind.exc.MismatchedInputException m) {
    String message = String.valueOf(m.getOriginalMessage());
    if (message.contains("START_ARRAY") || message.contains("from Array")) {
      return ", found a list";
    }
    if (message.contains("START_OBJECT") || message.contains("from Object")) {
      return ", found a mapping";
    }
    if (message.contains("VALUE_NUMBER") || message.contains("Integer value")) {
      return ", found a number";
    }
    if (message.contains("VALUE_STRING") || message.contains("String value")) {
      return ", found a string";
    }
    if (message.contains("VALUE_TRUE") || message.contains("VALUE_FALSE")) {
      return ", found true or false";
    }
    return "";
  }

  private static List<Account> accounts(
      Vendor vendor, WorldFile.VendorSection section, String at, RelativeFiles files) {
    List<Account> out = new ArrayList<>();
    if (section == null || section.accounts() == null) {
      return out;
    }
    Set<String> ids = new HashSet<>();
    Set<String> aliases = new HashSet<>();
    Set<String> keyIds = new HashSet<>();
    for (int i = 0; i < section.accounts().size(); i++) {
      String path = at + ".accounts[" + i + "]";
      WorldFile.AccountEntry a = section.accounts().get(i);
      String id = digits(a.id(), path + ".id");
      String alias = required(a.alias(), path + ".alias");
      if (!ids.add(id)) {
        throw new WorldException(path + ".id", "duplicate account id " + id);
      }
      if (!aliases.add(alias)) {
        throw new WorldException(path + ".alias", "duplicate account alias " + alias);
      }
      out.add(
          new Account(
              vendor,
              id,
              alias,
              keys(a.rootAccessKeys(), path + ".rootAccessKeys", keyIds),
              users(a.users(), path + ".users", keyIds),
              roles(vendor, a.roles(), path + ".roles"),
              providers(a.samlProviders(), path + ".samlProviders", files, true),
              providers(a.oidcProviders(), path + ".oidcProviders", files, false)));
    }
    return out;
  }

  private static List<User> users(
      List<WorldFile.UserEntry> entries, String at, Set<String> keyIds) {
    List<User> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < size(entries); i++) {
      String path = at + "[" + i + "]";
      WorldFile.UserEntry u = entries.get(i);
      String name = required(u.name(), path + ".name");
      if (!names.add(name)) {
        throw new WorldException(path + ".name", "duplicate user name " + name);
      }
      out.add(
          new User(
              name,
              digits(u.id(), path + ".id"),
              u.policies() == null ? List.of() : u.policies(),
              keys(u.accessKeys(), path + ".accessKeys", keyIds),
              mfaSecret(u.mfaSecret(), path + ".mfaSecret")));
    }
    return out;
  }

  /**
   * Reads access keys; {@code keyIds} holds the ids already used by the same vendor, so that a
   * duplicate is reported at the key that repeats it.
   */
  private static List<AccessKey> keys(
      List<WorldFile.KeyEntry> entries, String at, Set<String> keyIds) {
    List<AccessKey> out = new ArrayList<>();
    for (int i = 0; i < size(entries); i++) {
      String path = at + "[" + i + "]";
      WorldFile.KeyEntry k = entries.get(i);
      String status = k.status() == null ? "Active" : k.status();
      if (!status.equals("Active") && !status.equals("Inactive")) {
        throw new WorldException(path + ".status", "must be Active or Inactive");
      }
      String id = required(k.id(), path + ".id");
      if (!keyIds.add(id)) {
        throw new WorldException(path + ".id", "duplicate access key id " + id);
      }
      out.add(
          new AccessKey(
              id,
              required(k.secret(), path + ".secret"),
              status.equals("Active"),
              created(k.created(), path + ".created")));
    }
    return out;
  }

  private static List<Role> roles(Vendor vendor, List<WorldFile.RoleEntry> entries, String at) {
    List<Role> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < size(entries); i++) {
      String path = at + "[" + i + "]";
      WorldFile.RoleEntry r = entries.get(i);
      String name = required(r.name(), path + ".name");
      Pattern grammar = vendor == Vendor.ALIBABA ? ALIBABA_ROLE_NAME : TENCENT_ROLE_NAME;
      if (!grammar.matcher(name).matches()) {
        throw new WorldException(path + ".name", "is not a valid role name: " + name);
      }
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw new WorldException(path + ".name", "duplicate role name " + name);
      }
      long max =
          r.maxSessionDuration() == null ? DEFAULT_MAX_SESSION_DURATION : r.maxSessionDuration();
      if (max < 3600 || max > 43200) {
        throw new WorldException(
            path + ".maxSessionDuration", "must be between 3600 and 43200 seconds");
      }
      out.add(
          new Role(
              name,
              digits(r.id(), path + ".id"),
              max,
              TrustPolicyParser.parse(
                  policyTree(r.trustPolicy(), path + ".trustPolicy"), path + ".trustPolicy"),
              r.policies() == null ? List.of() : r.policies()));
    }
    return out;
  }

  private static JsonNode policyTree(JsonNode node, String path) {
    if (node == null) {
      throw new WorldException(path, "is required");
    }
    if (node.isTextual()) {
      try {
        return JSON.readTree(node.asText());
      } catch (JsonProcessingException e) {
        throw new WorldException(path, "is not valid JSON: " + e.getOriginalMessage(), e);
      }
    }
    return node;
  }

  /**
   * Reads identity providers: SAML providers take their IdP metadata ({@code metadataFile}), OIDC
   * providers their JWK set and issuance limit.
   */
  private static List<Provider> providers(
      List<WorldFile.ProviderEntry> entries, String at, RelativeFiles files, boolean saml) {
    List<Provider> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < size(entries); i++) {
      String path = at + "[" + i + "]";
      WorldFile.ProviderEntry p = entries.get(i);
      String name = required(p.name(), path + ".name");
      if (!names.add(name)) {
        throw new WorldException(path + ".name", "duplicate provider name " + name);
      }
      if (saml) {
        rejectOidcSettings(p, path);
      }
      out.add(
          new Provider(
              name,
              p.issuer() == null ? "" : p.issuer(),
              p.clientIds() == null ? List.of() : p.clientIds(),
              p.metadataFile() == null ? "" : p.metadataFile(),
              saml ? "" : jwks(p, path, files),
              issuanceLimitHours(p.issuanceLimitHours(), path + ".issuanceLimitHours"),
              saml ? metadata(p, path, files) : ""));
    }
    return out;
  }

  private static void rejectOidcSettings(WorldFile.ProviderEntry p, String path) {
    if (p.jwksFile() != null) {
      throw new WorldException(path + ".jwksFile", "is an OIDC setting; SAML providers take none");
    }
    if (p.jwks() != null) {
      throw new WorldException(path + ".jwks", "is an OIDC setting; SAML providers take none");
    }
    if (p.issuanceLimitHours() != null) {
      throw new WorldException(
          path + ".issuanceLimitHours", "is an OIDC setting; SAML providers take none");
    }
  }

  /**
   * A SAML provider's IdP metadata XML, inline ({@code metadata}) or from {@code metadataFile};
   * empty when none is given. Its content is checked by the SAML package when the mock starts (an
   * unusable document is answered with the vendor's metadata error, as a real STS does).
   */
  private static String metadata(WorldFile.ProviderEntry p, String path, RelativeFiles files) {
    if (p.metadata() != null && p.metadataFile() != null) {
      throw new WorldException(
          path + ".metadata", "give either metadata or metadataFile, not both");
    }
    if (p.metadata() != null) {
      return p.metadata();
    }
    if (p.metadataFile() == null || p.metadataFile().isBlank()) {
      return "";
    }
    try {
      return files.read(p.metadataFile());
    } catch (IOException e) {
      throw new WorldException(path + ".metadataFile", "cannot be read: " + p.metadataFile(), e);
    }
  }

  /**
   * An OIDC provider's public JWK set as JSON text, from {@code jwksFile} or inline {@code jwks}.
   */
  private static String jwks(WorldFile.ProviderEntry p, String path, RelativeFiles files) {
    if (p.jwksFile() != null && p.jwks() != null) {
      throw new WorldException(path + ".jwks", "give either jwks or jwksFile, not both");
    }
    if (p.jwksFile() != null) {
      String at = path + ".jwksFile";
      String text;
      try {
        text = files.read(required(p.jwksFile(), at));
      } catch (IOException e) {
        throw new WorldException(at, "cannot be read: " + p.jwksFile(), e);
      }
      JsonNode tree;
      try {
        tree = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        throw new WorldException(at, "is not valid JSON: " + e.getOriginalMessage(), e);
      }
      return checkJwkSet(tree, at);
    }
    if (p.jwks() != null) {
      return checkJwkSet(policyTree(p.jwks(), path + ".jwks"), path + ".jwks");
    }
    return "";
  }

  /**
   * Checks the shape of a public JWK set ({@code {"keys":[{"kty":...}, ...]}}, RFC 7517 §5): the
   * keys themselves are parsed by the OIDC validator. Private or symmetric key material is refused,
   * so that a world never publishes a signing key as a verification key.
   */
  private static String checkJwkSet(JsonNode set, String at) {
    if (set == null || !set.isObject() || !set.path("keys").isArray()) {
      throw new WorldException(at, "must be a JWK set: an object with a \"keys\" list");
    }
    JsonNode keys = set.get("keys");
    for (int i = 0; i < keys.size(); i++) {
      JsonNode key = keys.get(i);
      String keyAt = at + ".keys[" + i + "]";
      if (!key.isObject() || !key.path("kty").isTextual()) {
        throw new WorldException(keyAt, "must be a JWK with a \"kty\"");
      }
      for (String member : PRIVATE_JWK_MEMBERS) {
        if (key.has(member)) {
          throw new WorldException(
              keyAt + "." + member,
              "is private or symmetric key material; an OIDC provider takes public keys only");
        }
      }
    }
    return set.toString();
  }

  private static int issuanceLimitHours(Integer value, String path) {
    if (value == null) {
      return Provider.DEFAULT_ISSUANCE_LIMIT_HOURS;
    }
    if (value < 1 || value > 168) {
      throw new WorldException(path, "must be between 1 and 168 hours");
    }
    return value;
  }

  private static String mfaSecret(String value, String path) {
    if (value == null) {
      return null;
    }
    if (!Totp.isBase32(value)) {
      throw new WorldException(path, "must be a base32 TOTP secret (letters A-Z and digits 2-7)");
    }
    return value;
  }

  private static Instant created(String value, String path) {
    if (value == null) {
      return DEFAULT_KEY_CREATED;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new WorldException(path, "must be an ISO-8601 instant such as 2024-01-01T00:00:00Z");
    }
  }

  private static int size(List<?> list) {
    return list == null ? 0 : list.size();
  }

  private static String required(String value, String path) {
    if (value == null || value.isBlank()) {
      throw new WorldException(path, "is required");
    }
    return value;
  }

  private static String digits(String value, String path) {
    String v = required(value, path);
    if (!DIGITS.matcher(v).matches()) {
      throw new WorldException(path, "must be a string of digits, got " + v);
    }
    return v;
  }
}
