package io.mocksts.internal.http;

import java.util.Locale;

/** Reads the media type of a {@code Content-Type} header value (RFC 9110 §8.3.1). */
public final class MediaTypes {

  private MediaTypes() {}

  /**
   * The media type of a {@code Content-Type} value: the part before the first {@code ;}, trimmed
   * and lower-cased. Never fails, whatever the value.
   *
   * @return {@code null} when the header is absent or blank; otherwise the media type, which is
   *     empty when the value has parameters but no type (such as {@code ;} or {@code ;charset=x})
   */
  public static String of(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT);
  }
}
