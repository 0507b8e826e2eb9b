package io.mocksts.internal.core;

import java.util.OptionalLong;

/**
 * The accepted range of a DurationSeconds parameter and its default.
 *
 * @param minimum the smallest accepted value, in seconds
 * @param defaultSeconds the value used when the parameter is absent
 * @param maximum the largest accepted value, in seconds
 */
public record DurationRule(long minimum, long defaultSeconds, long maximum) {

  /**
   * Resolves a raw parameter value.
   *
   * @param raw the parameter as sent, or {@code null} when absent
   * @return the lifetime in seconds, or empty when the value is not an integer in range
   */
  public OptionalLong resolve(String raw) {
    if (raw == null || raw.isEmpty()) {
      return OptionalLong.of(Math.min(defaultSeconds, maximum));
    }
    long seconds;
    try {
      seconds = Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
    return seconds < minimum || seconds > maximum ? OptionalLong.empty() : OptionalLong.of(seconds);
  }
}
