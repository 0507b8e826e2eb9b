package io.mocksts;

/**
 * A mock STS that cannot start: an invalid world file (the message names the offending key by its
 * path, e.g. {@code alibaba.accounts[0].users[1].name}), a port that is in use, or options that do
 * not fit together. The message is written for the person who started the mock.
 */
public class MockStsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MockStsException(String message) {
    super(message);
  }

  public MockStsException(String message, Throwable cause) {
    super(message, cause);
  }
}
