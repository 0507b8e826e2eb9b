package io.mocksts.kit.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProfileTest {

  private static final Path FIXTURES = Path.of(System.getProperty("sts.fixtures", "../fixtures"));

  @Test
  void aWorldFileIsAProfileWhoseLogicalNamesAreTheTargetsNames() {
    Profile world = Profile.read(FIXTURES.resolve("world.yaml"), name -> null);

    assertThat(world.userName("alibaba", "main", "alice")).isEqualTo("alice");
    assertThat(world.roleName("tencent", "main", "mock-role")).isEqualTo("mock-role");
    assertThat(world.samlProviderName("alibaba", "main", "mock-idp")).isEqualTo("mock-idp");
    assertThat(world.oidcProviderName("tencent", "main", "mock-oidc")).isEqualTo("mock-oidc");
    assertThat(world.accountId("alibaba", "main")).isEqualTo("1234567890123456");
  }

  @Test
  void theSecondWorldsProfileMapsEveryKindOfNameAndLooksKeysUpByLogicalName() {
    Profile second = Profile.read(Path.of("targets", "second-world.yaml"), name -> null);

    assertThat(second.accountId("alibaba", "main")).isEqualTo("5550001112223334");
    assertThat(second.accountId("tencent", "other")).isEqualTo("400000000011");
    assertThat(second.userName("alibaba", "other", "mallory")).isEqualTo("mona.grey");
    assertThat(second.userName("tencent", "main", "alice")).isEqualTo("ana.lopez");
    assertThat(second.userId("tencent", "main", "alice")).isEqualTo("300000000012");
    assertThat(second.userKey("alibaba", "main", "alice").id())
        .isEqualTo("LTAI5tSecondWorldAna0001");
    assertThat(second.userKeyRecord("alibaba", "main", "carol").active()).isFalse();
    assertThat(second.mfaSecret("tencent", "main", "alice")).contains("KRSXG5CTMVRXEZLU");
    assertThat(second.roleName("alibaba", "main", "mock-role")).isEqualTo("Ops-Deployer");
    assertThat(second.roleId("alibaba", "main", "mock-role")).contains("388000000000000101");
    assertThat(second.samlProviderName("tencent", "main", "mock-second-idp"))
        .isEqualTo("corp-okta");
    assertThat(second.oidcProviderName("alibaba", "main", "mock-oidc-unreachable"))
        .isEqualTo("corp-oidc-offline");
  }

  @Test
  void aNameTheProfileDoesNotListIsItsOwnTargetName() {
    Profile second = Profile.read(Path.of("targets", "second-world.yaml"), name -> null);

    assertThat(second.roleName("alibaba", "main", "no-such-role")).isEqualTo("no-such-role");
    assertThat(second.samlProviderName("alibaba", "other", "mock-idp")).isEqualTo("mock-idp");
  }
}
