package io.mocksts.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.internal.core.Provider;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.core.WorldLoader;
import io.mocksts.internal.oidc.OidcRejection;
import io.mocksts.internal.oidc.OidcResult;
import io.mocksts.internal.oidc.OidcValidator;
import io.mocksts.internal.oidc.ValidatedToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code mock-sts.jar oidc-token}: tokens the default world accepts, or not. */
class OidcTokenCommandTest {

  private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");
  private static final World WORLD = WorldLoader.defaultWorld();

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final OidcValidator validator = new OidcValidator(clock);
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    OidcTokenCommand command = new OidcTokenCommand();
    command.clock = clock;
    return new CommandLine(command)
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private List<String> tokens() {
    return Arrays.asList(out.toString().strip().split("\\R"));
  }

  private static Provider provider(Vendor vendor) {
    return WORLD.accounts(vendor).get(0).oidcProvider("mock-oidc").orElseThrow();
  }

  @Test
  void whenMainIsGivenOidcTokenThenTheSubcommandIsRegistered() {
    assertThat(new CommandLine(new Main()).getSubcommands()).containsKey("oidc-token");
  }

  @Test
  void whenAskedForAnAlibabaTokenThenTheDefaultWorldAcceptsIt() {
    assertThat(run("--vendor", "alibaba", "--subject", "alice")).isZero();

    OidcResult result = validator.validate(tokens().get(0), provider(Vendor.ALIBABA));
    assertThat(result).isInstanceOf(ValidatedToken.class);
    ValidatedToken token = (ValidatedToken) result;
    assertThat(token.subject()).isEqualTo("alice");
    assertThat(token.audiences()).containsExactly("sts.aliyuncs.com");
    assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
  }

  @Test
  void whenAskedForThreeTencentTokensThenThreeDistinctAcceptedTokensArePrinted() {
    assertThat(run("--vendor", "tencent", "--subject", "bob", "--count", "3")).isZero();

    assertThat(tokens()).hasSize(3).doesNotHaveDuplicates();
    for (String token : tokens()) {
      assertThat(validator.validate(token, provider(Vendor.TENCENT)))
          .isInstanceOf(ValidatedToken.class);
    }
  }

  @Test
  void whenEveryOptionIsGivenThenTheTokenCarriesIt() {
    assertThat(
            run(
                "--vendor", "alibaba",
                "--subject", "ci",
                "--audience", "sts.aliyuncs.com",
                "--audience", "other",
                "--algorithm", "es256",
                "--issued-at", "2026-11-01T07:00:00Z",
                "--not-before", String.valueOf(NOW.getEpochSecond() - 60),
                "--lifetime", "7200",
                "--claim", "repo=mock-sts",
                "--claim", "run:=42"))
        .isZero();

    ValidatedToken token =
        (ValidatedToken) validator.validate(tokens().get(0), provider(Vendor.ALIBABA));
    assertThat(token.audiences()).containsExactly("sts.aliyuncs.com", "other");
    assertThat(token.issuedAt()).isEqualTo(NOW.minusSeconds(3600));
    assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(token.notBefore()).isEqualTo(NOW.minusSeconds(60));
    assertThat(token.claims()).containsEntry("repo", "mock-sts").containsEntry("run", 42L);
  }

  @Test
  void whenTheTokenIsMadeToFailThenTheValidatorSaysWhy() {
    run("--vendor", "tencent", "--subject", "x", "--expires-at", NOW.toString());
    run("--vendor", "tencent", "--subject", "x", "--issuer", "https://elsewhere.example");
    run("--vendor", "tencent", "--subject", "x", "--kid", "unknown");
    run("--vendor", "tencent", "--subject", "x", "--without", "sub");
    run(
        "--vendor",
        "tencent",
        "--subject",
        "x",
        "--keys",
        Path.of("..", "fixtures", "oidc", "attacker-keys.json").toString(),
        "--kid",
        "mock-oidc-rsa-1");

    assertThat(
            tokens().stream()
                .map(t -> validator.validate(t, provider(Vendor.TENCENT)))
                .map(r -> ((OidcRejection) r).reason()))
        .containsExactly(
            OidcRejection.Reason.EXPIRED,
            OidcRejection.Reason.WRONG_ISSUER,
            OidcRejection.Reason.UNKNOWN_KID,
            OidcRejection.Reason.MISSING_CLAIM,
            OidcRejection.Reason.BAD_SIGNATURE);
  }

  @Test
  void whenAnOptionIsWrongThenExitCode2AndAMessage() {
    assertThat(run("--vendor", "alibaba", "--subject", "x", "--algorithm", "HS256")).isEqualTo(2);
    assertThat(run("--vendor", "alibaba", "--subject", "x", "--algorithm", "ES384")).isEqualTo(2);
    assertThat(run("--vendor", "alibaba", "--subject", "x", "--issued-at", "yesterday"))
        .isEqualTo(2);
    assertThat(run("--vendor", "alibaba", "--subject", "x", "--claim", "novalue")).isEqualTo(2);
    assertThat(run("--vendor", "alibaba", "--subject", "x", "--count", "0")).isEqualTo(2);
    assertThat(run("--vendor", "alibaba", "--subject", "x", "--keys", "no/such/file.json"))
        .isEqualTo(2);
    assertThat(run("--vendor", "aws", "--subject", "x")).isEqualTo(2);
    assertThat(run("--vendor", "alibaba")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("no key for ES384").contains("--issued-at");
  }
}
