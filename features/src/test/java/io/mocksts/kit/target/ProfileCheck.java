package io.mocksts.kit.target;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a target profile before the kit sends anything (docs/live-setup.md). Every problem is
 * one line naming the file, the key path and what is wrong: an unknown key, a value of the wrong
 * type, a missing endpoint or region, an unknown family, a bad rate limit, an {@code ${ENV}}
 * reference to a variable that is not set. All unset variables are one problem, on one line, so
 * that a run without credentials says so once.
 *
 * <p>The format: {@code name}, {@code kind} ({@code live}, {@code mock}), {@code vendors}, {@code
 * scenarios} ({@code include}, {@code exclude}), {@code rateLimits} (calls per second per vendor),
 * optionally {@code world} (a world file, relative to the profile, whose accounts the profile takes
 * as they are) and a section per vendor in the world format ({@code endpoint}, {@code region},
 * {@code accounts}: {@code alias}, {@code id}, {@code rootAccessKeys}, {@code users}, {@code
 * roles}, {@code samlProviders}, {@code oidcProviders}).
 */
public final class ProfileCheck {

  /** The vendors a profile may name. */
  public static final List<String> VENDORS = List.of("alibaba", "tencent");

  private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private static final Set<String> TOP =
      Set.of("name", "kind", "vendors", "scenarios", "rateLimits", "world", "alibaba", "tencent");
  private static final Set<String> SECTION = Set.of("endpoint", "region", "accounts");
  private static final Set<String> ACCOUNT =
      Set.of("alias", "id", "rootAccessKeys", "users", "roles", "samlProviders", "oidcProviders");
  private static final Set<String> USER = Set.of("name", "as", "id", "accessKeys", "mfaSecret");
  private static final Set<String> KEY = Set.of("id", "secret", "status", "created");
  private static final Set<String> ROLE = Set.of("name", "as", "id");
  private static final Set<String> PROVIDER = Set.of("name", "as");

  private final String file;
  private final UnaryOperator<String> env;
  private final Collection<String> families;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> unset = new LinkedHashMap<>();

  private ProfileCheck(String file, UnaryOperator<String> env, Collection<String> families) {
    this.file = file;
    this.env = env;
    this.families = families;
  }

  /**
   * What the check found: problems, one line each, and the one line about environment variables
   * that are not set, if any.
   */
  public record Result(List<String> problems, java.util.Optional<String> unset) {

    /** Every line: the problems, then the environment line. */
    public List<String> all() {
      List<String> out = new ArrayList<>(problems);
      unset.ifPresent(out::add);
      return out;
    }
  }

  /**
   * The problems of the profile, one line each (empty when it can be used).
   *
   * @param live whether the run targets a live cloud ({@code -Dsts.target=live})
   * @param families the kit's feature files ({@code alibaba/assume-role}, ...)
   */
  public static List<String> problems(
      Path file, boolean live, UnaryOperator<String> env, Collection<String> families) {
    return check(file, live, env, families).all();
  }

