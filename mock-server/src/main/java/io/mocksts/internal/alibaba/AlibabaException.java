package io.mocksts.internal.alibaba;

import java.util.Arrays;

/** The one exception type of the Alibaba protocol: it carries a catalogue entry. */
public final class AlibabaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient AlibabaError error;
  private final String code;

  AlibabaException(AlibabaError error, Object... args) {
    super(format(error.message(), args), null, false, false);
    this.error = error;
    this.code = format(error.code(), args);
  }

  private static String format(String template, Object... args) {
    if (!template.contains("%s")) {
      return template;
    }
    return String.format(template, Arrays.copyOf(args, Math.max(args.length, 1)));
  }

  public AlibabaError error() {
    return error;
  }

  public int status() {
    return error.status();
  }

  public String code() {
    return code;
  }
}
