package io.mocksts.internal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.idp.TestIssuer;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.Provider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link OidcValidator}: one test (at least) per {@link OidcRejection.Reason}, and the happy path.
 */
class OidcValidatorTest {

  static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");
  static final String AUDIENCE = "sts.aliyuncs.com";

  private final MutableClock clock = new MutableClock(Clock.fixed(NOW, ZoneOffset.UTC));
  private final OidcValidator validator = new OidcValidator(clock);
  private final TestIssuer issuer = TestIssuer.bundled(clock);
  private final Provider provider = provider(12);

  static String bundledJwks() {
    try {
      return Files.readString(Path.of("..", "fixtures", "oidc", "jwks.json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Provider provider(int issuanceLimitHours) {
    return new Provider(
        "mock-oidc",
        TestIssuer.ISSUER,
        List.of(AUDIENCE, "other-client"),
        "",
        bundledJwks(),
        issuanceLimitHours);
  }

  TestIssuer.Token token() {
    return issuer.token("alice").audience(AUDIENCE);
  }

  OidcRejection.Reason rejected(String jwt) {
    return rejected(jwt, provider);
  }

  OidcRejection.Reason rejected(String jwt, Provider p) {
    OidcResult result = validator.validate(jwt, p);
    assertThat(result).isInstanceOf(OidcRejection.class);
    OidcRejection rejection = (OidcRejection) result;
    assertThat(rejection.detail()).isNotBlank();
    return rejection.reason();
  }

  static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Nested
  class Accepted {

    @Test
    void whenTheBundledIssuerSignsARs256TokenThenEveryClaimIsReturned() {
      String jwt = token().claim("email", "alice@example.com").sign();

      OidcResult result = validator.validate(jwt, provider);

      assertThat(result).isInstanceOf(ValidatedToken.class);
      ValidatedToken token = (ValidatedToken) result;
      assertThat(token.issuer()).isEqualTo(TestIssuer.ISSUER);
      assertThat(token.subject()).isEqualTo("alice");
      assertThat(token.audiences()).containsExactly(AUDIENCE);
      assertThat(token.issuedAt()).isEqualTo(NOW);
      assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
      assertThat(token.notBefore()).isNull();
      assertThat(token.claims()).containsEntry("email", "alice@example.com").containsKey("jti");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256"})
    void whenTheTokenIsSignedWithAnAllowedAlgorithmThenItIsAccepted(String algorithm) {
      assertThat(validator.validate(token().algorithm(algorithm).sign(), provider))
          .isInstanceOf(ValidatedToken.class);
    }

    @Test
    void whenTheTokenHasSeveralAudiencesOfWhichOneIsAClientIdThenItIsAccepted() {
      ValidatedToken token =
          (ValidatedToken)
              validator.validate(
                  issuer.token("alice").audience("someone-else", AUDIENCE).sign(), provider);

      assertThat(token.audiences()).containsExactly("someone-else", AUDIENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "ES256"})
    void whenTheHeaderHasNoKidThenEveryKeyThatFitsTheAlgorithmIsTried(String algorithm) {
      String jwt = token().algorithm(algorithm).withoutKeyId().sign();

      assertThat(validator.validate(jwt, provider)).isInstanceOf(ValidatedToken.class);
    }

    @Test
    void whenNbfHasBeenReachedThenTheTokenIsAccepted() {
      assertThat(validator.validate(token().notBefore(NOW).sign(), provider))
          .isInstanceOf(ValidatedToken.class);
    }

    @Test
    void whenIatIsExactlyTheIssuanceLimitAgoThenTheTokenIsAccepted() {
      String jwt =
          token().issuedAt(NOW.minus(Duration.ofHours(12))).expiresAt(NOW.plusSeconds(60)).sign();

      assertThat(validator.validate(jwt, provider)).isInstanceOf(ValidatedToken.class);
    }
  }

  @Nested
  class Rejected {

    @Test
    void whenTheTokenIsShorterThan4CharactersThenItIsTooShort() {
      assertThat(rejected("e.e")).isEqualTo(OidcRejection.Reason.TOO_SHORT);
      assertThat(rejected("")).isEqualTo(OidcRejection.Reason.TOO_SHORT);
    }

    @Test
    void whenTheTokenIsLongerThan20000CharactersThenItIsTooLong() {
      String jwt = token().claim("pad", "x".repeat(20_000)).sign();

      assertThat(rejected(jwt)).isEqualTo(OidcRejection.Reason.TOO_LONG);
    }

    @Test
    void whenTheTokenHasTwoSegmentsThenItIsMalformed() {
      String jwt = token().sign();

      assertThat(rejected(jwt.substring(0, jwt.lastIndexOf('.'))))
          .isEqualTo(OidcRejection.Reason.MALFORMED);
    }

    @Test
    void whenTheTokenHasAPaddedSegmentThenItIsMalformed() {
      String jwt = token().sign();

      assertThat(rejected(jwt + "=")).isEqualTo(OidcRejection.Reason.MALFORMED);
    }

    @Test
    void whenTheHeaderSaysAlgNoneThenTheTokenIsRefusedAsUnsecured() {
      String jwt = token().sign();
      String payload = jwt.split("\\.")[1];

      assertThat(rejected(b64("{\"alg\":\"none\"}") + "." + payload + "."))
          .isEqualTo(OidcRejection.Reason.ALG_NONE);
    }

    @Test
    void whenTheHeaderNamesHs256ThenTheAlgorithmIsNotAllowed() {
      String jwt = token().sign();
      String[] parts = jwt.split("\\.");

      assertThat(
              rejected(
                  b64("{\"alg\":\"HS256\",\"kid\":\"mock-oidc-rsa-1\"}")
                      + "."
                      + parts[1]
                      + "."
                      + parts[2]))
          .isEqualTo(OidcRejection.Reason.ALG_NOT_ALLOWED);
    }

    @Test
    void whenTheKidNamesAnRsaKeyButTheAlgorithmIsEs256ThenTheAlgorithmIsNotAllowed() {
      String jwt = token().sign();
      String[] parts = jwt.split("\\.");

      assertThat(
              rejected(
                  b64("{\"alg\":\"ES256\",\"kid\":\"mock-oidc-rsa-1\"}")
                      + "."
                      + parts[1]
                      + "."
                      + parts[2]))
          .isEqualTo(OidcRejection.Reason.ALG_NOT_ALLOWED);
    }

    @Test
    void whenTheHeaderHasACritParameterThenItIsRefused() {
      String jwt = token().header("exp-ext", 1).header("crit", List.of("exp-ext")).sign();

      assertThat(rejected(jwt)).isEqualTo(OidcRejection.Reason.UNSUPPORTED_CRITICAL_HEADER);
    }

    @Test
    void whenTheProviderHasNoKeysThenNoTokenVerifies() {
      Provider keyless = new Provider("mock-oidc", TestIssuer.ISSUER, List.of(AUDIENCE), "");

      assertThat(rejected(token().sign(), keyless)).isEqualTo(OidcRejection.Reason.NO_KEYS);
    }

    @Test
    void whenTheProvidersKeysCannotBeParsedThenNoTokenVerifies() {
      Provider broken =
          new Provider(
              "mock-oidc",
              TestIssuer.ISSUER,
              List.of(AUDIENCE),
              "",
              "{\"keys\":[{\"kty\":1}]}",
              12);

      assertThat(rejected(token().sign(), broken)).isEqualTo(OidcRejection.Reason.NO_KEYS);
    }

    @Test
    void whenTheKidIsUnknownThenTheTokenIsRefused() {
      assertThat(rejected(token().keyId("no-such-key").sign()))
          .isEqualTo(OidcRejection.Reason.UNKNOWN_KID);
    }

    @Test
    void whenTheSignatureIsNotTheIssuersThenItDoesNotVerify() {
      String jwt = token().sign();
      String[] parts = jwt.split("\\.");
      String other = token().claim("sub", "mallory").sign().split("\\.")[2];

      assertThat(rejected(parts[0] + "." + parts[1] + "." + other))
          .isEqualTo(OidcRejection.Reason.BAD_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "aud", "sub", "exp", "iat"})
    void whenARequiredClaimIsMissingThenTheTokenIsRefused(String claim) {
      assertThat(rejected(token().without(claim).sign()))
          .isEqualTo(OidcRejection.Reason.MISSING_CLAIM);
    }

    @Test
    void whenTheSubjectIsBlankThenItCountsAsMissing() {
      assertThat(rejected(token().claim("sub", " ").sign()))
          .isEqualTo(OidcRejection.Reason.MISSING_CLAIM);
    }

    @Test
    void whenExpIsNotANumberThenTheTokenIsMalformed() {
      assertThat(rejected(token().claim("exp", "tomorrow").sign()))
          .isEqualTo(OidcRejection.Reason.MALFORMED);
    }

    @Test
    void whenTheIssuerIsAnotherUrlThenItDoesNotMatch() {
      assertThat(rejected(token().issuer("https://oidc.mock-sts.local/").sign()))
          .isEqualTo(OidcRejection.Reason.WRONG_ISSUER);
    }

    @Test
    void whenNoAudienceIsAClientIdThenItDoesNotMatch() {
      assertThat(rejected(issuer.token("alice").audience("sts.cloud.tencent.com").sign()))
          .isEqualTo(OidcRejection.Reason.WRONG_AUDIENCE);
    }

    @Test
    void whenTheClockReachesExpThenTheTokenHasExpired() {
      String jwt = token().lifetime(Duration.ofSeconds(60)).sign();
      clock.advance(Duration.ofSeconds(59));
      assertThat(validator.validate(jwt, provider)).isInstanceOf(ValidatedToken.class);

      clock.advance(Duration.ofSeconds(1));

      assertThat(rejected(jwt)).isEqualTo(OidcRejection.Reason.EXPIRED);
    }

    @Test
    void whenNbfIsAfterNowThenTheTokenIsNotYetValid() {
      assertThat(rejected(token().notBefore(NOW.plusSeconds(1)).sign()))
          .isEqualTo(OidcRejection.Reason.NOT_YET_VALID);
    }

    @Test
    void whenIatIsOneSecondInTheFutureThenTheTokenIsRefused() {
      assertThat(rejected(token().issuedAt(NOW.plusSeconds(1)).sign()))
          .isEqualTo(OidcRejection.Reason.ISSUED_IN_FUTURE);
    }

    @Test
    void whenIatIsOlderThanTheIssuanceLimitThenTheTokenIsRefused() {
      String jwt =
          token()
              .issuedAt(NOW.minus(Duration.ofHours(1)).minusSeconds(1))
              .expiresAt(NOW.plusSeconds(60))
              .sign();

      assertThat(rejected(jwt, provider(1))).isEqualTo(OidcRejection.Reason.ISSUED_TOO_LONG_AGO);
    }
  }
}
