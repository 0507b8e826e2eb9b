package io.mocksts.kit.record;

import java.net.URI;

/**
 * Sends the same logical request again, translated, to another endpoint, signed as the original was
 * (same signing scheme, nonce and timestamp; a request signed with a wrong secret or changed after
 * signing stays so). Given by the vendor's call class ({@code RpcCall}, {@code ApiCall}).
 */
@FunctionalInterface
public interface Replay {
  void sendTo(URI endpoint, Translation translation);
}
