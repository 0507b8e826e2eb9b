package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * S7-attributes of the {@link SamlValidator} pipeline: the role, session-name and session-duration
 * attributes.
 */
final class AttributeChecks {

  private AttributeChecks() {}

  /** S7: the vendor's role attribute has a value, and every value is in the vendor's format. */
  record RoleAttributeIsPresentAndWellFormed() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      SamlProfile profile = input.profile();
      List<String> values = input.attributes().getOrDefault(profile.roleAttribute(), List.of());
      if (values.stream().allMatch(String::isBlank)) {
        return SamlCheck.fail(
            Reason.MISSING_ROLE_ATTRIBUTE, "no value of " + profile.roleAttribute());
      }
      for (String value : values) {
        try {
          profile.roleFormat().parse(value);
        } catch (IllegalArgumentException e) {
          return SamlCheck.fail(Reason.BAD_ROLE_ATTRIBUTE, e.getMessage());
        }
      }
      return SamlCheck.pass();
    }
  }

  /** S7: the requested RoleArn and provider ARN are one of the assertion's role pairs. */
  record RoleAttributeListsTheRequestedPair() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      return matchingRole(input).isPresent()
          ? SamlCheck.pass()
          : SamlCheck.fail(
              Reason.ROLE_NOT_IN_ASSERTION,
              "the role attribute does not list "
                  + input.profile().roleFormat().format(input.requested()));
    }
  }

  /** S7: the session name is there if the vendor requires it, once, and follows the rule. */
  record SessionNameFollowsTheRule() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      SamlProfile profile = input.profile();
      List<String> values = input.attributes().get(profile.sessionNameAttribute());
      if (values == null || values.isEmpty()) {
        return profile.sessionNameRequired()
            ? SamlCheck.fail(Reason.BAD_SESSION_NAME, "no " + profile.sessionNameAttribute())
            : SamlCheck.pass();
      }
      if (values.size() > 1) {
        return SamlCheck.fail(
            Reason.BAD_SESSION_NAME, values.size() + " session names, exactly 1 allowed");
      }
      String name = values.get(0);
      if (!profile.sessionNameRule().accepts(name)) {
        return SamlCheck.fail(
            Reason.BAD_SESSION_NAME,
            "session name of " + name.length() + " characters breaks " + profile.sessionNameRule());
      }
      return SamlCheck.pass();
    }
  }

  /** S7: the session duration, if the vendor has one and it is given, is one integer in range. */
  record SessionDurationIsInRange() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      SamlProfile profile = input.profile();
      List<String> values = sessionDurationValues(input);
      if (values.isEmpty()) {
        return SamlCheck.pass();
      }
      if (values.size() > 1) {
        return SamlCheck.fail(
            Reason.BAD_SESSION_DURATION, values.size() + " values, at most 1 allowed");
      }
      long seconds;
      try {
        seconds = Long.parseLong(values.get(0).trim());
      } catch (NumberFormatException e) {
        return SamlCheck.fail(Reason.BAD_SESSION_DURATION, "not an integer number of seconds");
      }
      if (seconds < profile.sessionDurationMin() || seconds > profile.sessionDurationMax()) {
        return SamlCheck.fail(
            Reason.BAD_SESSION_DURATION,
            seconds
                + " is outside "
                + profile.sessionDurationMin()
                + ".."
                + profile.sessionDurationMax());
      }
      return SamlCheck.pass();
    }
  }

  /**
   * Every role pair of the role attribute; only after {@link RoleAttributeIsPresentAndWellFormed}.
   */
  static List<RolePair> rolePairs(SamlInput input) {
    List<RolePair> pairs = new ArrayList<>();
    for (String value :
        input.attributes().getOrDefault(input.profile().roleAttribute(), List.of())) {
      pairs.addAll(input.profile().roleFormat().parse(value));
    }
    return pairs;
  }

  /** The role pair that matches the request, as written in the assertion. */
  static Optional<RolePair> matchingRole(SamlInput input) {
    return rolePairs(input).stream()
        .filter(p -> p.matches(input.requested(), input.profile().arnsCaseSensitive()))
        .findFirst();
  }

  /** The values of the vendor's session-duration attribute; empty when it has none. */
  static List<String> sessionDurationValues(SamlInput input) {
    Map<String, List<String>> attributes = input.attributes();
    return input
        .profile()
        .sessionDurationAttribute()
        .map(name -> attributes.getOrDefault(name, List.of()))
        .orElse(List.of());
  }
}
