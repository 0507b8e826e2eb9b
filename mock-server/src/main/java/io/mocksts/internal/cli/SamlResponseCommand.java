package io.mocksts.internal.cli;

import io.mocksts.idp.SamlResponseBuilder;
import io.mocksts.idp.SamlResponseBuilder.Signing;
import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.SamlProfile;
import io.mocksts.internal.saml.SignatureAlgorithm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mock-sts.jar saml-response}: prints signed, Base64-encoded SAML Responses of the test IdP,
 * valid now, ready to send as {@code SAMLAssertion}.
 */
@Command(
    name = "saml-response",
    mixinStandardHelpOptions = true,
    header = "Prints signed SAML Responses of the bundled test IdP, ready for AssumeRoleWithSAML.",
    description = {
      "Prints a signed, Base64-encoded SAML 2.0 Response of the bundled test IdP, valid now,",
      "ready to send as SAMLAssertion to AssumeRoleWithSAML (one per line with --count)."
    })
final class SamlResponseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--vendor",
      required = true,
      paramLabel = "alibaba|tencent",
      description = "whose attribute names, audience and recipient to use")
  String vendor;

  @Option(names = "--role", required = true, paramLabel = "ARN", description = "the role's ARN")
  String role;

  @Option(
      names = "--provider",
      required = true,
      paramLabel = "ARN",
      description = "the SAML provider's ARN")
  String provider;

  @Option(
      names = "--session-name",
      paramLabel = "NAME",
      description = "the RoleSessionName attribute (default: ${DEFAULT-VALUE})")
  String sessionName = "alice";

  @Option(
      names = "--extra-role",
      paramLabel = "VALUE",
      description =
          "a further role attribute value as the vendor writes it, e.g. ROLE_ARN,PROVIDER_ARN"
              + " (Tencent also ROLE1;ROLE2,PROVIDER); repeatable")
  List<String> extraRoles = new ArrayList<>();

  @Option(
      names = "--session-duration",
      paramLabel = "SECONDS",
      description = "the SessionDuration attribute (Alibaba only)")
  String sessionDuration;

  @Option(
      names = "--attribute",
      paramLabel = "NAME=VALUE",
      description = "a further attribute value; repeat a name for several values")
  List<String> extraAttributes = new ArrayList<>();

  @Option(names = "--name-id", paramLabel = "VALUE", description = "NameID (default: alice)")
  String nameId;

  @Option(names = "--name-id-format", paramLabel = "URI", description = "NameID Format")
  String nameIdFormat;

  @Option(
      names = "--issuer",
      paramLabel = "URI",
      description = "Issuer / entityID (default: " + TestIdp.ENTITY_ID + ")")
  String issuer;

  @Option(
      names = "--audience",
      paramLabel = "URI",
      description = "an Audience (default: the vendor's first); repeatable")
  List<String> audiences = new ArrayList<>();

  @Option(
      names = "--recipient",
      paramLabel = "URL",
      description = "SubjectConfirmationData Recipient (default: the vendor's ACS URL)")
  String recipient;

  @Option(
      names = "--destination",
      paramLabel = "URL",
      description = "Response Destination (default: the vendor's ACS URL)")
  String destination;

  @Option(
      names = "--not-before",
      paramLabel = "INSTANT",
      description = "Conditions NotBefore, e.g. 2026-01-01T00:00:00Z (default: a minute ago)")
  Instant notBefore;

  @Option(
      names = "--not-on-or-after",
      paramLabel = "INSTANT",
      description = "end of validity (default: now + --valid-for)")
  Instant notOnOrAfter;

  @Option(
      names = "--valid-for",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "validity from now: seconds or ISO-8601 such as PT1H (default: 300)")
  Duration validFor = Duration.ofMinutes(5);

  @Option(
      names = "--session-not-on-or-after",
      paramLabel = "INSTANT",
      description = "AuthnStatement SessionNotOnOrAfter (default: none)")
  Instant sessionNotOnOrAfter;

  @Option(
      names = "--sign",
      paramLabel = "WHAT",
      description = "response, assertion, both or none (default: ${DEFAULT-VALUE})")
  Signing sign = Signing.ASSERTION;

  @Option(
      names = "--algorithm",
      paramLabel = "ALG",
      converter = AlgorithmConverter.class,
      description = "rsa-sha256 (default), rsa-sha384, rsa-sha512, rsa-sha1, ecdsa-sha256, ...")
  SignatureAlgorithm algorithm = SignatureAlgorithm.RSA_SHA256;

  @Option(
      names = "--key",
      paramLabel = "FILE",
      description = "PKCS#8 PEM signing key (default: the bundled fixtures/idp/idp-key.pem)")
  Path key;

  @Option(
      names = "--cert",
      paramLabel = "FILE",
      description = "PEM certificate of --key (default: the bundled fixtures/idp/idp-cert.pem)")
  Path cert;

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "print N distinct Responses, one per line (default: ${DEFAULT-VALUE})")
  int count = 1;

  @Option(names = "--xml", description = "print the XML instead of Base64")
  boolean xml;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    if ((key == null) != (cert == null)) {
      throw new CommandLine.ParameterException(cli, "--key and --cert go together");
    }
    if (count < 1) {
      throw new CommandLine.ParameterException(cli, "--count must be at least 1");
    }
    SamlProfile profile;
    try {
      profile = SamlProfile.forVendor(vendor);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--vendor must be alibaba or tencent");
    }
    Clock clock = Clock.systemUTC();
    String entityId = issuer != null ? issuer : TestIdp.ENTITY_ID;
    TestIdp idp =
        key == null
            ? TestIdp.bundled(clock)
            : TestIdp.fromPem(entityId, read(key), read(cert), clock);
    SamlResponseBuilder builder =
        idp.response(profile.vendor())
            .issuer(entityId)
            .role(role, provider)
            .sessionName(sessionName)
            .sign(sign)
            .algorithm(algorithm.cliName())
            .validFor(validFor)
            .sessionNotOnOrAfter(sessionNotOnOrAfter);
    extraRoles.forEach(builder::roleValue);
    if (sessionDuration != null) {
      try {
        builder.sessionDuration(sessionDuration);
      } catch (IllegalStateException e) {
        throw new CommandLine.ParameterException(cli, "--session-duration: " + e.getMessage());
      }
    }
    for (String attribute : extraAttributes) {
      int eq = attribute.indexOf('=');
      if (eq < 1) {
        throw new CommandLine.ParameterException(cli, "--attribute needs NAME=VALUE: " + attribute);
      }
      builder.attribute(attribute.substring(0, eq), attribute.substring(eq + 1));
    }
    if (nameId != null) {
      builder.nameId(nameId);
    }
    if (nameIdFormat != null) {
      builder.nameIdFormat(nameIdFormat);
    }
    if (!audiences.isEmpty()) {
      builder.audiences(audiences.toArray(String[]::new));
    }
    if (recipient != null) {
      builder.recipient(recipient);
    }
    if (destination != null) {
      builder.destination(destination);
    }
    if (notBefore != null) {
      builder.notBefore(notBefore);
    }
    if (notOnOrAfter != null) {
      builder.notOnOrAfter(notOnOrAfter);
    }
    PrintWriter out = cli.getOut();
    for (int i = 0; i < count; i++) {
      out.println(xml ? builder.toXml() : builder.toBase64());
    }
    out.flush();
    return 0;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Seconds ({@code 300}) or ISO-8601 ({@code PT5M}). */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return value.chars().allMatch(Character::isDigit)
          ? Duration.ofSeconds(Long.parseLong(value))
          : Duration.parse(value);
    }
  }

  /** {@code rsa-sha256}, {@code RSA_SHA256} or the algorithm URI. */
  static final class AlgorithmConverter implements CommandLine.ITypeConverter<SignatureAlgorithm> {
    @Override
    public SignatureAlgorithm convert(String value) {
      return SignatureAlgorithm.parse(value);
    }
  }
}
