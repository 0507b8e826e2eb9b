package io.mocksts.kit.target;

import java.net.URI;
import java.time.Duration;

/**
 * A real cloud STS; its identities come from a profile whose secrets are read from the environment.
 */
final class LiveTarget implements StsTarget {

  private static final String ALIBABA_ENDPOINT = "https://sts.aliyuncs.com";
  private static final String TENCENT_ENDPOINT = "https://sts.tencentcloudapi.com";

  private final Profile profile;
  private final Pacer pacer;

  LiveTarget(Profile profile) {
    this.profile = profile;
    this.pacer = Pacer.of(profile.settings());
  }

  @Override
  public void pace(String vendor) {
    pacer.pace(vendor);
  }

  @Override
  public String name() {
    return "live";
  }

  @Override
  public URI endpoint(String vendor) {
    String fallback = vendor.equals("tencent") ? TENCENT_ENDPOINT : ALIBABA_ENDPOINT;
    return URI.create(profile.endpoint(vendor).orElse(fallback));
  }

  @Override
  public Profile profile() {
    return profile;
  }

  @Override
  public boolean isMock() {
    return false;
  }

  @Override
  public void advanceClock(Duration amount) {
    throw new IllegalStateException("a live STS's clock cannot be moved (@mock-only)");
  }

  @Override
  public void limitAssumeRole(int callsPerMinute) {
    throw new IllegalStateException("a live STS's limits cannot be changed (@mock-only)");
  }

  @Override
  public void limitTencent(String action, int callsPerSecond) {
    throw new IllegalStateException("a live STS's limits cannot be changed (@mock-only)");
  }

  @Override
  public void resetLimits() {
    // nothing was changed
  }

  @Override
  public void resetClock() {
    // nothing was moved
  }

  @Override
  public void injectError(String vendor, String action, String code, int times) {
    throw new IllegalStateException(
        "a live STS cannot be made to answer " + code + " on demand (@mock-only)");
  }

  @Override
  public void clearFaults() {
    // nothing was injected
  }
}
