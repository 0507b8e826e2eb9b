package io.mocksts.kit.record;

/**
 * How a request to the target becomes the same logical request to the reference STS (record mode):
 * the target's names and ids back to the logical ones of the reference world, and the target's keys
 * to the reference world's keys of the same logical identity.
 */
public interface Translation {

  /** A key: its id, secret and (temporary credentials) security token, any of them null. */
  record Key(String id, String secret, String token) {
    @Override
    public String toString() {
      return "Key[" + id + "]";
    }
  }

  /** A parameter value, header value or body with the target's names replaced. */
  String text(String value);

  /** The reference's key for the logical identity that holds {@code key} on the target. */
  Key key(Key key);

  /** Changes nothing: the reference is the target. */
  Translation NONE =
      new Translation() {
        @Override
        public String text(String value) {
          return value;
        }

        @Override
        public Key key(Key key) {
          return key;
        }
      };
}
