package io.mocksts.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vendor pages of {@code docs/sources.yaml}: a {@code @doc-<key>-…} tag names a topic of its
 * {@code sections} (resolved by the longest matching key), whose {@code pages} have a title and a
 * URL. The report links only to URLs from that file.
 */
final class Sources {

  /** A vendor documentation page. */
  record Page(String title, String url) {}

  private final Map<String, Page> pages;
  private final Map<String, List<String>> sections;

  private Sources(Map<String, Page> pages, Map<String, List<String>> sections) {
    this.pages = pages;
    this.sections = sections;
  }

  static Sources none() {
    return new Sources(Map.of(), Map.of());
  }

  /** Reads the file; a missing file means no links. */
  static Sources read(Path file) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      return none();
    }
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    Map<String, Page> pages = new LinkedHashMap<>();
    root.path("pages")
        .fields()
        .forEachRemaining(
            e -> {
              String url = e.getValue().path("url").asText("");
              if (url.startsWith("https://") || url.startsWith("http://")) {
                pages.put(e.getKey(), new Page(e.getValue().path("title").asText(e.getKey()), url));
              }
            });
    Map<String, List<String>> sections = new LinkedHashMap<>();
    root.path("sections")
        .fields()
        .forEachRemaining(
            e -> {
              List<String> ids = new ArrayList<>();
              e.getValue().path("pages").forEach(p -> ids.add(p.asText()));
              sections.put(e.getKey(), ids);
            });
    return new Sources(pages, sections);
  }

  /** The pages behind one {@code @doc-…} tag, or none. */
  List<Page> forTag(String tag) {
    if (tag == null || !tag.startsWith("@doc-")) {
      return List.of();
    }
    String topic = tag.substring("@doc-".length());
    String best = null;
    for (String key : sections.keySet()) {
      if ((topic.equals(key) || topic.startsWith(key + "-") || topic.startsWith(key + "."))
          && (best == null || key.length() > best.length())) {
        best = key;
      }
    }
    if (best == null) {
      return List.of();
    }
    return sections.get(best).stream().map(pages::get).filter(p -> p != null).toList();
  }

  /** The pages behind all the {@code @doc-…} tags given, each page once, in order. */
  List<Page> forTags(Collection<String> tags) {
    Set<Page> out = new LinkedHashSet<>();
    tags.forEach(t -> out.addAll(forTag(t)));
    return List.copyOf(out);
  }
}
