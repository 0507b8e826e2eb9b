package io.mocksts.internal.http;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses {@code application/x-www-form-urlencoded} text: query strings and form bodies. */
public final class QueryStrings {

  private QueryStrings() {}

  /**
   * Decodes name/value pairs in order. {@code +} decodes to a space, as every SDK's URL encoder
   * expects (Alibaba V1 signature,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md
   * wire-encoding caveat).
   *
   * @throws IllegalArgumentException on a malformed percent escape
   */
  public static List<Map.Entry<String, String>> parse(String encoded) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return pairs;
    }
    for (String part : encoded.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      pairs.add(
          Map.entry(
              URLDecoder.decode(name, StandardCharsets.UTF_8),
              URLDecoder.decode(value, StandardCharsets.UTF_8)));
    }
    return pairs;
  }

  /**
   * Decodes a request body as UTF-8, refusing malformed input instead of replacing it.
   *
   * @throws CharacterCodingException when the bytes are not UTF-8
   */
  public static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
