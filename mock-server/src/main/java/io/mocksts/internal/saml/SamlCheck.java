package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.util.List;
import java.util.Optional;

/**
 * One rule of the pipeline S0-S8 ({@link SamlValidator}), named as the sentence it verifies: it
 * passes (empty), or answers the rejection that stops the pipeline. A check reads only what it is
 * given (never a clock of its own), so that it can be reasoned about, and tested, alone.
 *
 * @param <T> what the check looks at
 */
@FunctionalInterface
interface SamlCheck<T> {

  /**
   * @return empty when {@code input} passes, else the rejection (its {@link Reason} and message)
   */
  Optional<SamlRejection> check(T input);

  static Optional<SamlRejection> pass() {
    return Optional.empty();
  }

  static Optional<SamlRejection> fail(Reason reason, String detail) {
    return Optional.of(new SamlRejection(reason, detail));
  }

  /** Runs the checks in order and answers the first failure; the checks after it do not run. */
  static <T> Optional<SamlRejection> firstFailure(
      T input, List<? extends SamlCheck<? super T>> checks) {
    for (SamlCheck<? super T> check : checks) {
      Optional<SamlRejection> failure = check.check(input);
      if (failure.isPresent()) {
        return failure;
      }
    }
    return pass();
  }
}
