package io.mocksts.kit;

/** Who signs a request: an access key (and, for temporary credentials, its security token). */
public record Credentials(String description, String accessKeyId, String secret, String token) {
  @Override
  public String toString() {
    return description + " (" + accessKeyId + ")";
  }
}
