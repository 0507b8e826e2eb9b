package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * S8-replay of the {@link SamlValidator} pipeline, last: the assertion ({@code Issuer!ID}) is used
 * for the first time; it is then remembered until its NotOnOrAfter plus the clock skew. Unlike the
 * other checks it changes state (it records the use), so it runs only for an assertion that passed
 * everything else, the caller's own rules included: junk cannot poison the cache, and a request
 * refused for another reason does not burn the assertion.
 *
 * @param cache where uses are remembered
 * @param clockSkew how long past its NotOnOrAfter an entry is kept
 * @param now the STS clock's instant
 */
record AssertionIsUsedForTheFirstTime(AssertionReplayCache cache, Duration clockSkew, Instant now)
    implements SamlCheck<ValidatedAssertion> {

  @Override
  public Optional<SamlRejection> check(ValidatedAssertion validated) {
    String replayKey = validated.issuer() + "!" + validated.assertionId();
    if (cache.firstUse(
        validated.issuer(), replayKey, validated.notOnOrAfter().plus(clockSkew), now)) {
      return SamlCheck.pass();
    }
    return SamlCheck.fail(
        Reason.REPLAYED, "assertion " + validated.assertionId() + " was already used");
  }
}
