package io.mocksts.kit;

/** Who signs a request: an access key (and, for temporary credentials, its security token). */
public record Credentials(String description, String accessKeyId, String secret, String token) {

  /**
   * The temporary credentials in a successful answer, read from the vendor's three fields (id,
   * secret, token); empty when the answer carries none.
   */
  public static java.util.Optional<Credentials> in(
      Reply reply, String description, String idField, String secretField, String tokenField) {
    if (!reply.succeeded() || reply.field(idField).isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Credentials(
            description,
            reply.field(idField).orElseThrow(),
            reply.field(secretField).orElseThrow(),
            reply.field(tokenField).orElseThrow()));
  }

  @Override
  public String toString() {
    return description + " (" + accessKeyId + ")";
  }
}
