package io.mocksts.internal.core;

import java.util.Locale;

/** Policy wildcards: {@code *} matches any run of characters, {@code ?} exactly one. */
final class Glob {

  private Glob() {}

  static boolean matchesIgnoreCase(String pattern, String value) {
    return matches(pattern.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT));
  }

  static boolean matches(String pattern, String value) {
    int p = 0;
    int v = 0;
    int star = -1;
    int mark = 0;
    while (v < value.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || pattern.charAt(p) == value.charAt(v))) {
        p++;
        v++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = v;
      } else if (star >= 0) {
        p = star + 1;
        v = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
