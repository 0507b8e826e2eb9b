package io.mocksts.kit.steps;

import io.mocksts.kit.Reply;
import io.mocksts.kit.alibaba.RpcCall;
import io.mocksts.kit.saml.SamlFixture;
import io.mocksts.kit.target.Profile;
import io.mocksts.kit.target.StsTarget;
import io.mocksts.kit.target.Targets;
import io.mocksts.kit.tencent.ApiCall;
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

  /** Who signs the next request. */
  public record Credentials(String description, String accessKeyId, String secret, String token) {
    @Override
    public String toString() {
      return description + " (" + accessKeyId + ")";
    }
  }

  /** Attempts after a Tencent call answered RequestLimitExceeded, as the Go SDK retries. */
  static final int RATE_LIMIT_RETRIES = 3;

  private static final Duration RATE_LIMIT_PAUSE = Duration.ofMillis(1100);

  private final StsTarget target = Targets.current();
  private String vendor = "alibaba";
  private Credentials caller;
  private RpcCall next = new RpcCall();
  private RpcCall.Exchange last;
  private RpcCall lastCall;
  private ApiCall tencentNext;
  private ApiCall tencentLastCall;
  private ApiCall.Exchange tencentLast;
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
    return sendPrepared(call, signingTime().plus(requestSkew));
  }

  /** Sends the previous request again, byte for byte (same nonce, same timestamp). */
  public Reply resendEither() {
    if (tencent()) {
      if (tencentLastCall == null) {
        throw new IllegalStateException("no Tencent request has been sent yet");
      }
      tencentLast = tencentLastCall.resend(tencentLast);
      return tencentLast.response();
    }
    return resend().response();
  }

  /** Sends the previous Alibaba request again, byte for byte (same nonce, same timestamp). */
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
    lagAtLastSend = callerBehindTarget();
    next = new RpcCall();
    requestSkew = Duration.ZERO;
    return last;
  }

  /** The Tencent request being shaped by Given steps; sent by a When step. */
  public ApiCall tencentNext() {
    if (tencentNext == null) {
      tencentNext = new ApiCall().region(profile().region("tencent").orElse("ap-guangzhou"));
    }
    return tencentNext;
  }

  /**
   * Signs the shaped Tencent request with the caller's credentials and sends it. A call answered
   * {@code RequestLimitExceeded} is sent again, signed anew, up to {@value #RATE_LIMIT_RETRIES}
   * times about a second apart (the official Go SDK retries the same way), unless the scenario
   * expects throttling: GetCallerIdentity allows only 20 calls a second per account.
   */
  public ApiCall.Exchange sendTencent(String action) {
    ApiCall call = tencentNext().action(action);
    if (caller != null) {
      call.credentials(caller.accessKeyId(), caller.secret(), caller.token());
    }
    Instant at = signingTime().plus(requestSkew);
    ApiCall.Exchange exchange = call.send(target.endpoint("tencent"), at);
    for (int retry = 0; retry < RATE_LIMIT_RETRIES && throttled(exchange); retry++) {
      pause(RATE_LIMIT_PAUSE);
      at = signingTime().plus(requestSkew);
      exchange = call.send(target.endpoint("tencent"), at);
    }
    tencentLast = exchange;
    tencentLastCall = call;
    if (exchange.response().succeeded()
        && exchange.response().field("Credentials.TmpSecretId").isPresent()) {
      issued =
          new Credentials(
              "temporary credentials from " + action,
              exchange.response().field("Credentials.TmpSecretId").orElseThrow(),
              exchange.response().field("Credentials.TmpSecretKey").orElseThrow(),
              exchange.response().field("Credentials.Token").orElseThrow());
    }
    lastSentAt = at;
    lagAtLastSend = callerBehindTarget();
    tencentNext = null;
    requestSkew = Duration.ZERO;
    return exchange;
  }

  private boolean throttled(ApiCall.Exchange exchange) {
    return !throttlingExpected
        && exchange.response().errorCode().filter("RequestLimitExceeded"::equals).isPresent();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The scenario provokes rate limits: a throttled Tencent call is not retried. */
  public void expectThrottling() {
    this.throttlingExpected = true;
  }

  public ApiCall.Exchange tencentLast() {
    if (tencentLast == null) {
      throw new IllegalStateException("no Tencent request has been sent yet");
    }
    return tencentLast;
  }

  /** The answer to the last request, whichever vendor's. */
  public Reply reply() {
    return tencent() ? tencentLast().response() : last().response();
  }

  /** Sets a business parameter of the next request. */
  public void parameter(String name, String value) {
    if (tencent()) {
      tencentNext().parameter(name, value);
    } else {
      next.parameter(name, value);
    }
  }

  /** The HTTP method of the next request. */
  public void httpMethod(String method) {
    if (tencent()) {
      tencentNext().httpMethod(method);
    } else {
      next.httpMethod(method);
    }
  }

  /** The next request carries its business parameters in a form body. */
  public void formBody() {
    if (tencent()) {
      tencentNext().formBody(true);
    } else {
      next.placement(RpcCall.Placement.FORM);
    }
  }

  /** The Version of the next request. */
  public void version(String value) {
    if (tencent()) {
      tencentNext().version(value);
    } else {
      next.version(value);
    }
  }

  /** Leaves a parameter (or header) out of the next request after signing. */
  public void drop(String name) {
    if (tencent()) {
      tencentNext().drop(name);
    } else {
      next.drop(name);
    }
  }

  /** Changes a parameter (or header) of the next request after signing. */
  public void tamper(String name, String value) {
    if (tencent()) {
      tencentNext().tamper(name, value);
    } else {
      next.tamper(name, value);
    }
  }

  /** Gives a common parameter of the next request a value before it is signed. */
  public void commonParameter(String name, String value) {
    if (tencent()) {
      tencentNext().commonParameter(name, value);
    } else {
      next.commonParameter(name, value);
    }
  }

  /** Sends this body instead of the parameters. */
  /** Sends a parameter of the next request a second time, with this value, after signing. */
  public void repeatParameter(String name, String value) {
    if (tencent()) {
      tencentNext().repeat(name, value);
    } else {
      next.repeat(name, value);
    }
  }

  public void rawBody(String body, String contentType) {
    if (tencent()) {
      tencentNext().rawBody(body, contentType);
    } else {
      next.rawBody(body, contentType);
    }
  }

  /** Signs the next request with another secret than the caller's. */
  public void signWithSecret(String secret) {
    if (tencent()) {
      tencentNext().signWithSecret(secret);
    } else {
      next.signWithSecret(secret);
    }
  }

  /** Sends the shaped request for {@code action} in the scenario's vendor protocol. */
  public Reply call(String action) {
    return tencent() ? sendTencent(action).response() : send(action).response();
  }

  public RpcCall.Exchange last() {
    if (last == null) {
      throw new IllegalStateException("no request has been sent yet");
    }
    return last;
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
