package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTokensTest {

  /** The Alibaba shape, as {@code RpcAuthenticator} uses it. */
  private static final SessionTokens.Format ALIBABA =
      new SessionTokens.Format("STS.", 25, 44, "CAIS");

  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

  private final MutableClock clock = new MutableClock(Clock.fixed(NOW, ZoneOffset.UTC));
  private final SessionTokens tokens = new SessionTokens(clock);

  private static Session template() {
    return new Session(
        Vendor.ALIBABA,
        Session.Kind.ROLE,
        "1234567890123456",
        "mock-role",
        "300000000000000001",
        "s1",
        "ignored",
        NOW.plusSeconds(3600),
        "Alice",
        null);
  }

  @Test
  void whenCredentialsAreMintedThenTheyHaveTheAlibabaShape() {
    IssuedCredentials credentials = tokens.mint(template(), ALIBABA);

    assertThat(credentials.accessKeyId()).matches("STS\\.[A-Za-z0-9]{25}");
    assertThat(credentials.accessKeySecret()).matches("[A-Za-z0-9]{44}");
    assertThat(credentials.securityToken()).startsWith("CAIS");
    assertThat(credentials.expiration()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(credentials.toString()).doesNotContain(credentials.accessKeySecret());
  }

  @Test
  void whenCredentialsAreMintedTwiceThenTheAccessKeyIdsDiffer() {
    assertThat(tokens.mint(template(), ALIBABA).accessKeyId())
        .isNotEqualTo(tokens.mint(template(), ALIBABA).accessKeyId());
  }

  @Test
  void whenAMintedTokenIsCheckedThenItIsValidAndCarriesTheSession() {
    IssuedCredentials credentials = tokens.mint(template(), ALIBABA);

    SessionTokens.Check check =
        tokens.check(credentials.accessKeyId(), credentials.securityToken(), ALIBABA);

    assertThat(check).isInstanceOf(SessionTokens.Check.Valid.class);
    Session session = ((SessionTokens.Check.Valid) check).session();
    assertThat(session.accessKeyId()).isEqualTo(credentials.accessKeyId());
    assertThat(session)
        .usingRecursiveComparison()
        .ignoringFields("accessKeyId")
        .isEqualTo(template());
  }

  @Test
  void whenTheMintedSecretIsLookedUpThenSecretForReturnsIt() {
    IssuedCredentials credentials = tokens.mint(template(), ALIBABA);

    assertThat(tokens.secretFor(credentials.accessKeyId(), 44))
        .isEqualTo(credentials.accessKeySecret());
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 10, 40})
  void whenOneCharacterOfTheTokenIsChangedThenItIsMalformed(int position) {
    IssuedCredentials credentials = tokens.mint(template(), ALIBABA);
    String token = credentials.securityToken();
    char original = token.charAt(position);
    String edited =
        token.substring(0, position)
            + (original == 'A' ? 'B' : 'A')
            + token.substring(position + 1);

    assertThat(tokens.check(credentials.accessKeyId(), edited, ALIBABA))
        .isInstanceOf(SessionTokens.Check.Malformed.class);
  }

  @Test
  void whenTheSignaturePartOfTheTokenIsChangedThenItIsMalformed() {
    IssuedCredentials credentials = tokens.mint(template(), ALIBABA);
    String token = credentials.securityToken();
    int position = token.lastIndexOf('.') + 3;
    char original = token.charAt(position);
    String edited =
        token.substring(0, position)
            + (original == 'A' ? 'B' : 'A')
            + token.substring(position + 1);

    assertThat(tokens.check(credentials.accessKeyId(), edited, ALIBABA))
        .isInstanceOf(SessionTokens.Check.Malformed.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "CAIS", "CAIS.", "CAISabc", "CAISabc.def", "XXXXabc.def", "CAIS!!.!!"})
  void whenTokenIsNotOneThisMockIssuedThenItIsMalformed(String token) {
    assertThat(tokens.check("STS.x", token, ALIBABA))
        .isInstanceOf(SessionTokens.Check.Malformed.class);
  }

  @Test
  void whenTokenIsNullThenItIsMalformed() {
    assertThat(tokens.check("STS.x", null, ALIBABA))
        .isInstanceOf(SessionTokens.Check.Malformed.class);
  }

  @Test
  void whenTokenIsPresentedWithAnotherAccessKeyIdThenItIsAMismatch() {
    IssuedCredentials first = tokens.mint(template(), ALIBABA);
    IssuedCredentials second = tokens.mint(template(), ALIBABA);

    assertThat(tokens.check(second.accessKeyId(), first.securityToken(), ALIBABA))
        .isInstanceOf(SessionTokens.Check.Mismatch.class);
  }

  @Test
  void whenTheSessionHasExpiredThenTheTokenIsExpired() {
    IssuedCredentials credentials = tokens.mint(template(), ALIBABA);

    clock.advance(Duration.ofSeconds(3599));
    assertThat(tokens.check(credentials.accessKeyId(), credentials.securityToken(), ALIBABA))
        .isInstanceOf(SessionTokens.Check.Valid.class);
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.check(credentials.accessKeyId(), credentials.securityToken(), ALIBABA))
        .isInstanceOf(SessionTokens.Check.Expired.class);
  }

  @Test
  void whenTheTokenComesFromAnotherInstanceThenItIsMalformed() {
    IssuedCredentials credentials = new SessionTokens(clock).mint(template(), ALIBABA);

    assertThat(tokens.check(credentials.accessKeyId(), credentials.securityToken(), ALIBABA))
        .isInstanceOf(SessionTokens.Check.Malformed.class);
  }

  @Test
  void whenTwoInstancesShareAKeyThenTheyAcceptEachOthersTokens() {
    byte[] key = new byte[32];
    IssuedCredentials credentials =
        new SessionTokens(clock, MasterKeys.of("k1", key)).mint(template(), ALIBABA);

    assertThat(
            new SessionTokens(clock, MasterKeys.of("k1", key))
                .check(credentials.accessKeyId(), credentials.securityToken(), ALIBABA))
        .isInstanceOf(SessionTokens.Check.Valid.class);
  }

  @Test
  void whenSecretIsDerivedTwiceThenItIsTheSamePerInstanceAndDiffersAcrossInstances() {
    String id = "STS.abcdefghijklmnopqrstuvwxy";

    assertThat(tokens.secretFor(id, 44)).isEqualTo(tokens.secretFor(id, 44)).hasSize(44);
    assertThat(new SessionTokens(clock).secretFor(id, 44)).isNotEqualTo(tokens.secretFor(id, 44));
    assertThat(tokens.secretFor(id + "z", 44)).isNotEqualTo(tokens.secretFor(id, 44));
  }

  @Test
  void whenTheTokenPrefixDiffersFromTheFormatThenItIsMalformed() {
    IssuedCredentials credentials = tokens.mint(template(), ALIBABA);
    SessionTokens.Format other = new SessionTokens.Format("STS.", 25, 44, "TCST");

    assertThat(tokens.check(credentials.accessKeyId(), credentials.securityToken(), other))
        .isInstanceOf(SessionTokens.Check.Malformed.class);
  }
}
