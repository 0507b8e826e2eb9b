package io.mocksts;

import io.mocksts.internal.core.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The clock of one mock STS ({@link MockSts#mockClock()}), as a {@link Clock} that can be moved: a
 * live view (every read follows later moves), so it can be handed to code that mints what the mock
 * checks, e.g. {@code TestIdp.bundled(clock)} or {@code TestIssuer.bundled(clock)}.
 *
 * <p>Issued {@code Expiration}, credential expiry, SAML and OIDC validity follow it; request
 * timestamps follow it only with {@link MockStsOptions.SignatureClock#MOCK}
 * (docs/time-and-replicas.md). {@link io.mocksts.junit.MockStsExtension} puts it back onto real
 * time after each test.
 */
public final class MockClock extends Clock {

  private final MutableClock clock;
  private final ZoneId zone;

  MockClock(MutableClock clock) {
    this(clock, ZoneOffset.UTC);
  }

  private MockClock(MutableClock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Moves the clock by {@code amount} (may be negative).
   *
   * @throws IllegalArgumentException when the clock would end up more than 100 years from real
   *     time, or before 1970; nothing changes then
   */
  public void advance(Duration amount) {
    clock.advance(Objects.requireNonNull(amount, "amount"));
  }

  /**
   * Sets the clock to {@code instant}; it runs on from there.
   *
   * @throws IllegalArgumentException when {@code instant} is more than 100 years from real time, or
   *     before 1970; nothing changes then
   */
  public void set(Instant instant) {
    clock.set(Objects.requireNonNull(instant, "instant"));
  }

  /** Puts the clock back onto real time. */
  public void reset() {
    clock.reset();
  }

  /** How far the clock is from real time (zero unless moved). */
  public Duration offset() {
    return clock.offset();
  }

  @Override
  public Instant instant() {
    return clock.instant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same moving clock, reporting another zone (the instant is unchanged). */
  @Override
  public MockClock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new MockClock(clock, zone);
  }

  @Override
  public String toString() {
    return "MockClock[" + instant() + ", offset " + offset() + "]";
  }
}