  /** Checks the profile, keeping the line about unset environment variables apart. */
  public static Result check(
      Path file, boolean live, UnaryOperator<String> env, Collection<String> families) {
    ProfileCheck check =
        new ProfileCheck(file.toAbsolutePath().normalize().toString(), env, families);
    JsonNode root;
    try {
      if (!Files.isRegularFile(file)) {
        return new Result(
            List.of(file.toAbsolutePath().normalize() + ": no such file"),
            java.util.Optional.empty());
      }
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (JsonProcessingException e) {
      return new Result(
          List.of(
              file + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")),
          java.util.Optional.empty());
    } catch (IOException e) {
      return new Result(
          List.of(file + ": cannot be read: " + e.getMessage()), java.util.Optional.empty());
    }
    if (root == null || !root.isObject()) {
      return new Result(
          List.of(file + ": a profile is a YAML mapping with the keys " + sorted(TOP)),
          java.util.Optional.empty());
    }
    check.root(root, live, file);
    return check.result();
  }

  /** Throws a {@link ProfileException} with every problem, if there is any. */
  public static void require(
      Path file, boolean live, UnaryOperator<String> env, Collection<String> families) {
    List<String> problems = check(file, live, env, families).all();
    if (!problems.isEmpty()) {
      throw new ProfileException(String.join(System.lineSeparator(), problems));
    }
  }

  private Result result() {
    java.util.Optional<String> env = java.util.Optional.empty();
    if (!unset.isEmpty()) {
      Iterator<Map.Entry<String, String>> it = unset.entrySet().iterator();
      Map.Entry<String, String> first = it.next();
      StringBuilder line =
          new StringBuilder(file)
              .append(": ")
              .append(first.getValue())
              .append(": the environment variable ")
              .append(first.getKey())
              .append(" is not set");
      if (it.hasNext()) {
        List<String> more = new ArrayList<>();
        it.forEachRemaining(e -> more.add(e.getKey()));
        line.append(" (nor ").append(String.join(", ", more)).append(")");
      }
      line.append("; export it and run again (nothing was sent)");
      env = java.util.Optional.of(line.toString());
    }
    return new Result(List.copyOf(problems), env);
  }

  private void problem(String path, String what) {
    problems.add(file + ": " + path + ": " + what);
  }

  private void root(JsonNode root, boolean live, Path path) {
    unknownKeys(root, TOP, "");
    String name = text(root, "name", "name", true);
    if (name != null) {
      String base = path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      if (!NAME.matcher(name).matches()) {
        problem(
            "name", "'" + name + "' is not a name of lower-case letters, digits, '.', '-', '_'");
      } else if (!name.equals(base)) {
        problem(
            "name",
            "'"
                + name
                + "' differs from the file name '"
                + base
                + "' (reports and expectations/<name>.yaml use the name)");
      }
    }
    String kind = text(root, "kind", "kind", true);
    if (kind != null && !kind.equals("live") && !kind.equals("mock")) {
      problem("kind", "'" + kind + "' is neither live nor mock");
    }
    if (kind != null && live && kind.equals("mock")) {
      problem("kind", "a mock's profile cannot be used with -Dsts.target=live");
    }
    if (kind != null && !live && kind.equals("live")) {
      problem("kind", "a live profile needs -Dsts.target=live (this run targets a mock)");
    }
    boolean liveProfile = "live".equals(kind);
    boolean world = false;
    JsonNode worldFile = root.get("world");
    if (worldFile != null) {
      if (!worldFile.isTextual()) {
        problem("world", "must be the path of a world file, relative to the profile");
      } else if (!Files.isRegularFile(path.resolveSibling(worldFile.asText()))) {
        problem("world", "no world file " + path.resolveSibling(worldFile.asText()));
      } else {
        world = true;
      }
    }
    List<String> vendors = new ArrayList<>();
    JsonNode list = root.get("vendors");
    if (list == null) {
      problem("vendors", "missing (a list of alibaba, tencent)");
    } else if (!list.isArray() || list.isEmpty()) {
      problem("vendors", "must be a non-empty list of alibaba, tencent");
    } else {
      for (int i = 0; i < list.size(); i++) {
        String vendor = list.get(i).asText();
        if (!VENDORS.contains(vendor)) {
          problem("vendors[" + i + "]", "unknown vendor '" + vendor + "' (alibaba, tencent)");
        } else {
          vendors.add(vendor);
        }
      }
    }
    for (String vendor : VENDORS) {
      JsonNode section = root.get(vendor);
      if (section == null) {
        if (vendors.contains(vendor)) {
          problem(vendor, "missing (vendors lists " + vendor + ")");
        }
        continue;
      }
      if (!vendors.contains(vendor) && list != null) {
        problem(vendor, "a section for a vendor that vendors does not list");
      }
      section(section, vendor, liveProfile, !world);
    }
    scenarios(root.get("scenarios"));
    rateLimits(root.get("rateLimits"), vendors, liveProfile);
  }

  private void scenarios(JsonNode scenarios) {
    if (scenarios == null) {
      return;
    }
    if (!scenarios.isObject()) {
      problem("scenarios", "must be a mapping with include and/or exclude");
      return;
    }
    unknownKeys(scenarios, Set.of("include", "exclude"), "scenarios");
    for (String key : List.of("include", "exclude")) {
      JsonNode entries = scenarios.get(key);
      if (entries == null) {
        continue;
      }
      String at = "scenarios." + key;
      if (!entries.isArray()) {
        problem(at, "must be a list of families or tag expressions");
        continue;
      }
      for (int i = 0; i < entries.size(); i++) {
        JsonNode entry = entries.get(i);
        if (!entry.isTextual()) {
          problem(at + "[" + i + "]", "must be a family or a tag expression (a string)");
          continue;
        }
        String where = at + "[" + i + "]";
        ScenarioScope.problem(entry.asText(), families).ifPresent(p -> problem(where, p));
      }
    }
  }

  private void rateLimits(JsonNode limits, List<String> vendors, boolean live) {
    if (limits == null) {
      if (live) {
        problem("rateLimits", "missing (calls per second per vendor; a live profile must say)");
      }
      return;
    }
    if (!limits.isObject()) {
      problem("rateLimits", "must be a mapping of vendor to calls per second");
      return;
    }
    limits
        .fields()
        .forEachRemaining(
            e -> {
              String at = "rateLimits." + e.getKey();
              if (!VENDORS.contains(e.getKey())) {
                problem(at, "unknown vendor (alibaba, tencent)");
              } else if (!e.getValue().isNumber()) {
                problem(at, "must be a number of calls per second, not '" + e.getValue() + "'");
              } else if (e.getValue().asDouble() <= 0 || e.getValue().asDouble() > 1000) {
                problem(at, "must be more than 0 and at most 1000 calls per second");
              }
            });
    if (live) {
      for (String vendor : vendors) {
        if (!limits.has(vendor)) {
          problem("rateLimits." + vendor, "missing (a live profile limits every vendor it names)");
        }
      }
    }
  }

  private void section(JsonNode section, String vendor, boolean live, boolean needsAccounts) {
    if (!section.isObject()) {
      problem(vendor, "must be a mapping with endpoint, region and accounts");
      return;
    }
    unknownKeys(section, SECTION, vendor);
    String endpoint = text(section, "endpoint", vendor + ".endpoint", live);
    if (endpoint != null) {
      endpoint(endpoint, vendor + ".endpoint", live);
    }
    String region = text(section, "region", vendor + ".region", live);
    if (region != null && !region.contains("${") && !REGION.matcher(region).matches()) {
      problem(vendor + ".region", "'" + region + "' is not a region id (e.g. cn-hangzhou)");
    }
    JsonNode accounts = list(section, "accounts", vendor + ".accounts", needsAccounts);
    for (int i = 0; i < accounts.size(); i++) {
      account(accounts.get(i), vendor + ".accounts[" + i + "]");
    }
  }

  private void endpoint(String endpoint, String at, boolean live) {
    if (endpoint.contains("${")) {
      return;
    }
    try {
      URI uri = new URI(endpoint);
      if (uri.getScheme() == null || uri.getHost() == null) {
        problem(at, "'" + endpoint + "' is not an absolute URL such as https://sts.aliyuncs.com");
      } else if (live && !uri.getScheme().equals("https")) {
        problem(at, "'" + endpoint + "': a live endpoint is https");
      } else if (!uri.getScheme().equals("https") && !uri.getScheme().equals("http")) {
        problem(at, "'" + endpoint + "' is neither http nor https");
      }
    } catch (URISyntaxException e) {
      problem(at, "'" + endpoint + "' is not a URL (" + e.getReason() + ")");
    }
  }

  private void account(JsonNode account, String at) {
    if (!isMapping(account, at)) {
      return;
    }
    unknownKeys(account, ACCOUNT, at);
    text(account, "alias", at + ".alias", true);
    scalar(account, "id", at + ".id", true);
    entries(account, "rootAccessKeys", at, KEY, true);
    JsonNode users = list(account, "users", at + ".users", false);
    for (int i = 0; i < users.size(); i++) {
      String path = at + ".users[" + i + "]";
      JsonNode user = users.get(i);
      if (!isMapping(user, path)) {
        continue;
      }
      unknownKeys(user, USER, path);
      text(user, "name", path + ".name", true);
      text(user, "as", path + ".as", false);
      scalar(user, "id", path + ".id", false);
      text(user, "mfaSecret", path + ".mfaSecret", false);
      entries(user, "accessKeys", path, KEY, true);
    }
    entries(account, "roles", at, ROLE, false);
    entries(account, "samlProviders", at, PROVIDER, false);
    entries(account, "oidcProviders", at, PROVIDER, false);
  }

  private void entries(JsonNode parent, String key, String at, Set<String> keys, boolean isKey) {
    JsonNode list = list(parent, key, at + "." + key, false);
    for (int i = 0; i < list.size(); i++) {
      String path = at + "." + key + "[" + i + "]";
      JsonNode entry = list.get(i);
      if (!isMapping(entry, path)) {
        continue;
      }
      unknownKeys(entry, keys, path);
      if (isKey) {
        text(entry, "id", path + ".id", true);
        text(entry, "secret", path + ".secret", true);
        String status = text(entry, "status", path + ".status", false);
        if (status != null && !status.equals("Active") && !status.equals("Inactive")) {
          problem(path + ".status", "'" + status + "' is neither Active nor Inactive");
        }
        text(entry, "created", path + ".created", false);
      } else {
        text(entry, "name", path + ".name", true);
        for (String other : keys) {
          if (!other.equals("name")) {
            scalar(entry, other, path + "." + other, false);
          }
        }
      }
    }
  }

  private boolean isMapping(JsonNode node, String at) {
    if (!node.isObject()) {
      problem(at, "must be a mapping, not '" + node + "'");
      return false;
    }
    return true;
  }

  private void unknownKeys(JsonNode node, Set<String> known, String at) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                problem(
                    (at.isEmpty() ? "" : at + ".") + key,
                    "unknown key (known here: " + sorted(known) + ")");
              }
            });
  }

  private JsonNode list(JsonNode parent, String key, String at, boolean required) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        problem(at, "missing");
      }
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    if (!value.isArray()) {
      problem(at, "must be a list, not '" + value + "'");
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    return value;
  }

  /** A string value (resolving {@code ${ENV}}); null when absent or of the wrong type. */
  private String text(JsonNode parent, String key, String at, boolean required) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        problem(at, "missing");
      }
      return null;
    }
    if (!value.isTextual()) {
      problem(at, "must be a string, not '" + value + "'");
      return null;
    }
    return resolve(value.asText(), at);
  }

  /** A string or a number (ids may be written unquoted). */
  private void scalar(JsonNode parent, String key, String at, boolean required) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        problem(at, "missing");
      }
      return;
    }
    if (value.isTextual()) {
      resolve(value.asText(), at);
    } else if (!value.isNumber()) {
      problem(at, "must be a string, not '" + value + "'");
    }
  }

  private String resolve(String value, String at) {
    Matcher m = ENV.matcher(value);
    while (m.find()) {
      if (env.apply(m.group(1)) == null) {
        unset.putIfAbsent(m.group(1), at);
      }
    }
    return value;
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", keys.stream().sorted().toList());
  }
}
