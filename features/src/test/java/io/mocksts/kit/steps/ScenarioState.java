package io.mocksts.kit.steps;

import io.mocksts.kit.Credentials;
import io.mocksts.kit.Reply;
import io.mocksts.kit.VendorCall;
import io.mocksts.kit.alibaba.RpcCall;
import io.mocksts.kit.saml.SamlFixture;
import io.mocksts.kit.target.Profile;
import io.mocksts.kit.target.StsTarget;
import io.mocksts.kit.target.Targets;
import io.mocksts.kit.tencent.ApiCall;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Everything one scenario accumulates, shared by all step classes through PicoContainer (a fresh
 * instance per scenario; nothing static). A scenario speaks one vendor's protocol ({@code @tencent}
 * scenarios Tencent's, all others Alibaba's); the steps both vendors share (calling an action,
 * shaping its parameters, reading the answer) go through the vendor-neutral methods here.
 */
public final class ScenarioState {

  /** Attempts after a Tencent call answered RequestLimitExceeded, as the Go SDK retries. */
  static final int RATE_LIMIT_RETRIES = 3;

  private static final Duration RATE_LIMIT_PAUSE = Duration.ofMillis(1100);

  private final StsTarget target = Targets.current();
  private String vendor = "alibaba";
  private Credentials caller;
  private VendorCall next;
  private VendorCall lastCall;
  private String lastAction;
  private VendorCall.Exchange last;
  private boolean throttlingExpected;
  private Instant lastSentAt;
  private Duration clockOffset = Duration.ZERO;
  private Duration lagAtLastSend = Duration.ZERO;
  private Duration requestSkew = Duration.ZERO;
  private Credentials issued;
  private boolean clockMoved;
  private boolean recordOnly;
  private final java.util.List<String> observations = new java.util.ArrayList<>();
  private SamlFixture saml;

  public StsTarget target() {
    return target;
  }

  public Profile profile() {
    return target.profile();
  }

  /** The vendor whose protocol the scenario speaks: {@code alibaba} or {@code tencent}. */
  public String vendor() {
    return vendor;
  }

  public void vendor(String value) {
    if (!value.equals("alibaba") && !value.equals("tencent")) {
      throw new IllegalArgumentException("unknown vendor " + value);
    }
    this.vendor = value;
  }

  public boolean tencent() {
    return vendor.equals("tencent");
  }

  public Credentials caller() {
    if (caller == null) {
      throw new IllegalStateException("the scenario has not said who the caller is");
    }
    return caller;
  }

  public void caller(Credentials value) {
    this.caller = value;
  }

  /** Whether the scenario has said who the caller is (federation calls may have none). */
  public boolean hasCaller() {
    return caller != null;
  }

  /** The SAML Response the scenario presents, from the bundled test IdP (created on first use). */
  public SamlFixture saml() {
    if (saml == null) {
      saml = new SamlFixture(vendor, this::now);
    }
    return saml;
  }

  /** The request being shaped by Given steps, in the scenario's vendor protocol; sent by call. */
  public VendorCall request() {
    if (next == null) {
      next =
          tencent()
              ? new ApiCall().region(profile().region("tencent").orElse("ap-guangzhou"))
              : new RpcCall();
    }
    return next;
  }

  /** The request being shaped, for a step about Alibaba's own wire format. */
  public RpcCall next() {
    return as(RpcCall.class, request());
  }

  /** The request being shaped, for a step about Tencent's own wire format. */
  public ApiCall tencentNext() {
    return as(ApiCall.class, request());
  }

  /**
   * Signs the shaped request with the caller's credentials, sends it for {@code action} in the
   * scenario's vendor protocol and returns the answer. A call the vendor asks to retry ({@link
   * VendorCall#retriesAfter}) is sent again, signed anew, up to {@value #RATE_LIMIT_RETRIES} times
   * about a second apart, unless the scenario expects throttling: Tencent's GetCallerIdentity
   * allows only 20 calls a second per account.
   */
  public Reply call(String action) {
    VendorCall call = request().action(action);
    if (caller != null) {
      call.credentials(caller.accessKeyId(), caller.secret(), caller.token());
    }
    URI endpoint = target.endpoint(vendor);
    target.pace(vendor); // the profile's rate limit (kit.target.Pacer)
    Instant at = signingTime().plus(requestSkew);
    VendorCall.Exchange exchange = call.send(endpoint, at);
    for (int retry = 0;
        retry < RATE_LIMIT_RETRIES && !throttlingExpected && call.retriesAfter(exchange.response());
        retry++) {
      pause(RATE_LIMIT_PAUSE);
      target.pace(vendor);
      at = signingTime().plus(requestSkew);
      exchange = call.send(endpoint, at);
    }
    lastSentAt = at;
    lagAtLastSend = callerBehindTarget();
    return answered(call, exchange, action);
  }

