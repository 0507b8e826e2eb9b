package io.mocksts.internal.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.idp.TestIssuer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar mock-sts.jar oidc-token --vendor alibaba|tencent --subject S ...}: prints signed
 * ID tokens of the bundled test issuer, one per line, that the default world's OIDC provider of
 * that vendor accepts. Every claim, time, algorithm and header can be changed, to make tokens the
 * STS must refuse.
 */
@Command(
    name = "oidc-token",
    mixinStandardHelpOptions = true,
    header = "Prints signed ID tokens of the bundled test OIDC issuer, one per line.",
    description = {
      "Prints signed JWTs of the bundled TEST OIDC issuer (fixtures/oidc/), one per line.",
      "With the defaults the default world's provider mock-oidc accepts them:",
      "  Alibaba AssumeRoleWithOIDC  OIDCProviderArn acs:ram::1234567890123456:oidc-provider/mock-oidc",
      "                              RoleArn acs:ram::1234567890123456:role/mock-oidc-role",
      "  Tencent AssumeRoleWithWebIdentity  ProviderId mock-oidc",
      "                              RoleArn qcs::cam::uin/100000000001:roleName/mock-oidc-role",
      "Times are ISO-8601 instants (2026-11-01T08:00:00Z) or Unix seconds."
    })
public final class OidcTokenCommand implements Callable<Integer> {

  /** The vendor whose default-world provider the token is for. */
  enum Vendor {
    alibaba("sts.aliyuncs.com"),
    tencent("sts.cloud.tencent.com");

    final String audience;

    Vendor(String audience) {
      this.audience = audience;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--vendor",
      required = true,
      description = "alibaba or tencent: chooses the default audience")
  Vendor vendor;

  @Option(names = "--subject", required = true, paramLabel = "S", description = "the sub claim")
  String subject;

  @Option(
      names = "--audience",
      paramLabel = "A",
      description =
          "an aud value; repeat for several (default: sts.aliyuncs.com for alibaba,"
              + " sts.cloud.tencent.com for tencent)")
  List<String> audiences = new ArrayList<>();

  @Option(
      names = "--issuer",
      paramLabel = "URL",
      description = "the iss claim (default: ${DEFAULT-VALUE})")
  String issuer = TestIssuer.ISSUER;

  @Option(
      names = "--lifetime",
      paramLabel = "SECONDS",
      description = "seconds from iat to exp (default: ${DEFAULT-VALUE})")
  long lifetime = TestIssuer.DEFAULT_LIFETIME.toSeconds();

  @Option(names = "--issued-at", paramLabel = "TIME", description = "iat (default: now)")
  String issuedAt;

  @Option(names = "--not-before", paramLabel = "TIME", description = "nbf (default: none)")
  String notBefore;

  @Option(
      names = "--expires-at",
      paramLabel = "TIME",
      description = "exp (default: iat plus the lifetime)")
  String expiresAt;

  @Option(
      names = "--algorithm",
      paramLabel = "ALG",
      description =
          "RS256 (default), RS384, RS512, PS256, PS384, PS512 (RSA key) or ES256 (P-256 key)")
  String algorithm = "RS256";

  @Option(
      names = "--kid",
      paramLabel = "K",
      description =
          "the kid header; a kid of the issuer's keys also chooses the signing key"
              + " (default: the signing key's own, mock-oidc-rsa-1 or mock-oidc-ec-1)")
  String kid;

  @Option(
      names = "--claim",
      paramLabel = "NAME=VALUE",
      description =
          "an extra claim (a string); NAME:=JSON for a number, boolean, list or object;"
              + " repeatable. A registered claim (iss, sub, aud, exp, ...) is replaced")
  List<String> claims = new ArrayList<>();

  @Option(
      names = "--without",
      paramLabel = "CLAIM",
      description = "leave a claim out (iss, sub, aud, exp, iat, jti); repeatable")
  List<String> without = new ArrayList<>();

  @Option(
      names = "--keys",
      paramLabel = "FILE",
      description =
          "sign with this private JWK set instead of the bundled one"
              + " (e.g. fixtures/oidc/attacker-keys.json, whose tokens must be refused)")
  Path keys;

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "print N distinct tokens (each has its own jti; default: ${DEFAULT-VALUE})")
  int count = 1;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "write the token to FILE without a trailing newline (as ALIBABA_CLOUD_OIDC_TOKEN_FILE"
              + " and TKE_WEB_IDENTITY_TOKEN_FILE readers send the file's content as the token)"
              + " instead of printing it")
  Path out;

  /** Where "now" comes from; tests fix it. */
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    if (count < 1) {
      throw bad("--count must be at least 1");
    }
    TestIssuer signer;
    try {
      signer =
          keys == null
              ? TestIssuer.bundled(clock)
              : TestIssuer.fromJwkSet(Files.readString(keys, StandardCharsets.UTF_8), clock);
    } catch (IOException | IllegalArgumentException e) {
      throw bad("cannot use --keys " + keys + ": " + e.getMessage());
    }
    if (out != null) {
      if (count != 1) {
        throw bad("--out writes one token; leave out --count");
      }
      try {
        Files.writeString(out, token(signer), StandardCharsets.US_ASCII);
      } catch (IOException e) {
        throw bad("cannot write --out " + out + ": " + e.getMessage());
      }
      return 0;
    }
    PrintWriter printer = spec.commandLine().getOut();
    for (int i = 0; i < count; i++) {
      printer.println(token(signer));
    }
    printer.flush();
    return 0;
  }

  private String token(TestIssuer signer) {
    TestIssuer.Token token =
        signer
            .token(subject)
            .issuer(issuer)
            .audiences(audiences.isEmpty() ? List.of(vendor.audience) : audiences)
            .lifetime(Duration.ofSeconds(lifetime));
    try {
      token.algorithm(algorithm.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad("unknown --algorithm " + algorithm);
    }
    if (issuedAt != null) {
      token.issuedAt(time("--issued-at", issuedAt));
    }
    if (notBefore != null) {
      token.notBefore(time("--not-before", notBefore));
    }
    if (expiresAt != null) {
      token.expiresAt(time("--expires-at", expiresAt));
    }
    if (kid != null) {
      token.keyId(kid);
    }
    for (String claim : claims) {
      claim(token, claim);
    }
    without.forEach(token::without);
    try {
      return token.sign();
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  private void claim(TestIssuer.Token token, String claim) {
    int json = claim.indexOf(":=");
    int text = claim.indexOf('=');
    if (json > 0 && json < text) {
      try {
        token.claim(
            claim.substring(0, json), JSON.readValue(claim.substring(json + 2), Object.class));
      } catch (JsonProcessingException e) {
        throw bad("--claim " + claim + ": the value after := is not JSON");
      }
    } else if (text > 0) {
      token.claim(claim.substring(0, text), claim.substring(text + 1));
    } else {
      throw bad("--claim takes NAME=VALUE or NAME:=JSON, not " + claim);
    }
  }

  private Instant time(String option, String value) {
    try {
      return value.matches("-?[0-9]+")
          ? Instant.ofEpochSecond(Long.parseLong(value))
          : Instant.parse(value);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw bad(option + " takes an ISO-8601 instant or Unix seconds, not " + value);
    }
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
