package io.mocksts.kit.target;

/**
 * A target profile that cannot be used: each line names the file, the key path and what is wrong.
 * It carries no stack trace (its message is all a reader needs), and it is raised before the kit
 * sends anything to the target.
 */
public final class ProfileException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public ProfileException(String message) {
    super(message, null);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