  /** Sends the previous request again, byte for byte (same nonce, same timestamp). */
  public Reply resend() {
    if (lastCall == null) {
      throw new IllegalStateException("no request has been sent yet");
    }
    target.pace(vendor);
    return answered(
        lastCall, lastCall.resend(target.endpoint(vendor), last, lastSentAt), lastAction);
  }

  private Reply answered(VendorCall call, VendorCall.Exchange exchange, String action) {
    last = exchange;
    lastCall = call;
    lastAction = action;
    next = null;
    requestSkew = Duration.ZERO;
    call.issuedBy(exchange.response(), action).ifPresent(c -> issued = c);
    return exchange.response();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The scenario provokes rate limits: a throttled call is not retried. */
  public void expectThrottling() {
    this.throttlingExpected = true;
  }

  /** The answer to the last request, whichever vendor's. */
  public Reply reply() {
    return exchange().response();
  }

  /** The last Alibaba exchange, for a step about Alibaba's own wire format. */
  public RpcCall.Exchange last() {
    return as(RpcCall.Exchange.class, exchange());
  }

  /** The last Tencent exchange, for a step about Tencent's own wire format. */
  public ApiCall.Exchange tencentLast() {
    return as(ApiCall.Exchange.class, exchange());
  }

  private VendorCall.Exchange exchange() {
    if (last == null) {
      throw new IllegalStateException("no request has been sent yet");
    }
    return last;
  }

  private <T> T as(Class<T> type, Object value) {
    if (!type.isInstance(value)) {
      throw new IllegalStateException(
          "this step is about "
              + type.getSimpleName()
              + ", but the scenario speaks "
              + vendor
              + "'s protocol");
    }
    return type.cast(value);
  }

  /** When the last request was signed, in the target's time. */
  public Instant lastSentAt() {
    return lastSentAt.plus(lagAtLastSend);
  }

  /** The target's current time as the kit believes it (follows clock moves on a mock). */
  public Instant now() {
    return Clock.systemUTC().instant().plus(clockOffset);
  }

  /**
   * When the caller signs: its own clock, which the target's clock moves do not move (a mock checks
   * request timestamps against real time by default, docs/time-and-replicas.md), unless the target
   * says its request timestamps follow its moved clock.
   */
  public Instant signingTime() {
    return now().minus(callerBehindTarget());
  }

  /** How far the caller's signing clock is behind the target's time: the clock moves. */
  private Duration callerBehindTarget() {
    return clockOffset.isZero() || target.signaturesFollowItsClock() ? Duration.ZERO : clockOffset;
  }

  /** Shifts the next request's timestamp away from the target's time. */
  public void skewNextRequest(Duration skew) {
    this.requestSkew = skew;
  }

  /**
   * Runs an assertion. In record-only mode (a {@code @doc-gap-…} scenario on a live target, where
   * the vendor's sources disagree) a failed assertion is recorded as an observation instead of
   * failing the scenario (see "Open points" in docs/traceability.md).
   */
  public void verify(Runnable assertion) {
    try {
      assertion.run();
    } catch (AssertionError e) {
      if (!recordOnly) {
        throw e;
      }
      String message = String.valueOf(e.getMessage());
      observations.add(message.lines().findFirst().orElse(message));
    }
  }

  public void recordOnly(boolean value) {
    this.recordOnly = value;
  }

  /** What record-only assertions observed instead of failing. */
  public java.util.List<String> observations() {
    return java.util.List.copyOf(observations);
  }

  public void clockMoved(Duration amount) {
    clockOffset = clockOffset.plus(amount);
    clockMoved = true;
  }

  public boolean clockWasMoved() {
    return clockMoved;
  }

  /** The temporary credentials the last successful AssumeRole* returned. */
  public Credentials issued() {
    if (issued == null) {
      throw new IllegalStateException("no temporary credentials were issued in this scenario");
    }
    return issued;
  }
}
