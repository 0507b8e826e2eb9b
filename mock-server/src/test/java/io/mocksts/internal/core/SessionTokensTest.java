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

  @Test
  void whenMintedThenTheTokenNamesTheCurrentKeyAfterTheVendorPrefix() {
    SessionTokens sealed = new SessionTokens(clock, MasterKeys.of("k7", new byte[32]));

    assertThat(sealed.mint(template(), ALIBABA).securityToken()).startsWith("CAISk7.");
  }

  @Test
  void whenAnInstanceRotatesThenItAcceptsOlderKeyTokensWithTheirSecretAndSealsWithTheNewKey() {
    String k1 = MasterKeys.generateLine("k1");
    String k2 = MasterKeys.generateLine("k2");
    SessionTokens old = new SessionTokens(clock, MasterKeys.parse(k1));
    SessionTokens rotated = new SessionTokens(clock, MasterKeys.parse(k2 + "\n" + k1));
    IssuedCredentials underK1 = old.mint(template(), ALIBABA);

    SessionTokens.Check check =
        rotated.check(underK1.accessKeyId(), underK1.securityToken(), ALIBABA);

    assertThat(check).isInstanceOf(SessionTokens.Check.Valid.class);
    SessionTokens.Check.Valid valid = (SessionTokens.Check.Valid) check;
    assertThat(valid.keyId()).isEqualTo("k1");
    assertThat(rotated.secretFor(valid, 44)).isEqualTo(underK1.accessKeySecret());
    IssuedCredentials underK2 = rotated.mint(template(), ALIBABA);
    assertThat(underK2.securityToken()).startsWith("CAISk2.");
    assertThat(old.check(underK2.accessKeyId(), underK2.securityToken(), ALIBABA))
        .isInstanceOf(SessionTokens.Check.Malformed.class);
  }

  @Test
  void whenTheTokenNamesAnUnknownKeyThenItIsMalformed() {
    SessionTokens sealed = new SessionTokens(clock, MasterKeys.of("k1", new byte[32]));
    IssuedCredentials credentials = sealed.mint(template(), ALIBABA);
    String renamed = credentials.securityToken().replaceFirst("^CAISk1\\.", "CAISk9.");

    assertThat(sealed.check(credentials.accessKeyId(), renamed, ALIBABA))
        .isInstanceOf(SessionTokens.Check.Malformed.class);
  }

  @Test
  void whenTheKeyIdIsChangedToAnotherKnownKeyThenTheSealNoLongerMatches() {
    String k1 = MasterKeys.generateLine("k1");
    String k2 = MasterKeys.generateLine("k2");
    SessionTokens both = new SessionTokens(clock, MasterKeys.parse(k1 + "\n" + k2));
    IssuedCredentials credentials = both.mint(template(), ALIBABA);
    String relabelled = credentials.securityToken().replaceFirst("^CAISk1\\.", "CAISk2.");

    assertThat(both.check(credentials.accessKeyId(), relabelled, ALIBABA))
        .isInstanceOf(SessionTokens.Check.Malformed.class);
  }

  @Test
  void whenCredentialsAreMintedThenTheLogRecordsThemWithoutSecretOrToken() {
    IssuedLog log = new IssuedLog(2);
    SessionTokens logged = new SessionTokens(clock, MasterKeys.of("k1", new byte[32]), log);

    IssuedCredentials first = logged.mint(template(), ALIBABA, "AssumeRole", "acs:ram::1:x/y");
    logged.mint(template(), ALIBABA, "AssumeRoleWithSAML", "acs:ram::1:x/z");
    IssuedCredentials third = logged.mint(template(), ALIBABA, "AssumeRoleWithOIDC", null);

    assertThat(log.total()).isEqualTo(3);
    assertThat(log.newestFirst())
        .extracting(IssuedLog.Entry::action)
        .containsExactly("AssumeRoleWithOIDC", "AssumeRoleWithSAML");
    IssuedLog.Entry newest = log.newestFirst().get(0);
    assertThat(newest.accessKeyId()).isEqualTo(third.accessKeyId());
    assertThat(newest.issuedAt()).isEqualTo(NOW);
    assertThat(newest.expiration()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(newest.keyId()).isEqualTo("k1");
    assertThat(log.newestFirst().toString())
        .doesNotContain(third.accessKeySecret())
        .doesNotContain(third.securityToken())
        .doesNotContain(first.accessKeyId());
  }
}
