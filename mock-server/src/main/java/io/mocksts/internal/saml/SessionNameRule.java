package io.mocksts.internal.saml;

import java.util.regex.Pattern;

/**
 * Length and character rule for the session-name attribute.
 *
 * @param minLength the fewest characters accepted
 * @param maxLength the most characters accepted
 * @param allowed a regex that every accepted name matches in full, e.g. {@code [\w.@-]*}
 */
public record SessionNameRule(int minLength, int maxLength, Pattern allowed) {

  /** Whether {@code name} satisfies the rule. */
  public boolean accepts(String name) {
    return name.length() >= minLength
        && name.length() <= maxLength
        && allowed.matcher(name).matches();
  }

  /** For messages, e.g. {@code 2..64 characters matching [\w.@-]*}. */
  @Override
  public String toString() {
    return minLength + ".." + maxLength + " characters matching " + allowed.pattern();
  }
}
