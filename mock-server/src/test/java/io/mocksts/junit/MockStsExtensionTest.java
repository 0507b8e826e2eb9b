package io.mocksts.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.mocksts.Endpoints;
import io.mocksts.Fault;
import io.mocksts.Faults;
import io.mocksts.Identities;
import io.mocksts.MockClock;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import io.mocksts.idp.TestIdp;
import io.mocksts.idp.TestIssuer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.Events;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;

/**
 * The extension through JUnit's real lifecycle: each case runs a small test class (the static
 * classes below, never run on their own: their names do not end in {@code Test}) with the Jupiter
 * engine and checks what its tests saw.
 */
class MockStsExtensionTest {

  /** What the tests of the class under run saw, in order. */
  static final List<MockSts> SEEN = new CopyOnWriteArrayList<>();

  static final List<Object> VALUES = new CopyOnWriteArrayList<>();

  private static Events run(Class<?> testClass) {
    SEEN.clear();
    VALUES.clear();
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testClass))
        .execute()
        .testEvents();
  }

  private static void allPassed(Events events, long tests) {
    events.assertStatistics(s -> s.started(tests).succeeded(tests).failed(0));
  }

  // --- per class (@ExtendWith) ---

  @ExtendWith(MockStsExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClassCase {
    @Test
    @Order(1)
    void first(MockSts sts, Faults faults, MockClock clock) {
      SEEN.add(sts);
      faults.inject(Fault.alibaba().error("Throttling").untilCleared());
      clock.advance(Duration.ofHours(3));
    }

    @Test
    @Order(2)
    void second(MockSts sts, Faults faults) {
      SEEN.add(sts);
      VALUES.add(faults.list().size());
      VALUES.add(sts.clockOffset());
    }
  }

  @Test
  void withExtendWithOneMockServesEveryTestOfTheClassAndStopsAfterIt() {
    allPassed(run(PerClassCase.class), 2);

    assertThat(SEEN).hasSize(2);
    assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
    assertThat(SEEN.get(0).wireMock().isRunning()).isFalse();
  }

  @Test
  void afterEachTestTheFaultsItInjectedAreClearedAndTheClockIsBackOnRealTime() {
    allPassed(run(PerClassCase.class), 2);

    assertThat(VALUES).containsExactly(0, Duration.ZERO);
  }

  // --- per method (@MockStsTest) ---

  @MockStsTest(lifecycle = MockStsExtension.Lifecycle.PER_METHOD)
  static class PerMethodCase {
    @Test
    void one(MockSts sts) {
      SEEN.add(sts);
      VALUES.add(sts.wireMock().isRunning());
    }

    @Test
    void two(MockSts sts) {
      SEEN.add(sts);
      VALUES.add(sts.wireMock().isRunning());
    }
  }

  @Test
  void perMethodEachTestGetsItsOwnMockStoppedAfterIt() {
    allPassed(run(PerMethodCase.class), 2);

    assertThat(SEEN).hasSize(2);
    assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
    assertThat(VALUES).containsExactly(true, true);
    assertThat(SEEN).allSatisfy(sts -> assertThat(sts.wireMock().isRunning()).isFalse());
  }

  static class PerMethodFactoryCase {
    @RegisterExtension static final MockStsExtension STS = MockStsExtension.perMethod();

    @Test
    void one(MockSts sts) {
      SEEN.add(sts);
      VALUES.add(STS.sts() == sts);
    }

    @Test
    void two(MockSts sts) {
      SEEN.add(sts);
      VALUES.add(STS.sts() == sts);
    }
  }

  @Test
  void thePerMethodFactoryGivesEachTestItsOwnMockAndStsReturnsIt() {
    allPassed(run(PerMethodFactoryCase.class), 2);

    assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
    assertThat(VALUES).containsExactly(true, true);
  }

  static class InstanceFieldCase {
    @RegisterExtension final MockStsExtension sts = new MockStsExtension();

    @Test
    void one(MockSts sts) {
      SEEN.add(sts);
    }

    @Test
    void two(MockSts sts) {
      SEEN.add(sts);
    }
  }

  @Test
  void registeredOnAnInstanceFieldTheExtensionStartsAMockForEachTest() {
    allPassed(run(InstanceFieldCase.class), 2);

    assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
    assertThat(SEEN).allSatisfy(sts -> assertThat(sts.wireMock().isRunning()).isFalse());
  }

  static class PerMethodBeforeAllCase {
    @RegisterExtension static final MockStsExtension STS = MockStsExtension.perMethod();

    @BeforeAll
    static void before(MockSts sts) {
      SEEN.add(sts);
    }

    @Test
    void never() {}
  }

  @Test
  void aPerMethodMockCannotBeInjectedIntoBeforeAllAndTheFailureSaysWhy() {
    Events events =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(PerMethodBeforeAllCase.class))
            .execute()
            .containerEvents();

    events
        .failed()
        .assertThatEvents()
        .haveExactly(
            1,
            EventConditions.finishedWithFailure(
                TestExecutionResultConditions.message(m -> m.contains("no mock STS is running"))));
  }

  // --- @RegisterExtension with options, and @BeforeAll ---

  static class RegisteredCase {
    @RegisterExtension
    static final MockStsExtension STS =
        MockStsExtension.perClass(MockStsOptions.defaults().withHttpsPort(0));

    static MockSts beforeAll;

    @BeforeAll
    static void before(MockSts sts) {
      beforeAll = sts;
    }

    @Test
    void test(MockSts sts, Endpoints endpoints) {
      SEEN.add(sts);
      VALUES.add(beforeAll == sts && STS.sts() == sts);
      VALUES.add(endpoints);
    }
  }

  @Test
  void aRegisteredExtensionStartsWithItsOptionsAndServesBeforeAllMethods() {
    allPassed(run(RegisteredCase.class), 1);

    assertThat(VALUES.get(0)).isEqualTo(true);
    Endpoints endpoints = (Endpoints) VALUES.get(1);
    assertThat(endpoints.https()).isPresent();
    assertThat(endpoints.https().orElseThrow().getScheme()).isEqualTo("https");
  }

  // --- injected endpoints, identities, clock, IdP and issuer ---

  @MockStsTest(https = true)
  static class InjectionCase {
    @Test
    void test(
        MockSts sts,
        Endpoints endpoints,
        Identities identities,
        MockClock mockClock,
        Clock clock,
        TestIdp idp,
        TestIssuer issuer) {
      SEEN.add(sts);
      VALUES.add(endpoints);
      VALUES.add(identities);
      mockClock.set(Instant.parse("2031-05-06T07:08:09Z"));
      VALUES.add(sts.clock().instant());
      VALUES.add(clock.instant());
      VALUES.add(
          idp.response("alibaba")
              .role(
                  identities.alibaba().main().roleArn("mock-saml-role"),
                  identities.alibaba().main().samlProvider("mock-idp").arn())
              .toXml());
      VALUES.add(issuer.token("system:serviceaccount:default:app").sign());
      VALUES.add(sts.baseUrl());
      VALUES.add(sts.httpsBaseUrl().orElseThrow());
    }
  }

  @Test
  void theEndpointsAreTheMockSHttpAndHttpsListeners() {
    allPassed(run(InjectionCase.class), 1);
    Endpoints endpoints = (Endpoints) VALUES.get(0);
    URI http = URI.create((String) VALUES.get(6));
    URI https = URI.create((String) VALUES.get(7));

    assertThat(endpoints.http()).isEqualTo(http);
    assertThat(endpoints.httpHost()).isEqualTo("127.0.0.1:" + http.getPort());
    assertThat(endpoints.https()).contains(https);
    assertThat(endpoints.httpsHost()).contains("127.0.0.1:" + https.getPort());
    assertThat(endpoints.httpsPort()).contains(https.getPort());
  }

  @Test
  void theIdentitiesAreThoseOfTheDefaultWorld() {
    allPassed(run(InjectionCase.class), 1);
    Identities identities = (Identities) VALUES.get(1);

    Identities.Account alibaba = identities.alibaba().main();
    assertThat(alibaba.id()).isEqualTo("1234567890123456");
    assertThat(alibaba.user("alice").accessKeyId()).isEqualTo("LTAI5tMockAliceAccessKey");
    assertThat(alibaba.user("alice").accessKeySecret()).isEqualTo("MockAliceAccessKeySecret000001");
    assertThat(alibaba.roleArn("mock-role")).isEqualTo("acs:ram::1234567890123456:role/mock-role");
    Identities.Account tencent = identities.tencent().main();
    assertThat(tencent.user("alice").secretId()).isEqualTo("AKIDMockAliceSecretId000000000000001");
    assertThat(tencent.user("alice").secretKey()).isEqualTo("MockAliceSecretKey00000000000001");
    assertThat(tencent.roleArn("mock-role"))
        .isEqualTo("qcs::cam::uin/100000000001:roleName/mock-role");
  }

  @Test
  void theInjectedClocksAreTheMockSClockAndMoveIt() {
    allPassed(run(InjectionCase.class), 1);
    Instant set = Instant.parse("2031-05-06T07:08:09Z");

    assertThat((Instant) VALUES.get(2)).isBetween(set, set.plusSeconds(60));
    assertThat((Instant) VALUES.get(3)).isBetween(set, set.plusSeconds(60));
  }

  @Test
  void theInjectedTestIdpAndIssuerMintOnTheMockSClock() {
    allPassed(run(InjectionCase.class), 1);

    assertThat((String) VALUES.get(4)).contains("IssueInstant=\"2031-05-06T07:");
    String payload =
        new String(
            Base64.getUrlDecoder().decode(((String) VALUES.get(5)).split("\\.")[1]),
            StandardCharsets.UTF_8);
    long iat = Long.parseLong(payload.replaceAll(".*\"iat\":(\\d+).*", "$1"));
    assertThat(Instant.ofEpochSecond(iat))
        .isBetween(Instant.parse("2031-05-06T07:08:09Z"), Instant.parse("2031-05-06T07:09:09Z"));
  }

  // --- a world file, and @Nested ---

  @MockStsTest(world = "../fixtures/worlds/second-world.yaml")
  static class WorldFileCase {
    @Test
    void test(Identities identities) {
      VALUES.add(identities);
    }
  }

  @Test
  void theIdentitiesAreReadFromTheWorldTheMockRuns() {
    allPassed(run(WorldFileCase.class), 1);
    Identities identities = (Identities) VALUES.get(0);

    Identities.Account prod = identities.alibaba().account("prod");
    assertThat(prod.id()).isEqualTo("5550001112223334");
    assertThat(prod.user("ana.lopez").accessKeyId()).isEqualTo("LTAI5tSecondWorldAna0001");
    assertThatThrownBy(() -> prod.user("alice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no user named 'alice'")
        .hasMessageContaining("ana.lopez");
  }

  @ExtendWith(MockStsExtension.class)
  static class OuterCase {
    @Test
    void outer(MockSts sts) {
      SEEN.add(sts);
    }

    @Nested
    class Inner {
      @Test
      void inner(MockSts sts) {
        SEEN.add(sts);
      }
    }
  }

  @Test
  void aNestedClassSharesItsEnclosingClassSMock() {
    allPassed(run(OuterCase.class), 2);

    assertThat(new ArrayList<>(SEEN)).hasSize(2);
    assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
    assertThat(SEEN.get(0).wireMock().isRunning()).isFalse();
  }

  @Test
  void stsOutsideTheLifecycleSaysWhenTheMockRuns() {
    assertThatThrownBy(() -> new MockStsExtension().sts())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("per test");
  }
}
