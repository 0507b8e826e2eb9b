package io.mocksts.kit;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one place that names the fields whose values differ from call to call and from mock to live
 * (DESIGN.md §3 rule 8), and the shape each must have (alibaba-sts.md §3.4).
 */
public final class Shapes {

  private static final Map<String, Pattern> SHAPES =
      Map.of(
          "request id",
          Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}"),
          "temporary AccessKeyId",
          Pattern.compile("STS\\.[A-Za-z0-9]{16,}"),
          "AccessKeySecret",
          Pattern.compile("[A-Za-z0-9]{30,}"),
          "security token",
          Pattern.compile("\\S{16,}"),
          "UTC timestamp",
          Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"),
          "numeric id",
          Pattern.compile("[0-9]+"));

  private Shapes() {}

  /** The pattern of a named shape. */
  public static Pattern of(String name) {
    Pattern pattern = SHAPES.get(name);
    if (pattern == null) {
      throw new IllegalArgumentException(
          "no shape named '" + name + "'; known: " + SHAPES.keySet());
    }
    return pattern;
  }
}
