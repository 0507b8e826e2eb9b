package io.mocksts.kit.deviants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Every long-term access key of a world file ({@code fixtures/world.yaml}): id → secret. */
final class Keys {

  private final Map<String, String> secrets = new HashMap<>();

  private Keys() {}

  static Keys of(Path world) {
    Keys keys = new Keys();
    try {
      keys.collect(new ObjectMapper(new YAMLFactory()).readTree(world.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + world, e);
    }
    return keys;
  }

  private void collect(JsonNode node) {
    if (node.isObject()) {
      if (node.has("id") && node.has("secret")) {
        secrets.put(node.get("id").asText(), node.get("secret").asText());
      }
      node.elements().forEachRemaining(this::collect);
    } else if (node.isArray()) {
      node.elements().forEachRemaining(this::collect);
    }
  }

  /** The secret of a key, or {@code null} when the world has no such key. */
  String secret(String id) {
    return secrets.get(id);
  }
}
