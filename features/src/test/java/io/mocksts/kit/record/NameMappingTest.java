package io.mocksts.kit.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.kit.target.Profile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NameMappingTest {

  private static final Path WORLD =
      Path.of(System.getProperty("sts.fixtures", "../fixtures")).resolve("world.yaml");

  private static NameMapping secondWorld() {
    return NameMapping.between(
        Profile.read(Path.of("targets", "second-world.yaml"), System::getenv),
        Profile.read(WORLD, System::getenv),
        WORLD);
  }

  @Test
  void theSecondWorldsNamesAndIdsTranslateBackToTheLogicalOnes() {
    NameMapping mapping = secondWorld();

    assertThat(mapping.text("acs:ram::5550001112223334:role/Ops-Deployer"))
        .isEqualTo("acs:ram::1234567890123456:role/mock-role");
    assertThat(mapping.text("acs:ram::5550001112223334:role/ops-deployer/alice-session"))
        .isEqualTo("acs:ram::1234567890123456:role/mock-role/alice-session");
    assertThat(mapping.text("acs:ram::5550001112223334:saml-provider/corp-adfs"))
        .isEqualTo("acs:ram::1234567890123456:saml-provider/mock-idp");
    assertThat(mapping.text("acs:ram::5550001112223334:user/ana.lopez"))
        .isEqualTo("acs:ram::1234567890123456:user/alice");
    assertThat(mapping.text("a value that names nothing")).isEqualTo("a value that names nothing");
  }

  @Test
  void aKeyOfTheTargetBecomesTheReferencesKeyOfTheSameIdentity() {
    NameMapping mapping = secondWorld();

    Translation.Key alice =
        mapping.key(
            new Translation.Key(
                "LTAI5tSecondWorldAna0001", "SecondWorldAnaKeySecret0000001", null));

    assertThat(alice)
        .isEqualTo(
            new Translation.Key(
                "LTAI5tMockAliceAccessKey", "MockAliceAccessKeySecret000001", null));
    Translation.Key unknown = new Translation.Key("LTAI5tNobodysKey000000", "x", null);
    assertThat(mapping.key(unknown)).isEqualTo(unknown);
  }

  @Test
  void issuedCredentialsStandForTheReferencesWithOrWithoutTheirToken() {
    NameMapping mapping = secondWorld();
    mapping.issued(
        new Translation.Key("STS.target", "targetSecret", "targetToken"),
        new Translation.Key("STS.reference", "referenceSecret", "referenceToken"));

    assertThat(mapping.key(new Translation.Key("STS.target", "targetSecret", "targetToken")))
        .isEqualTo(new Translation.Key("STS.reference", "referenceSecret", "referenceToken"));
    assertThat(mapping.key(new Translation.Key("STS.target", "targetSecret", null)))
        .as("a token left out stays out")
        .isEqualTo(new Translation.Key("STS.reference", "referenceSecret", null));
    assertThat(mapping.text("targetToken-altered")).isEqualTo("referenceToken-altered");
  }

  @Test
  void theSameWorldOnBothSidesTranslatesNothing() {
    NameMapping mapping =
        NameMapping.between(
            Profile.read(WORLD, System::getenv), Profile.read(WORLD, System::getenv), WORLD);

    assertThat(mapping.identity()).isTrue();
    assertThat(mapping.text("acs:ram::1234567890123456:role/mock-role"))
        .isEqualTo("acs:ram::1234567890123456:role/mock-role");
  }
}
