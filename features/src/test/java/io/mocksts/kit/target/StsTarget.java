package io.mocksts.kit.target;

import java.net.URI;
import java.time.Duration;

/**
 * Where the scenarios run: the embedded reference STS, a running mock, or a live cloud endpoint.
 * Scenarios speak of logical names; the target's {@link Profile} decides what they mean.
 */
public interface StsTarget {

  /**
   * A short name for reports, e.g. {@code embedded}, {@code http://127.0.0.1:8080}, {@code live}.
   */
  String name();

  /** The base URI requests for {@code vendor} go to. */
  URI endpoint(String vendor);

  /** The identities, keys and resources the logical names stand for. */
  Profile profile();

  /** Whether the target is a mock with the control surface {@code /__admin/mock-sts/}. */
  boolean isMock();

  /**
   * Moves the target's clock; only mocks can. Expiry follows it; the kit keeps signing with its own
   * clock unless {@link #signaturesFollowItsClock()}.
   */
  void advanceClock(Duration amount);

  /**
   * Whether the target checks request timestamps against its moved clock (a mock started with
   * {@code --signature-clock=mock}); by default a mock checks them against real time, as a real
   * service checks them against its own.
   */
  default boolean signaturesFollowItsClock() {
    return false;
  }

  /** Puts the target's clock back. */
  void resetClock();

  /** Limits Alibaba AssumeRole to {@code callsPerMinute} per account; only mocks can. */
  void limitAssumeRole(int callsPerMinute);

  /**
   * Limits a Tencent action to {@code callsPerSecond} per owner account (0 = unlimited); only mocks
   * can.
   */
  void limitTencent(String action, int callsPerSecond);

  /** Puts the target's rate limits back to their start-up values. */
  void resetLimits();

  /**
   * Makes the target answer the next {@code times} calls of a vendor's action with a documented
   * error code of that vendor (fault injection, docs/faults.md); only mocks can.
   *
   * @throws IllegalStateException on a target that cannot inject faults (@mock-only)
   */
  default void injectError(String vendor, String action, String code, int times) {
    throw new IllegalStateException(
        name() + " cannot inject faults: fault scenarios are @mock-only");
  }

  /**
   * Waits until a call to {@code vendor} keeps within the profile's rate limit ({@link Pacer});
   * called once before each request is sent.
   */
  default void pace(String vendor) {
    // no limit
  }

  /** Clears the faults injected into the target; nothing to do where none can be injected. */
  default void clearFaults() {
    // nothing was injected
  }
}
