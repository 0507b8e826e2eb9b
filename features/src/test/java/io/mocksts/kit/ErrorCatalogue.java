package io.mocksts.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The documented errors of one vendor ({@code fixtures/errors/<vendor>.yaml}): the one place where
 * a scenario's error message is compared with the documentation. Templates ({@code %s}) match any
 * text.
 */
public final class ErrorCatalogue {

  /**
   * One documented error.
   *
   * @param zh the Chinese text the vendor sends when a request asks for {@code zh-CN} messages
   *     (Tencent's {@code X-TC-Language}), or null
   */
  public record Entry(
      String code, Integer status, List<String> messages, boolean confirmed, String zh) {

    /** Whether {@code message} is one of the documented wordings. */
    public boolean documents(String message) {
      return messages.stream().anyMatch(m -> template(m).matcher(message).matches());
    }

    private static Pattern template(String message) {
      String[] parts = message.split("%s", -1);
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          regex.append("(?s).*");
        }
        regex.append(Pattern.quote(parts[i]));
      }
      return Pattern.compile(regex.toString());
    }
  }

  private static final Map<Path, ErrorCatalogue> READ = new ConcurrentHashMap<>();

  private final List<Entry> entries;

  private ErrorCatalogue(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The catalogue of a vendor, read once per run from {@code <fixtures>/errors/<vendor>.yaml}. */
  public static ErrorCatalogue of(String vendor) {
    Path file =
        Path.of(System.getProperty("sts.fixtures", "../fixtures"), "errors", vendor + ".yaml");
    return READ.computeIfAbsent(file.toAbsolutePath().normalize(), ErrorCatalogue::read);
  }

  static ErrorCatalogue read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the error catalogue " + file, e);
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode node : root.path("codes")) {
      List<String> messages = new ArrayList<>();
      node.path("messages").forEach(m -> messages.add(m.asText()));
      JsonNode status = node.get("status");
      entries.add(
          new Entry(
              node.path("code").asText(),
              status == null || status.isNull() ? null : status.asInt(),
              messages,
              node.path("confirmed").asBoolean(false),
              node.hasNonNull("zh") ? node.get("zh").asText() : null));
    }
    return new ErrorCatalogue(entries);
  }

  /**
   * The entry for a code; {@code MissingRoleArn} and the like fall back to the {@code
   * Missing{ParameterName}} entry.
   */
  public Optional<Entry> entry(String code) {
    Optional<Entry> exact = entries.stream().filter(e -> e.code().equals(code)).findFirst();
    if (exact.isPresent() || !code.startsWith("Missing")) {
      return exact;
    }
    return entries.stream().filter(e -> e.code().equals("Missing{ParameterName}")).findFirst();
  }
}
