package io.mocksts.internal.http;

/** Checks the percent escapes of {@code application/x-www-form-urlencoded} text. */
public final class Escapes {

  private Escapes() {}

  /**
   * Whether every {@code %} in the text is followed by two hexadecimal digits (RFC 3986 §2.1), the
   * only form a URL decoder accepts: {@code %zz}, a lone {@code %}, {@code %4} and {@code %u0041}
   * are not.
   */
  public static boolean wellFormed(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) == '%') {
        if (i + 2 >= length || !hex(text.charAt(i + 1)) || !hex(text.charAt(i + 2))) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }

  /** The same check over bytes (a form body), without decoding them first. */
  public static boolean wellFormed(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%') {
        if (i + 2 >= bytes.length || !hex((char) bytes[i + 1]) || !hex((char) bytes[i + 2])) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
