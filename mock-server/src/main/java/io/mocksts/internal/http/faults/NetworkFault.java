package io.mocksts.internal.http.faults;

import java.time.Duration;

/**
 * A fault of the connection rather than of the answer: what a client sees when the network or a
 * proxy between it and the STS misbehaves.
 *
 * @param kind what happens to the connection
 * @param chunks for {@link Kind#DRIBBLE}: the number of pieces the body is sent in
 * @param duration for {@link Kind#DRIBBLE}: how long sending the whole body takes
 */
public record NetworkFault(Kind kind, int chunks, Duration duration) {

  /** The kinds of network fault. */
  public enum Kind {
    /** The connection is closed without any response. */
    DROP("drop", false),
    /** The connection is reset (TCP RST) without any response. */
    RESET("reset", false),
    /** The status line and headers of the real answer, then part of its body, then close. */
    TRUNCATED("truncated", true),
    /** An HTTP 200 status line, then a malformed chunk of body, then close. */
    MALFORMED("malformed", false),
    /** Random bytes instead of an HTTP response, then close. */
    GARBAGE("garbage", false),
    /** The real answer, its body sent slowly in pieces. */
    DRIBBLE("dribble", true);

    private final String wireName;
    private final boolean carriesAnswer;

    Kind(String wireName, boolean carriesAnswer) {
      this.wireName = wireName;
      this.carriesAnswer = carriesAnswer;
    }

    /** The name the admin API and the listing use. */
    public String wireName() {
      return wireName;
    }

    /**
     * Whether the client receives (part of) the real answer, so the request is processed; for the
     * other kinds the request never reaches the STS.
     */
    public boolean carriesAnswer() {
      return carriesAnswer;
    }

    /** The kind of a wire name, ignoring case. */
    public static java.util.Optional<Kind> of(String name) {
      for (Kind kind : values()) {
        if (kind.wireName.equalsIgnoreCase(name)) {
          return java.util.Optional.of(kind);
        }
      }
      return java.util.Optional.empty();
    }
  }

  public NetworkFault {
    if (kind == null) {
      throw new FaultException("a network fault needs a kind");
    }
    duration = duration == null ? Duration.ZERO : duration;
    if (kind == Kind.DRIBBLE) {
      if (chunks < 1 || chunks > MAX_CHUNKS) {
        throw new FaultException("dribble: chunks must be between 1 and " + MAX_CHUNKS);
      }
      if (duration.isNegative() || duration.compareTo(FaultRegistry.MAX_DELAY) > 0) {
        throw new FaultException(
            "dribble: durationMs must be between 0 and " + FaultRegistry.MAX_DELAY.toMillis());
      }
    }
  }

  /** The most pieces a dribbled body is cut into. */
  public static final int MAX_CHUNKS = 10_000;

  /** A fault without parameters (every kind but {@link Kind#DRIBBLE}). */
  public static NetworkFault of(Kind kind) {
    return new NetworkFault(kind, 1, Duration.ZERO);
  }
}
