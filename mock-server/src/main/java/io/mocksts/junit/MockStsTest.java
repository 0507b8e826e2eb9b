package io.mocksts.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class with a mock STS: registers {@link MockStsExtension} and chooses its lifecycle and
 * options. {@code @MockStsTest} alone is {@code @ExtendWith(MockStsExtension.class)}: one mock for
 * the class, on a free port, with the default world.
 *
 * <pre>{@code
 * @MockStsTest(lifecycle = MockStsExtension.Lifecycle.PER_METHOD, https = true)
 * class MyStsClientTest {
 *   @Test
 *   void assumesARole(Endpoints endpoints, Identities identities) { ... }
 * }
 * }</pre>
 *
 * <p>A {@code @Nested} class shares its enclosing class's mock. For options the annotation does not
 * offer, register the extension on a static field instead: {@code @RegisterExtension static final
 * MockStsExtension STS = MockStsExtension.perClass(options)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MockStsExtension.class)
public @interface MockStsTest {

  /** One mock for the whole class (the default), or a fresh one for each test. */
  MockStsExtension.Lifecycle lifecycle() default MockStsExtension.Lifecycle.PER_CLASS;

  /** Whether the mock also serves HTTPS, on a free port, with a self-signed certificate. */
  boolean https() default false;

  /**
   * A world file to start with instead of the default world (a path, relative to the working
   * directory; the schema is fixtures/README.md). Empty for the default world.
   */
  String world() default "";
}
