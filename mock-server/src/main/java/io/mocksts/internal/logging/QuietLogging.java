package io.mocksts.internal.logging;

import org.slf4j.LoggerFactory;

/**
 * Keeps the events below WARN that the mock's threads ({@link MockStsThreads}) log out of the
 * user's logging binding, while at least one mock runs. SLF4J has no binding-neutral way to filter
 * events, so this adapts to the binding it finds: logback (a TurboFilter denying those events, and
 * only those: the user's own threads keep every level). Other bindings are left as they are
 * (docs/embedding.md, "Logging"); the fat jar and this module's tests use slf4j-nop.
 */
public final class QuietLogging {

  private static final String LOGBACK_CONTEXT = "ch.qos.logback.classic.LoggerContext";
  private static final String LOGBACK_FILTER = "io.mocksts.internal.logging.LogbackQuieting";

  private static int users;
  private static Runnable remove;

  private QuietLogging() {}

  /**
   * Filters the mock's threads' events below WARN until the returned handle is closed; handles nest
   * (one per running mock).
   */
  public static synchronized AutoCloseable install() {
    if (users++ == 0) {
      remove = filter();
    }
    boolean[] closed = new boolean[1];
    return () -> release(closed);
  }

  private static synchronized void release(boolean[] closed) {
    if (closed[0]) {
      return;
    }
    closed[0] = true;
    if (--users == 0 && remove != null) {
      remove.run();
      remove = null;
    }
  }

  /** Whether a filter is installed in the logging binding now (for tests). */
  public static synchronized boolean active() {
    return remove != null;
  }

  private static Runnable filter() {
    Object factory = LoggerFactory.getILoggerFactory();
    if (!factory.getClass().getName().equals(LOGBACK_CONTEXT)) {
      return null;
    }
    try {
      // Loaded by name: logback is not a dependency of the product, only possibly the user's.
      Class<?> type = Class.forName(LOGBACK_FILTER, true, QuietLogging.class.getClassLoader());
      return (Runnable) type.getMethod("install", Object.class).invoke(null, factory);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null; // another logback than the one compiled against: leave the user's logging be
    }
  }
}
