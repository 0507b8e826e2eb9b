package io.mocksts.junit;

import io.mocksts.Endpoints;
import io.mocksts.Faults;
import io.mocksts.Identities;
import io.mocksts.MockClock;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import io.mocksts.idp.TestIdp;
import io.mocksts.idp.TestIssuer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A reference STS for JUnit 5 tests: one mock for a test class (started before its first test,
 * stopped after its last) or a fresh one for each test.
 *
 * <p>Three ways to register it:
 *
 * <pre>{@code
 * @ExtendWith(MockStsExtension.class)      // one mock per class, default world, free port
 * @MockStsTest(lifecycle = PER_METHOD)     // the same, with a lifecycle and a few options
 * @RegisterExtension                       // any MockStsOptions
 * static final MockStsExtension STS = MockStsExtension.perClass(MockStsOptions.defaults().withHttpsPort(0));
 * }</pre>
 *
 * <p>Test methods, {@code @BeforeEach}/{@code @AfterEach} methods (and, with a per-class mock,
 * {@code @BeforeAll} methods and constructors) may declare parameters of these types:
 *
 * <ul>
 *   <li>{@link MockSts}: the running mock ({@code wireMock()}, {@code tlsCertificatePem()}, ...);
 *   <li>{@link Endpoints}: its HTTP and HTTPS base URIs ({@code endpoints.httpHost()} is what the
 *       SDKs take as their endpoint);
 *   <li>{@link Identities}: the users, keys, accounts, role ARNs and providers of its world;
 *   <li>{@link TestIdp} and {@link TestIssuer}: the bundled test IdP and OIDC issuer, which the
 *       default world trusts, minting on the mock's clock;
 *   <li>{@link MockClock} (or {@link Clock}): the mock's clock, movable;
 *   <li>{@link Faults}: fault injection (docs/faults.md).
 * </ul>
 *
 * <p>After each test the mock's clock is put back onto real time and the faults the test injected
 * are cleared, so that no test sees another's; a test that needs a clean journal or stubs of its
 * own uses {@code PER_METHOD}, or {@code wireMock().resetAll()} (which keeps the STS). A
 * {@code @Nested} class shares its enclosing class's mock. Registered on an instance (non-static)
 * field, the extension starts a mock for each test.
 *
 * <pre>{@code
 * @Test
 * void credentialsExpire(MockClock clock) {
 *   ... mint credentials valid for an hour ...
 *   clock.advance(Duration.ofHours(1));   // or clock.set(Instant.parse("2030-01-01T00:00:00Z"))
 *   ... the same credentials now fail with the vendor's expired-token error ...
 * }
 * }</pre>
 */
