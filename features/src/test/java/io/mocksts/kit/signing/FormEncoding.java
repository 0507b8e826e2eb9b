package io.mocksts.kit.signing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * RFC 3986 percent-encoding and query-string / form-body building for the conformance kit's own
 * Alibaba signers.
 *
 * <p>Written from the vendor documentation (Alibaba V1 signature,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md
 * step 2, Alibaba V3 signature,
 * https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature), never shared
 * with the mock server, so that a bug in one cannot hide the same bug in the other.
 */
public final class FormEncoding {

  private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

  /**
   * Orders names by the unsigned bytes of their UTF-8 encoding ("sort by parameter name, byte
   * order", V1 signature step 1 and V3 CanonicalQuery).
   */
  static final Comparator<String> UTF8_BYTE_ORDER =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private FormEncoding() {}

  /**
   * Percent-encodes {@code value} as specified in the V1 signature, step 2 (also used by V3): the
   * UTF-8 bytes of {@code A–Z a–z 0–9 - _ . ~} are kept, every other byte becomes {@code %XY} with
   * upper-case hex; a space therefore becomes {@code %20}, never {@code +}.
   *
   * @param value the text to encode, not {@code null}
   * @return the encoded text
   */
  public static String percentEncode(String value) {
    Objects.requireNonNull(value, "value");
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX_UPPER[c >>> 4]).append(HEX_UPPER[c & 0x0F]);
      }
    }
    return out.toString();
  }

  /**
   * Builds {@code percentEncode(name)=percentEncode(value)} pairs joined by {@code &}, in the
   * iteration order of {@code params} (V1 signature, step 3; pass a sorted map to obtain the
   * canonical form). Use it for the query string or the {@code application/x-www-form-urlencoded}
   * body so that the kit sends exactly the bytes it signed.
   *
   * @param params names and values; neither may be {@code null}
   * @return the encoded string, empty for an empty map
   */
  public static String encode(Map<String, String> params) {
    StringJoiner joined = new StringJoiner("&");
    params.forEach((name, value) -> joined.add(percentEncode(name) + "=" + percentEncode(value)));
    return joined.toString();
  }

  /**
   * Like {@link #encode(Map)} but sorted by name in UTF-8 byte order (V1 signature, steps 1–3): the
   * CanonicalizedQueryString of V1 and the CanonicalQueryString of V3, where a {@code null} value
   * counts as the empty string.
   *
   * @param params names and values; names may not be {@code null}
   * @return the canonical string, empty for an empty map
   */
  public static String encodeSorted(Map<String, String> params) {
    StringJoiner joined = new StringJoiner("&");
    params.keySet().stream()
        .sorted(UTF8_BYTE_ORDER)
        .forEach(
            name -> {
              String value = params.get(name);
              joined.add(percentEncode(name) + "=" + percentEncode(value == null ? "" : value));
            });
    return joined.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }
}
