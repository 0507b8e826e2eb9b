package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a reading step of the pipeline (S0 decoding, S1 parsing, S2 unmarshalling) concludes: the
 * input in its next form, or the rejection. {@link #then} and {@link #check} chain the steps and
 * stop at the first rejection.
 *
 * @param value what was read; {@code null} when refused
 * @param rejection why the input was refused; {@code null} when read
 * @param <T> the form read
 */
record SamlRead<T>(T value, SamlRejection rejection) {

  static <T> SamlRead<T> of(T value) {
    return new SamlRead<>(value, null);
  }

  static <T> SamlRead<T> refused(SamlRejection rejection) {
    return new SamlRead<>(null, rejection);
  }

  static <T> SamlRead<T> refused(Reason reason, String detail) {
    return refused(new SamlRejection(reason, detail));
  }

  boolean refused() {
    return rejection != null;
  }

  /** The next reading step, unless this one refused. */
  <U> SamlRead<U> then(Function<? super T, SamlRead<U>> step) {
    return refused() ? refused(rejection) : step.apply(value);
  }

  /** A check of what was read, unless this step refused. */
  SamlRead<T> check(SamlCheck<? super T> check) {
    if (refused()) {
      return this;
    }
    Optional<SamlRejection> failure = check.check(value);
    return failure.isPresent() ? refused(failure.get()) : this;
  }
}
