package io.mocksts.internal.alibaba;

import java.util.Locale;
import java.util.Optional;

/** The {@code Format} common parameter: JSON (the default here, alibaba-sts.md §2.3) or XML. */
enum ResponseFormat {
  JSON("application/json;charset=utf-8"),
  XML("text/xml;charset=utf-8");

  private final String contentType;

  ResponseFormat(String contentType) {
    this.contentType = contentType;
  }

  String contentType() {
    return contentType;
  }

  /** Reads the parameter case-insensitively; an absent parameter means JSON. */
  static Optional<ResponseFormat> of(String parameter) {
    if (parameter == null || parameter.isEmpty()) {
      return Optional.of(JSON);
    }
    return switch (parameter.toUpperCase(Locale.ROOT)) {
      case "JSON" -> Optional.of(JSON);
      case "XML" -> Optional.of(XML);
      default -> Optional.empty();
    };
  }
}
