package io.mocksts.internal.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleAttributeFormatTest {

  private static final String A_ROLE = "acs:ram::1234567890123456:role/role1";
  private static final String A_PROVIDER = "acs:ram::1234567890123456:saml-provider/provider1";
  private static final String T_ROLE1 = "qcs::cam::uin/100000000001:roleName/r1";
  private static final String T_ROLE2 = "qcs::cam::uin/100000000001:roleName/r2";
  private static final String T_PROVIDER = "qcs::cam::uin/100000000001:saml-provider/idp";

  @Test
  void whenAnAlibabaValueIsRoleThenProviderThenItIsOnePair() {
    assertThat(RoleAttributeFormat.ALIBABA.parse(A_ROLE + "," + A_PROVIDER))
        .containsExactly(new RolePair(A_ROLE, A_PROVIDER));
  }

  @Test
  void whenAnAlibabaValueIsProviderThenRoleWithBlanksThenItIsTheSamePair() {
    assertThat(RoleAttributeFormat.ALIBABA.parse(" " + A_PROVIDER + " , " + A_ROLE + " "))
        .containsExactly(new RolePair(A_ROLE, A_PROVIDER));
  }

  @Test
  void whenATencentValueListsTwoRolesThenEachPairsWithTheProvider() {
    assertThat(RoleAttributeFormat.TENCENT.parse(T_ROLE1 + ";" + T_ROLE2 + "," + T_PROVIDER))
        .containsExactly(new RolePair(T_ROLE1, T_PROVIDER), new RolePair(T_ROLE2, T_PROVIDER));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        A_ROLE,
        A_ROLE + "," + A_PROVIDER + ",",
        A_ROLE + "," + A_ROLE,
        A_PROVIDER + "," + A_PROVIDER,
        T_ROLE1 + "," + T_PROVIDER,
        A_ROLE + ";" + A_ROLE + "," + A_PROVIDER,
        "acs:ram::1:role/a b," + A_PROVIDER
      })
  void whenAnAlibabaValueIsMalformedThenItIsRefused(String value) {
    assertThatThrownBy(() -> RoleAttributeFormat.ALIBABA.parse(value))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        T_ROLE1 + ";;" + T_ROLE2 + "," + T_PROVIDER,
        T_ROLE1 + ";," + T_PROVIDER,
        A_ROLE + "," + T_PROVIDER,
        T_ROLE1 + ";" + T_PROVIDER + "," + T_PROVIDER
      })
  void whenATencentValueIsMalformedThenItIsRefused(String value) {
    assertThatThrownBy(() -> RoleAttributeFormat.TENCENT.parse(value))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whenAPairIsFormattedThenItParsesBack() {
    RolePair pair = new RolePair(T_ROLE1, T_PROVIDER);

    assertThat(RoleAttributeFormat.TENCENT.parse(RoleAttributeFormat.TENCENT.format(pair)))
        .containsExactly(pair);
  }
}
