package io.mocksts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mocksts.internal.core.WorldLoader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdentitiesTest {

  private final Identities identities = Identities.of(WorldLoader.defaultWorld());

  @Test
  void theAlibabaAccountsUsersRolesAndProvidersAreThoseOfTheWorld() {
    Identities.Account main = identities.alibaba().main();

    assertThat(identities.alibaba().accounts())
        .extracting(Identities.Account::alias)
        .containsExactly("main", "other");
    assertThat(main.user("bob").accessKeyId()).isEqualTo("LTAI5tMockBobAccessKey00");
    assertThat(main.rootKeys()).extracting(Identities.Key::id).contains("LTAI5tMockRootAccessKey0");
    assertThat(main.role("mock-long-role").maxSessionDuration()).isEqualTo(Duration.ofHours(12));
    assertThat(main.samlProvider("mock-idp").arn())
        .isEqualTo("acs:ram::1234567890123456:saml-provider/mock-idp");
    assertThat(main.oidcProvider("mock-oidc").arn())
        .isEqualTo("acs:ram::1234567890123456:oidc-provider/mock-oidc");
    assertThat(main.oidcProvider("mock-oidc").clientIds()).containsExactly("sts.aliyuncs.com");
    assertThat(identities.alibaba().account("9999999999999999").user("mallory").name())
        .isEqualTo("mallory");
  }

  @Test
  void theTencentArnsAreCamResourceNames() {
    Identities.Account main = identities.tencent().main();

    assertThat(main.id()).isEqualTo("100000000001");
    assertThat(main.role("mock-saml-role").arn())
        .isEqualTo("qcs::cam::uin/100000000001:roleName/mock-saml-role");
    assertThat(main.samlProvider("mock-idp").arn())
        .isEqualTo("qcs::cam::uin/100000000001:saml-provider/mock-idp");
    assertThat(main.oidcProvider("mock-oidc").issuer()).isEqualTo("https://oidc.mock-sts.local");
  }

  @Test
  void roleNamesMatchCaseInsensitivelyAsRamAndCamMatchThem() {
    assertThat(identities.alibaba().main().roleArn("Mock-Role"))
        .isEqualTo("acs:ram::1234567890123456:role/mock-role");
  }

  @Test
  void aUserWhoseOnlyKeyIsDisabledSignsWithThatKey() {
    Identities.User carol = identities.alibaba().main().user("carol");

    assertThat(carol.key().active()).isFalse();
    assertThat(carol.accessKeyId()).isEqualTo("LTAI5tMockCarolAccessKey");
  }

  @Test
  void anUnknownNameIsRefusedWithTheNamesThatExist() {
    assertThatThrownBy(() -> identities.tencent().main().role("no-such-role"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no role named 'no-such-role'")
        .hasMessageContaining("mock-role");
    assertThatThrownBy(() -> identities.alibaba().account("nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("main (1234567890123456)");
  }

  @Test
  void noSecretIsPrinted() {
    Identities.User alice = identities.alibaba().main().user("alice");

    assertThat(alice.toString()).doesNotContain(alice.accessKeySecret());
    assertThat(identities.alibaba().main().toString()).doesNotContain(alice.accessKeySecret());
    assertThat(identities.toString()).doesNotContain(alice.accessKeySecret());
  }
}
