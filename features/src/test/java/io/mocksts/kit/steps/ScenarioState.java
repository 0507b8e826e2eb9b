package io.mocksts.kit.steps;

import io.mocksts.kit.alibaba.RpcCall;
import io.mocksts.kit.target.Profile;
import io.mocksts.kit.target.StsTarget;
import io.mocksts.kit.target.Targets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Everything one scenario accumulates, shared by all step classes through PicoContainer (a fresh
 * instance per scenario; nothing static).
 */
public final class ScenarioState {

  /** Who signs the next request. */
  public record Credentials(String description, String accessKeyId, String secret, String token) {
    @Override
    public String toString() {
      return description + " (" + accessKeyId + ")";
    }
  }

  private final StsTarget target = Targets.current();
  private Credentials caller;
  private RpcCall next = new RpcCall();
  private RpcCall.Exchange last;
  private RpcCall lastCall;
  private Instant lastSentAt;
  private Duration clockOffset = Duration.ZERO;
  private Duration requestSkew = Duration.ZERO;
  private Credentials issued;
  private boolean clockMoved;
  private boolean recordOnly;
  private final java.util.List<String> observations = new java.util.ArrayList<>();

  public StsTarget target() {
    return target;
  }

  public Profile profile() {
    return target.profile();
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

  /** The request being shaped by Given steps; sent by a When step. */
  public RpcCall next() {
    return next;
  }

  /** Signs the shaped request with the caller's credentials and sends it. */
  public RpcCall.Exchange send(String action) {
    RpcCall call = next.action(action);
    if (caller != null) {
      call.credentials(caller.accessKeyId(), caller.secret(), caller.token());
    }
    return sendPrepared(call, now().plus(requestSkew));
  }

  /** Sends the previous request again, byte for byte (same nonce, same timestamp). */
  public RpcCall.Exchange resend() {
    if (lastCall == null) {
      throw new IllegalStateException("no request has been sent yet");
    }
    return sendPrepared(lastCall, lastSentAt);
  }

  private RpcCall.Exchange sendPrepared(RpcCall call, Instant at) {
    last = call.send(target.endpoint("alibaba"), at);
    if (last.response().status() == 200
        && last.response().field("Credentials.AccessKeyId").isPresent()) {
      issued = issuedBy(last.response());
    }
    lastCall = call;
    lastSentAt = at;
    next = new RpcCall();
    requestSkew = Duration.ZERO;
    return last;
  }

  public RpcCall.Exchange last() {
    if (last == null) {
      throw new IllegalStateException("no request has been sent yet");
    }
    return last;
  }

  /** When the last request was signed, in the target's time. */
  public Instant lastSentAt() {
    return lastSentAt;
  }

  /** The target's current time as the kit believes it (follows clock moves on a mock). */
  public Instant now() {
    return Clock.systemUTC().instant().plus(clockOffset);
  }

  /** Shifts the next request's timestamp away from the target's time. */
  public void skewNextRequest(Duration skew) {
    this.requestSkew = skew;
  }

  /**
   * Runs an assertion. In record-only mode (a {@code @doc-gap-…} scenario on a live target, where
   * the vendor's sources disagree) a failed assertion is recorded as an observation instead of
   * failing the scenario (spec README, "When the documents disagree").
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

  private static Credentials issuedBy(io.mocksts.kit.alibaba.RpcResponse response) {
    return new Credentials(
        "temporary credentials of " + response.field("AssumedRoleUser.Arn").orElse("?"),
        response.field("Credentials.AccessKeyId").orElseThrow(),
        response.field("Credentials.AccessKeySecret").orElseThrow(),
        response.field("Credentials.SecurityToken").orElseThrow());
  }
}
