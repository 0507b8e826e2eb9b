package io.mocksts.internal.core;

/** A world file that cannot be used; the message names the offending key by its path. */
public class WorldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;

  public WorldException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  public WorldException(String path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
  }

  /** The dotted path of the offending key, e.g. {@code alibaba.accounts[0].users[1].name}. */
  public String path() {
    return path;
  }
}
