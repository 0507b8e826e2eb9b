package io.mocksts.internal.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * The logback side of {@link QuietLogging}: denies events below WARN logged on the mock's threads
 * (what the mock's libraries log below WARN is routine detail; WARN and ERROR still reach the
 * user). Everything else is left to the user's configuration. Loaded only when logback is the
 * binding.
 */
final class LogbackQuieting extends TurboFilter {

  /** Adds the filter to {@code context} (a logback LoggerContext); returns how to remove it. */
  public static Runnable install(Object context) {
    LoggerContext logback = (LoggerContext) context;
    LogbackQuieting filter = new LogbackQuieting();
    filter.setName("mock-sts-quiet-threads");
    filter.setContext(logback);
    filter.start();
    logback.addTurboFilter(filter);
    return () -> {
      logback.getTurboFilterList().remove(filter);
      filter.stop();
    };
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != null && level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    // isDebugEnabled() and the like ask with their level too, so guarded messages are not built
    return MockStsThreads.quiet() ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
