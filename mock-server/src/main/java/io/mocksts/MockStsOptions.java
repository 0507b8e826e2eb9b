package io.mocksts;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * How to start a {@link MockSts}. Immutable; each {@code withX} returns a changed copy.
 *
 * @param port the HTTP port; 0 picks a free one
 * @param httpsPort the HTTPS port; 0 picks a free one; empty disables HTTPS
 * @param bindAddress the address to listen on
 * @param worldFile a world YAML file replacing the bundled default world; empty for the default
 * @param clock the base clock (tests may pin it); the mock's control surface can offset it
 * @param journalSize how many requests WireMock's journal keeps; 0 disables the journal
 * @param verbose whether WireMock's informational messages are printed (secrets masked)
 * @param assumeRoleCallsPerMinute Alibaba AssumeRole calls allowed per account and minute
 *     (documented: 6,000); 0 disables the limit
 */
public record MockStsOptions(
    int port,
    Optional<Integer> httpsPort,
    String bindAddress,
    Optional<Path> worldFile,
    Clock clock,
    int journalSize,
    boolean verbose,
    int assumeRoleCallsPerMinute) {

  /** Requests kept in the journal by default: enough to debug, bounded for long runs. */
  public static final int DEFAULT_JOURNAL_SIZE = 100;

  /** Alibaba's documented AssumeRole limit per account and minute (alibaba-sts.md §1.2). */
  public static final int DOCUMENTED_ASSUME_ROLE_CALLS_PER_MINUTE = 6000;

  /**
   * A free HTTP port on 127.0.0.1, no HTTPS, the default world, the system clock, the documented
   * rate limit.
   */
  public static MockStsOptions defaults() {
    return new MockStsOptions(
        0,
        Optional.empty(),
        "127.0.0.1",
        Optional.empty(),
        Clock.systemUTC(),
        DEFAULT_JOURNAL_SIZE,
        false,
        DOCUMENTED_ASSUME_ROLE_CALLS_PER_MINUTE);
  }

  public MockStsOptions withPort(int value) {
    return new MockStsOptions(
        value,
        httpsPort,
        bindAddress,
        worldFile,
        clock,
        journalSize,
        verbose,
        assumeRoleCallsPerMinute);
  }

  public MockStsOptions withHttpsPort(int value) {
    return new MockStsOptions(
        port,
        Optional.of(value),
        bindAddress,
        worldFile,
        clock,
        journalSize,
        verbose,
        assumeRoleCallsPerMinute);
  }

  public MockStsOptions withBindAddress(String value) {
    return new MockStsOptions(
        port, httpsPort, value, worldFile, clock, journalSize, verbose, assumeRoleCallsPerMinute);
  }

  public MockStsOptions withWorldFile(Path value) {
    return new MockStsOptions(
        port,
        httpsPort,
        bindAddress,
        Optional.of(value),
        clock,
        journalSize,
        verbose,
        assumeRoleCallsPerMinute);
  }

  public MockStsOptions withClock(Clock value) {
    return new MockStsOptions(
        port,
        httpsPort,
        bindAddress,
        worldFile,
        value,
        journalSize,
        verbose,
        assumeRoleCallsPerMinute);
  }

  public MockStsOptions withJournalSize(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("journal size must not be negative");
    }
    return new MockStsOptions(
        port, httpsPort, bindAddress, worldFile, clock, value, verbose, assumeRoleCallsPerMinute);
  }

  /** AssumeRole calls allowed per account and minute; 0 disables the limit. */
  public MockStsOptions withAssumeRoleCallsPerMinute(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("the rate limit must not be negative");
    }
    return new MockStsOptions(
        port, httpsPort, bindAddress, worldFile, clock, journalSize, verbose, value);
  }

  public MockStsOptions withVerbose(boolean value) {
    return new MockStsOptions(
        port,
        httpsPort,
        bindAddress,
        worldFile,
        clock,
        journalSize,
        value,
        assumeRoleCallsPerMinute);
  }
}
