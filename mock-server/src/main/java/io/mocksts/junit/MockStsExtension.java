package io.mocksts.junit;

import io.mocksts.Faults;
import io.mocksts.MockSts;
import io.mocksts.MockStsOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A reference STS for one JUnit 5 test class: started before the class's first test, stopped after
 * its last, injectable as a {@link MockSts} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MockStsExtension STS = new MockStsExtension(MockStsOptions.defaults().withHttpsPort(0));
 *
 * @Test
 * void assumesARole() { ... STS.sts().port() ... }
 * }</pre>
 *
 * or {@code @ExtendWith(MockStsExtension.class)} with the default options and a {@code MockSts}
 * test-method parameter. A {@link Faults} parameter is the mock's fault injection; the faults a
 * test injects are cleared after it (docs/faults.md).
 *
 * <p>The mock's clock is put back onto real time after each test, so a test may move it freely:
 *
 * <pre>{@code
 * @Test
 * void credentialsExpire() {
 *   ... mint credentials valid for an hour ...
 *   STS.sts().advanceClock(Duration.ofHours(1));   // or setClock(Instant.parse("2030-01-01T00:00:00Z"))
 *   ... the same credentials now fail with the vendor's expired-token error ...
 * }
 * }</pre>
 */
public final class MockStsExtension
    implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

  private final MockStsOptions options;
  private MockSts sts;

  /** A mock on a free port with the default world. */
  public MockStsExtension() {
    this(MockStsOptions.defaults());
  }

  public MockStsExtension(MockStsOptions options) {
    this.options = options;
  }

  /** The running mock; available from {@code @BeforeAll} methods on. */
  public MockSts sts() {
    if (sts == null) {
      throw new IllegalStateException("the mock STS starts before the test class's first test");
    }
    return sts;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sts = MockSts.start(options);
  }

  /**
   * Puts the mock's clock back onto real time and clears the faults the test injected, so that no
   * test sees another's clock moves or faults.
   */
  @Override
  public void afterEach(ExtensionContext context) {
    if (sts != null) {
      sts.resetClock();
      sts.faults().clearAll();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (sts != null) {
      sts.close();
      sts = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MockSts.class || type == Faults.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Faults.class ? sts().faults() : sts();
  }
}
