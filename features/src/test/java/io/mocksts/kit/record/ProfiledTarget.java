package io.mocksts.kit.record;

import io.mocksts.kit.target.Profile;
import io.mocksts.kit.target.StsTarget;
import java.net.URI;
import java.time.Duration;

/** A mock target addressed through another profile (a second world's), for nested test runs. */
final class ProfiledTarget implements StsTarget {

  private final StsTarget mock;
  private final Profile profile;

  ProfiledTarget(StsTarget mock, Profile profile) {
    this.mock = mock;
    this.profile = profile;
  }

  @Override
  public String name() {
    return mock.name();
  }

  @Override
  public URI endpoint(String vendor) {
    return mock.endpoint(vendor);
  }

  @Override
  public Profile profile() {
    return profile;
  }

  @Override
  public boolean isMock() {
    return mock.isMock();
  }

  @Override
  public void advanceClock(Duration amount) {
    mock.advanceClock(amount);
  }

  @Override
  public boolean signaturesFollowItsClock() {
    return mock.signaturesFollowItsClock();
  }

  @Override
  public void resetClock() {
    mock.resetClock();
  }

  @Override
  public void limitAssumeRole(int callsPerMinute) {
    mock.limitAssumeRole(callsPerMinute);
  }

  @Override
  public void limitTencent(String action, int callsPerSecond) {
    mock.limitTencent(action, callsPerSecond);
  }

  @Override
  public void resetLimits() {
    mock.resetLimits();
  }

  @Override
  public void injectError(String vendor, String action, String code, int times) {
    mock.injectError(vendor, action, code, times);
  }

  @Override
  public void clearFaults() {
    mock.clearFaults();
  }
}
