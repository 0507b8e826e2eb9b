package io.mocksts.kit;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one place that names the fields whose values differ from call to call and from mock to live
 * (DESIGN.md §3 rule 8), and the shape each must have (alibaba-sts.md §3.4; tencent-sts.md §3.1,
 * §3.4). A vendor may give a name its own shape; other names are shared.
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

  private static final Map<String, Pattern> TENCENT =
      Map.of(
          // Lower-case UUID form; one official example is not hex, so any letter (§3.1).
          "request id",
          Pattern.compile("[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"),
          // "最长不超过1024字节"; the examples start with AKID (§3.4).
          "temporary SecretId",
          Pattern.compile("AKID[A-Za-z0-9]{1,1020}"),
          "temporary SecretKey",
          Pattern.compile("\\S{16,1024}"),
          // "token长度和绑定的策略有关，最长不超过4096字节" (§3.4).
          "session token",
          Pattern.compile("\\S{16,4096}"),
          "Unix timestamp",
          Pattern.compile("[0-9]{10}"));

  private Shapes() {}

  /** The pattern of a named shape for a vendor: the vendor's own, else the shared one. */
  public static Pattern of(String vendor, String name) {
    Pattern own = vendor.equals("tencent") ? TENCENT.get(name) : null;
    return own != null ? own : of(name);
  }

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