public final class MockStsExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback,
        ParameterResolver {

  /** How long a mock lives. */
  public enum Lifecycle {
    /** One mock for the test class and its {@code @Nested} classes. */
    PER_CLASS,
    /** A fresh mock for each test: its own port, journal, stubs and issued credentials. */
    PER_METHOD
  }

  private static final Set<Class<?>> INJECTED =
      Set.of(
          MockSts.class,
          Faults.class,
          Endpoints.class,
          Identities.class,
          MockClock.class,
          Clock.class,
          TestIdp.class,
          TestIssuer.class);

  private static final String KEY = "mock-sts";

  /** Empty for {@code @ExtendWith}/{@code @MockStsTest}: the annotation decides. */
  private final Optional<MockStsOptions> options;

  private final Optional<Lifecycle> lifecycle;
  private final ExtensionContext.Namespace namespace;
  private volatile MockSts current;

  /**
   * For {@code @ExtendWith(MockStsExtension.class)} and {@link MockStsTest}: the lifecycle and
   * options of the class's {@code @MockStsTest}, or one mock per class with the default options.
   */
  public MockStsExtension() {
    this(Optional.empty(), Optional.empty());
  }

  /** One mock per class, started with {@code options}; as {@link #perClass(MockStsOptions)}. */
  public MockStsExtension(MockStsOptions options) {
    this(Optional.of(Objects.requireNonNull(options, "options")), Optional.of(Lifecycle.PER_CLASS));
  }

  private MockStsExtension(Optional<MockStsOptions> options, Optional<Lifecycle> lifecycle) {
    this.options = options;
    this.lifecycle = lifecycle;
    this.namespace = ExtensionContext.Namespace.create(MockStsExtension.class, new Object());
  }

  /** One mock for the test class, with the default options. */
  public static MockStsExtension perClass() {
    return perClass(MockStsOptions.defaults());
  }

  /** One mock for the test class, started with {@code options}. */
  public static MockStsExtension perClass(MockStsOptions options) {
    return new MockStsExtension(options);
  }

  /** A fresh mock for each test, with the default options. */
  public static MockStsExtension perMethod() {
    return perMethod(MockStsOptions.defaults());
  }

  /**
   * A fresh mock for each test, started with {@code options} (a fixed port is reused from test to
   * test: each mock is stopped before the next starts).
   */
  public static MockStsExtension perMethod(MockStsOptions options) {
    return new MockStsExtension(
        Optional.of(Objects.requireNonNull(options, "options")), Optional.of(Lifecycle.PER_METHOD));
  }

  /**
   * The running mock, for a static {@code @RegisterExtension} field: available from {@code
   * BeforeAll} methods on (per class), or {@code @BeforeEach} methods on (per test). With tests run
   * in parallel against per-test mocks, take a {@link MockSts} parameter instead.
   *
   * @throws IllegalStateException outside those times
   */
  public MockSts sts() {
    MockSts sts = current;
    if (sts == null) {
      throw new IllegalStateException(
          "the mock STS runs from the test class's first test (per class) or from each test's"
              + " @BeforeEach (per test) until it ends");
    }
    return sts;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (lifecycle(context) == Lifecycle.PER_CLASS && running(context).isEmpty()) {
      start(context);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (lifecycle(context) == Lifecycle.PER_METHOD || running(context).isEmpty()) {
      // per test, or registered on an instance field (no beforeAll for those)
      start(context);
    }
  }

  /**
   * Stops a per-test mock; for a per-class mock, puts its clock back onto real time and clears the
   * faults the test injected.
   */
  @Override
  public void afterEach(ExtensionContext context) {
    if (!stopOwn(context)) {
      running(context)
          .ifPresent(
              sts -> {
                sts.resetClock();
                sts.faults().clearAll();
              });
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopOwn(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    MockSts sts =
        running(context)
            .orElseThrow(
                () ->
                    new ParameterResolutionException(
                        "no mock STS is running for "
                            + parameter.getDeclaringExecutable()
                            + ": a per-test mock (and one registered on an instance field) starts"
                            + " before @BeforeEach methods, a per-class mock before the test"
                            + " instance is created"));
    if (type == MockSts.class) {
      return sts;
    }
    if (type == Faults.class) {
      return sts.faults();
    }
    if (type == Endpoints.class) {
      return sts.endpoints();
    }
    if (type == Identities.class) {
      return sts.identities();
    }
    if (type == MockClock.class || type == Clock.class) {
      return sts.mockClock();
    }
    if (type == TestIdp.class) {
      return TestIdp.bundled(sts.mockClock());
    }
    return TestIssuer.bundled(sts.mockClock());
  }

  private void start(ExtensionContext context) {
    MockSts sts = MockSts.start(options(context));
    context.getStore(namespace).put(KEY, new Running(sts));
    current = sts;
  }

  /** Stops the mock this very context started, if any. */
  private boolean stopOwn(ExtensionContext context) {
    Running own = context.getStore(namespace).remove(KEY, Running.class);
    if (own == null) {
      return false;
    }
    own.close();
    current = context.getParent().flatMap(this::running).orElse(null);
    return true;
  }

  /** The mock of this context or the nearest enclosing one. */
  private Optional<MockSts> running(ExtensionContext context) {
    return Optional.ofNullable(context.getStore(namespace).get(KEY, Running.class))
        .map(Running::sts);
  }

  private Lifecycle lifecycle(ExtensionContext context) {
    return lifecycle.orElseGet(
        () -> annotation(context).map(MockStsTest::lifecycle).orElse(Lifecycle.PER_CLASS));
  }

  private MockStsOptions options(ExtensionContext context) {
    return options.orElseGet(
        () ->
            annotation(context).map(MockStsExtension::options).orElseGet(MockStsOptions::defaults));
  }

  private static MockStsOptions options(MockStsTest test) {
    MockStsOptions options = MockStsOptions.defaults();
    if (test.https()) {
      options = options.withHttpsPort(0);
    }
    if (!test.world().isEmpty()) {
      options = options.withWorldFile(Path.of(test.world()));
    }
    return options;
  }

  /** The {@code @MockStsTest} of the test class or of the nearest enclosing class that has one. */
  private static Optional<MockStsTest> annotation(ExtensionContext context) {
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      MockStsTest test = c.getAnnotation(MockStsTest.class);
      if (test != null) {
        return Optional.of(test);
      }
    }
    return Optional.empty();
  }

  /** A running mock in a JUnit store: closed by JUnit too if a context ends without afterAll. */
  private record Running(MockSts sts) implements AutoCloseable {
    @Override
    public void close() {
      sts.close();
    }
  }
}
