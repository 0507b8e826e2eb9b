package io.mocksts.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.internal.http.AdminAccess.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminAccessTest {

  private final AdminAccess loopback =
      new AdminAccess("127.0.0.1", List.of("sts.mock.test"), List.of(), Optional.empty());
  private final AdminAccess guarded =
      new AdminAccess(
          "127.0.0.1", List.of(), List.of("http://console.test"), Optional.of("s3cret"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1:8080",
        "localhost:8080",
        "LOCALHOST",
        "localhost.",
        "[::1]:8080",
        "127.0.0.1",
        "sts.mock.test:443"
      })
  void whenTheHostNamesTheMockThenTheRequestIsAllowed(String host) {
    assertThat(loopback.judge("/requests", host, null, null, null)).isEqualTo(Verdict.ALLOWED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rebind.attacker.example",
        "rebind.attacker.example:8080",
        "127.0.0.1.attacker.example",
        "localhost.attacker.example",
        "",
        "[::2]:80"
      })
  void whenTheHostIsForeignThenDnsRebindingIsRefused(String host) {
    assertThat(loopback.judge("/mock-sts/clock", host, null, null, null))
        .isEqualTo(Verdict.FOREIGN_HOST);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://evil.example", "null", "http://127.0.0.1:8080"})
  void whenAWebPageCallsThenItIsRefusedUnlessItsOriginWasAllowed(String origin) {
    assertThat(loopback.judge("/requests", "127.0.0.1:8080", origin, null, null))
        .isEqualTo(Verdict.FOREIGN_ORIGIN);
    assertThat(loopback.corsAllowed(origin)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "none",
      value = {
        "none,none,TOKEN_REQUIRED",
        "Bearer wrong,none,TOKEN_REQUIRED",
        "Basic czNjcmV0,none,TOKEN_REQUIRED",
        "s3cret,none,TOKEN_REQUIRED",
        "Bearer s3cret,none,ALLOWED",
        "bearer s3cret,none,ALLOWED",
        "Token s3cret,none,ALLOWED",
        "none,s3cret,ALLOWED",
        "none,s3cre,TOKEN_REQUIRED"
      })
  void whenATokenIsSetThenAdminRoutesNeedIt(String authorization, String header, Verdict verdict) {
    assertThat(
            guarded.judge(
                "/mock-sts/clock/advance",
                "localhost:8080",
                "http://console.test",
                authorization,
                header))
        .isEqualTo(verdict);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/health"})
  void whenATokenIsSetThenHealthStaysOpen(String path) {
    assertThat(guarded.judge(path, "localhost", null, null, null)).isEqualTo(Verdict.ALLOWED);
  }

  @ParameterizedTest
  @CsvSource({"127.0.0.1,false", "localhost,false", "::1,false", "0.0.0.0,true"})
  void whenTheBindAddressIsBeyondLoopbackThenItIsSaidSo(String bind, boolean beyond) {
    assertThat(AdminAccess.beyondLoopback(bind)).isEqualTo(beyond);
  }
}
