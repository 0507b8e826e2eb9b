package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstanceRoleTest {

  private final World world = WorldLoader.defaultWorld();

  @Test
  void whenNoRoleIsNamedThenItIsMockRoleOfTheMainAccount() {
    InstanceRole alibaba = InstanceRole.resolve(world, Vendor.ALIBABA, Optional.empty()).get();
    InstanceRole tencent = InstanceRole.resolve(world, Vendor.TENCENT, Optional.empty()).get();

    assertThat(alibaba.role().name()).isEqualTo("mock-role");
    assertThat(alibaba.account().alias()).isEqualTo("main");
    assertThat(tencent.role().name()).isEqualTo("mock-role");
    assertThat(tencent.account().id()).isEqualTo("100000000001");
  }

  @Test
  void whenARoleIsNamedThenItIsFoundOrTheNameIsReported() {
    assertThat(
            InstanceRole.resolve(world, Vendor.ALIBABA, Optional.of("mock-long-role"))
                .get()
                .role()
                .maxSessionDuration())
        .isEqualTo(43200);
    assertThatThrownBy(() -> InstanceRole.resolve(world, Vendor.ALIBABA, Optional.of("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the metadata role \"nope\" is not a role of any alibaba account of the world");
  }

  @Test
  void whenTheWorldHasNoMockRoleThenTheFirstRoleIsTakenAndWithoutRolesNone() {
    Role only =
        new Role(
            "app-role",
            "1",
            3600,
            world.accounts(Vendor.ALIBABA).get(0).roles().get(0).trustPolicy(),
            List.of());
    Account account =
        new Account(
            Vendor.ALIBABA,
            "1111111111111111",
            "x",
            List.of(),
            List.of(),
            List.of(only),
            List.of(),
            List.of());
    Account empty =
        new Account(
            Vendor.TENCENT,
            "200000000009",
            "main",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    World custom = new World(List.of(account, empty));

    assertThat(InstanceRole.resolve(custom, Vendor.ALIBABA, Optional.empty()).get().role())
        .isEqualTo(only);
    assertThat(InstanceRole.resolve(custom, Vendor.TENCENT, Optional.empty())).isEmpty();
  }
}
