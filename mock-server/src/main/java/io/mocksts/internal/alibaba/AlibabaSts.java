package io.mocksts.internal.alibaba;

import io.mocksts.internal.core.ReplayCache;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.World;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Builds the Alibaba protocol with its route table: one handler per action. */
public final class AlibabaSts {

  /** Nonces are remembered for twice the timestamp window: a timestamp may be 15 min ahead. */
  static final Duration NONCE_WINDOW = RpcAuthenticator.TIMESTAMP_WINDOW.multipliedBy(2);

  /** At most this many nonces are remembered; beyond it the oldest are forgotten first. */
  static final int NONCE_CAPACITY = 200_000;

  private AlibabaSts() {}

  public static AlibabaProtocol protocol(
      World world, SessionTokens tokens, Clock clock, Consumer<String> faultLog) {
    RpcAuthenticator authenticator =
        new RpcAuthenticator(
            world, tokens, new ReplayCache(clock, NONCE_WINDOW, NONCE_CAPACITY), clock);
    return new AlibabaProtocol(
        authenticator,
        List.of(new AssumeRole(world, tokens, clock), new GetCallerIdentity()),
        faultLog);
  }
}
