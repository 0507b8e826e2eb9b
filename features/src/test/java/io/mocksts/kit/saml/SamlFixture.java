package io.mocksts.kit.saml;

import io.mocksts.idp.SamlResponseBuilder;
import io.mocksts.idp.SamlResponseBuilder.Signing;
import io.mocksts.idp.TestIdp;
import io.mocksts.testkit.saml.AttackerIdp;
import io.mocksts.testkit.saml.HostileCorpus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SAML Response a scenario presents, minted by the bundled test IdP ({@link TestIdp}, the same
 * IdP a user registers at a real cloud with {@code idp-metadata} to drive a live run): a fixture
 * tool, not the verifier. The kit never asks the mock whether a Response is valid; it only builds
 * Responses, valid or forged, and looks at what the target answers.
 *
 * <p>A scenario first says whom the IdP vouches for ({@link #vouch}), then changes options ({@link
 * #option}) or forges a variant of the hostile corpus ({@link #forge}). The Response is minted when
 * it is first used ({@link #response()}), with the target's time as the kit sees it, and stays the
 * same for the rest of the scenario: presenting it twice is a replay.
 */
public final class SamlFixture {

  /** Written as a table value, leaves the element or attribute out. */
  public static final String NONE = "(none)";

  private static final Pattern RELATIVE =
      Pattern.compile("(?:in )?([0-9]+) (second|minute|hour)s?( ago)?");

  private final String vendor;
  private final SamlAttributes attributes;
  private final Supplier<Instant> now;
  private final TestIdp idp;
  private final TestIdp attacker;
  private final TestIdp second;

  private RolePair requested;
  private String subject = "alice";
  private final List<String> roleValues = new ArrayList<>();
  private final Map<String, List<String>> options = new LinkedHashMap<>();
  private final List<String> sessionNames = new ArrayList<>(List.of("alice"));
  private String minted;
  private HostileCorpus.Recipe forged;

  /**
   * @param vendor {@code alibaba} or {@code tencent}: which STS profile the Responses are for
   * @param now the target's time as the kit sees it (it follows the mock's clock when a scenario
   *     moves it)
   */
  public SamlFixture(String vendor, Supplier<Instant> now) {
    this.vendor = vendor;
    this.attributes = SamlAttributes.forVendor(vendor);
    this.now = Objects.requireNonNull(now, "now");
    Clock clock = new FollowingClock(now);
    this.idp = TestIdp.bundled(clock);
    this.attacker = AttackerIdp.of(clock);
    this.second = TestIdp.second(clock);
  }

  /** The Issuer of every Response of the test IdP (its entityID). */
  public static String entityId() {
    return TestIdp.ENTITY_ID;
  }

  /**
   * Starts over: the IdP vouches for {@code subject} (NameID and session name) with one role pair,
   * which is also what the request names.
   */
  public void vouch(String subjectName, RolePair pair) {
    subject = subjectName;
    requested = pair;
    roleValues.clear();
    roleValues.add(pair.attributeValue());
    options.clear();
    sessionNames.clear();
    sessionNames.add(subjectName);
    minted = null;
    forged = null;
  }

  /** Whether a scenario has said whom the IdP vouches for. */
  public boolean vouched() {
    return requested != null;
  }

  /** The role pair the request names: the vouched one, or the one {@link #provider} changed. */
  public RolePair requested() {
    if (requested == null) {
      throw new IllegalStateException("the test IdP has not vouched for anyone in this scenario");
    }
    return requested;
  }

  /** The session name the assertion carries (the first, if several), or empty. */
  public Optional<String> sessionName() {
    return sessionNames.stream().findFirst();
  }

  /** Adds a role pair to the role attribute (the request still names the vouched one). */
  public void addRole(RolePair pair) {
    roleValues.add(pair.attributeValue());
    minted = null;
  }

  /** Adds a value to the role attribute as written, e.g. Tencent's {@code r1;r2,provider}. */
  public void addRoleValue(String value) {
    roleValues.add(value);
    minted = null;
  }

  /** Leaves the role attribute out. */
  public void noRoles() {
    roleValues.clear();
    minted = null;
  }

  /** Vouches through another SAML provider: the role pair and the request name it. */
  public void provider(String providerArn) {
    RolePair pair = new RolePair(requested().roleArn(), providerArn);
    String old = requested.attributeValue();
    roleValues.replaceAll(v -> v.equals(old) ? pair.attributeValue() : v);
    requested = pair;
    minted = null;
  }

  /**
   * Sets one option of the Response (the {@code Given the test IdP vouches ... and:} table):
   *
   * <ul>
   *   <li>{@code session name} (replaces; {@code (none)} leaves the attribute out), {@code extra
   *       session name} (a second value);
   *   <li>{@code session duration}, {@code extra session duration} (Alibaba's attribute);
   *   <li>{@code SessionNotOnOrAfter}, {@code NotBefore}, {@code NotOnOrAfter}, {@code
   *       IssueInstant}: {@code in 20 minutes}, {@code 10 minutes ago}, {@code now} ({@code (none)}
   *       for SessionNotOnOrAfter and NotBefore); {@code valid for}: {@code 600 seconds};
   *   <li>{@code audience} (one; {@code (none)} leaves the AudienceRestriction out), {@code
   *       audiences} (comma-separated), {@code recipient}, {@code destination} ({@code (none)}
   *       leaves them out);
   *   <li>{@code issuer} (Response and Assertion), {@code Response issuer}, {@code Assertion
   *       issuer} ({@code (none)} leaves it out);
   *   <li>{@code NameID}, {@code NameID format} ({@code (none)} leaves it out);
   *   <li>{@code signed}: {@code Assertion} (default), {@code Response}, {@code both}, {@code
   *       nothing}; {@code algorithm}: {@code rsa-sha256}, {@code rsa-sha384}, {@code rsa-sha512},
   *       {@code rsa-sha1}; {@code digest}: a DigestMethod URI;
   *   <li>{@code status}: a StatusCode URI; {@code attribute values}: {@code untyped};
   *   <li>{@code padded to}: {@code 100000 characters}, a comment in the (unsigned) Response before
   *       its Status, so that the Base64 value has exactly that length (a multiple of 4);
   *   <li>{@code attribute <name>}: a value of any attribute (repeat the row for more values).
   * </ul>
   *
   * @throws IllegalArgumentException for an option the fixture does not know
   */
  public void option(String key, String value) {
    requested();
    minted = null;
    switch (key) {
      case "session name" -> {
        sessionNames.clear();
        if (!value.equals(NONE)) {
          sessionNames.add(value);
        }
      }
      case "extra session name" -> sessionNames.add(value);
      case "session duration",
          "extra session duration",
          "SessionNotOnOrAfter",
          "NotBefore",
          "NotOnOrAfter",
          "IssueInstant",
          "valid for",
          "audience",
          "audiences",
          "recipient",
          "destination",
          "issuer",
          "Response issuer",
          "Assertion issuer",
          "NameID",
          "NameID format",
          "signed",
          "algorithm",
          "digest",
          "status",
          "attribute values",
          "padded to" -> {
        if (key.equals("session duration")) {
          options.remove("extra session duration");
        }
        options.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
      default -> {
        if (key.startsWith("attribute ")) {
          options.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        } else {
          throw new IllegalArgumentException("the test IdP has no option '" + key + "'");
        }
      }
    }
  }

  /**
   * Forges the Response as a recipe of the hostile corpus ({@link HostileCorpus}): derived from a
   * valid Response for the requested role pair, with session name {@code alice}. A recipe presented
   * to the account's second SAML provider makes the request name {@code secondPair} instead.
   *
   * @param secondPair the role that trusts the second provider ({@code mock-second-idp}, with its
   *     own IdP key) and that provider
   * @return the recipe, for what it expects and whether it must be presented once before
   * @throws IllegalArgumentException for an unknown recipe or one that does not apply to the vendor
   */
  public HostileCorpus.Recipe forge(String recipeId, RolePair secondPair) {
    HostileCorpus.Recipe recipe = recipe(recipeId);
    if (!recipe.appliesTo(vendor)) {
      throw new IllegalArgumentException("the recipe " + recipeId + " does not apply to " + vendor);
    }
    if (recipe.secondProvider()) {
      vouch(subject, Objects.requireNonNull(secondPair, "secondPair"));
    }
    minted =
        recipe.forge(
            new HostileCorpus.Context(
                vendor, idp, attacker, requested().roleArn(), requested().providerArn(), second));
    forged = recipe;
    return recipe;
  }

  /** A recipe of the hostile corpus by its id. */
  public static HostileCorpus.Recipe recipe(String recipeId) {
    return HostileCorpus.recipes().stream()
        .filter(r -> r.id().equals(recipeId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("the hostile corpus has no recipe " + recipeId));
  }

  /** The recipe the Response was forged as, if it was. */
  public Optional<HostileCorpus.Recipe> forgedAs() {
    return Optional.ofNullable(forged);
  }

  /** The scenario's Response (Base64, the {@code SAMLAssertion} value), minted on first use. */
  public String response() {
    if (minted == null) {
      SamlResponseBuilder builder = build();
      List<String> padding = options.getOrDefault("padded to", List.of());
      minted =
          padding.isEmpty()
              ? builder.toBase64()
              : padded(builder.toXml(), characters(padding.get(padding.size() - 1)));
    }
    return minted;
  }

  /**
   * The Base64 of {@code xml} with a comment before the Response's Status that makes it exactly
   * {@code length} characters long: the comment lies outside every signature, and a secure parser
   * drops it (parser differentials,
   * https://github.blog/security/sign-in-as-anyone-bypassing-saml-sso-authentication-with-parser-differentials/;
   * OV1 is the same shape beyond the limit).
   */
  static String padded(String xml, int length) {
    if (length % 4 != 0) {
      throw new IllegalArgumentException("Base64 lengths are multiples of 4, not " + length);
    }
    String anchor = "<saml2p:Status>";
    int bytes = xml.getBytes(StandardCharsets.UTF_8).length;
    int filler = length / 4 * 3 - bytes - "<!---->".length();
    if (filler < 0 || !xml.contains(anchor)) {
      throw new IllegalArgumentException("cannot pad the Response to " + length + " characters");
    }
    String result =
        Base64.getEncoder()
            .encodeToString(
                xml.replace(anchor, "<!--" + "x".repeat(filler) + "-->" + anchor)
                    .getBytes(StandardCharsets.UTF_8));
    if (result.length() != length) {
      throw new IllegalStateException("padded to " + result.length() + ", not " + length);
    }
    return result;
  }

  private static int characters(String value) {
    Matcher m = Pattern.compile("([0-9]+) characters").matcher(value.replace(",", ""));
    if (!m.matches()) {
      throw new IllegalArgumentException("padded to: N characters, not " + value);
    }
    return Integer.parseInt(m.group(1));
  }

  /** A new valid Response for a role pair and session name, independent of the scenario's. */
  public String fresh(RolePair pair, String sessionName) {
    return idp.response(vendor)
        .role(pair.roleArn(), pair.providerArn())
        .sessionName(sessionName)
        .toBase64();
  }

  private SamlResponseBuilder build() {
    SamlResponseBuilder b = idp.response(vendor).nameId(subject);
    roleValues.forEach(b::roleValue);
    for (String name : sessionNames) {
      b.attribute(attributes.sessionName(), name);
    }
    Instant at = now.get();
    options.forEach((key, values) -> values.forEach(value -> apply(b, key, value, at)));
    return b;
  }

  private void apply(SamlResponseBuilder b, String key, String value, Instant at) {
    boolean none = value.equals(NONE);
    switch (key) {
      case "session duration" -> b.sessionDuration(value);
      case "extra session duration" ->
          b.attribute(attributes.sessionDuration().orElseThrow(), value);
      case "SessionNotOnOrAfter" -> b.sessionNotOnOrAfter(none ? null : instant(value, at));
      case "NotBefore" -> {
        if (none) {
          b.withoutNotBefore();
        } else {
          b.notBefore(instant(value, at));
        }
      }
      case "NotOnOrAfter" -> b.notOnOrAfter(instant(value, at));
      case "IssueInstant" -> b.issueInstant(instant(value, at));
      case "valid for" -> b.validFor(duration(value));
      case "audience" -> b.audiences(none ? new String[0] : new String[] {value});
      case "audiences" ->
          b.audiences(Arrays.stream(value.split(",")).map(String::trim).toArray(String[]::new));
      case "recipient" -> b.recipient(none ? null : value);
      case "destination" -> b.destination(none ? null : value);
      case "issuer" -> b.issuer(none ? null : value);
      case "Response issuer" -> b.responseIssuer(none ? null : value);
      case "Assertion issuer" -> b.assertionIssuer(none ? null : value);
      case "NameID" -> b.nameId(value);
      case "NameID format" -> b.nameIdFormat(none ? null : value);
      case "signed" -> b.sign(signing(value));
      case "algorithm" -> b.algorithm(value);
      case "digest" -> b.digestAlgorithm(value);
      case "status" -> b.statusCode(value);
      case "padded to" -> {
        // applied to the serialised Response, see response()
      }
      case "attribute values" -> {
        if (!value.equals("untyped")) {
          throw new IllegalArgumentException("attribute values: untyped, not " + value);
        }
        b.untypedValues();
      }
      default -> b.attribute(key.substring("attribute ".length()), value);
    }
  }

  private static Signing signing(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "assertion" -> Signing.ASSERTION;
      case "response" -> Signing.RESPONSE;
      case "both" -> Signing.BOTH;
      case "nothing" -> Signing.NONE;
      default ->
          throw new IllegalArgumentException(
              "signed: Assertion, Response, both or nothing, not " + value);
    };
  }

  /** {@code now}, {@code in 20 minutes}, {@code 10 minutes ago}, relative to {@code at}. */
  static Instant instant(String value, Instant at) {
    if (value.equals("now")) {
      return at;
    }
    Matcher m = RELATIVE.matcher(value);
    if (!m.matches() || (value.startsWith("in ") == (m.group(3) != null))) {
      throw new IllegalArgumentException(
          "a time is 'now', 'in N seconds|minutes|hours' or 'N ... ago', not " + value);
    }
    Duration amount = unit(Long.parseLong(m.group(1)), m.group(2));
    return m.group(3) != null ? at.minus(amount) : at.plus(amount);
  }

  private static Duration duration(String value) {
    Matcher m = RELATIVE.matcher(value);
    if (!m.matches() || value.startsWith("in ") || m.group(3) != null) {
      throw new IllegalArgumentException("a duration is 'N seconds|minutes|hours', not " + value);
    }
    return unit(Long.parseLong(m.group(1)), m.group(2));
  }

  private static Duration unit(long amount, String unit) {
    return switch (unit) {
      case "second" -> Duration.ofSeconds(amount);
      case "minute" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }

  /** The kit's view of the target's time, as a {@link Clock} for the test IdP. */
  private static final class FollowingClock extends Clock {

    private final Supplier<Instant> now;

    FollowingClock(Supplier<Instant> now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
