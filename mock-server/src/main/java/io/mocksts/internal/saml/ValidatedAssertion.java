package io.mocksts.internal.saml;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an accepted SAML Response says, read from the one signed Assertion that was verified.
 *
 * @param issuer the Assertion's Issuer (equals the trusted IdP's entityID)
 * @param nameId the Subject's NameID value, complete (comments cannot truncate it: SAML comment
 *     injection,
 *     https://duo.com/blog/duo-finds-saml-vulnerabilities-affecting-multiple-implementations)
 * @param nameIdFormat the NameID's Format URI, or empty when absent
 * @param responseId the Response's ID
 * @param assertionId the Assertion's ID
 * @param issueInstant the Assertion's IssueInstant
 * @param notBefore Conditions/@NotBefore, if given
 * @param notOnOrAfter the earlier of Conditions/@NotOnOrAfter and the bearer
 *     SubjectConfirmationData/@NotOnOrAfter
 * @param sessionNotOnOrAfter AuthnStatement/@SessionNotOnOrAfter, if given (the earliest when
 *     several)
 * @param authnInstant AuthnStatement/@AuthnInstant, if there is an AuthnStatement
 * @param recipient the bearer SubjectConfirmationData/@Recipient
 * @param destination the Response's Destination, if given
 * @param audiences every Audience of every AudienceRestriction, in document order
 * @param attributes every attribute by name, values as text, in document order
 * @param rolePairs every role pair of the vendor's role attribute
 * @param role the pair that matched the request, as written in the assertion
 * @param sessionName the session-name attribute, if present
 * @param sessionDurationSeconds the session-duration attribute, if the vendor has one and it is
 *     present
 * @param responseSigned whether a Response signature was verified
 * @param assertionSigned whether an Assertion signature was verified
 */
public record ValidatedAssertion(
    String issuer,
    String nameId,
    String nameIdFormat,
    String responseId,
    String assertionId,
    Instant issueInstant,
    Optional<Instant> notBefore,
    Instant notOnOrAfter,
    Optional<Instant> sessionNotOnOrAfter,
    Optional<Instant> authnInstant,
    String recipient,
    Optional<String> destination,
    List<String> audiences,
    Map<String, List<String>> attributes,
    List<RolePair> rolePairs,
    RolePair role,
    Optional<String> sessionName,
    OptionalLong sessionDurationSeconds,
    boolean responseSigned,
    boolean assertionSigned)
    implements SamlResult {

  public ValidatedAssertion {
    audiences = List.copyOf(audiences);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    attributes.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    attributes = Collections.unmodifiableMap(copy);
    rolePairs = List.copyOf(rolePairs);
  }
}
