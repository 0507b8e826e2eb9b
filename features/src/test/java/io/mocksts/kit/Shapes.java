package io.mocksts.kit;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one place that names the fields whose values differ from call to call and from mock to live
 * (docs/architecture.md, rule 6), and the shape each must have (Alibaba credential fields,
 * https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json;
 * Tencent API 3.0 responses,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md,
 * Tencent credential fields,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json).
 * A vendor may give a name its own shape; other names are shared.
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
          // Lower-case UUID form; one official example is not hex, so any letter (Tencent API 3.0
          // responses).
          "request id",
          Pattern.compile("[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"),
          // "最长不超过1024字节"; the examples start with AKID (Tencent credential fields).
          "temporary SecretId",
          Pattern.compile("AKID[A-Za-z0-9]{1,1020}"),
          "temporary SecretKey",
          Pattern.compile("\\S{16,1024}"),
          // "token长度和绑定的策略有关，最长不超过4096字节" (Tencent credential fields).
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
