package io.mocksts.internal.alibaba;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Format} common parameter: JSON (the default here, Alibaba common parameters,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md)
 * or XML.
 */
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
