package io.mocksts.internal.tencent;

import java.util.Locale;

/** A documented Tencent error, thrown by any check and rendered by the protocol. */
public final class TencentException extends RuntimeException {

  private final transient TencentError error;
  private final transient Object[] args;

  TencentException(TencentError error, Object... args) {
    super(error.code(), null, false, false);
    this.error = error;
    this.args = args.clone();
  }

  public TencentError error() {
    return error;
  }

  /** The message in the requested language: Chinese for {@code zh-CN}, English otherwise. */
  public String message(String language) {
    if ("zh-CN".equalsIgnoreCase(language)) {
      return error.chinese();
    }
    return args.length == 0 ? error.message() : String.format(Locale.ROOT, error.message(), args);
  }
}
