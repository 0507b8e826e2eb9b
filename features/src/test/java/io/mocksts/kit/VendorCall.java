package io.mocksts.kit;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * One request in a vendor's protocol, shaped by the steps and then signed and sent: Alibaba's RPC
 * ({@link io.mocksts.kit.alibaba.RpcCall}) or Tencent's API 3.0 ({@link
 * io.mocksts.kit.tencent.ApiCall}). The steps both vendors share shape a request through this
 * interface only; a step about one vendor's own wire format uses that vendor's class.
 */
public interface VendorCall {

  /** A request as sent and the answer received. */
  interface Exchange {
    Reply response();
  }

  VendorCall action(String value);

  /** The access key that signs the request, and the security token of temporary credentials. */
  VendorCall credentials(String accessKeyId, String secret, String token);

  /**
   * Sends the request unsigned, as a federation call without credentials is, unless a step has
   * already chosen another signing shape (Alibaba: no signature parameters; Tencent: {@code
   * Authorization: SKIP}).
   */
  VendorCall anonymous();

  /** Signs with another secret than the caller's. */
  VendorCall signWithSecret(String secret);

  /** A business parameter of the action. */
  VendorCall parameter(String name, String value);

  /** A common (protocol) parameter, set before signing. */
  VendorCall commonParameter(String name, String value);

  /** The API version the request names. */
  VendorCall version(String value);

  VendorCall httpMethod(String value);

  /** The business parameters travel in an {@code x-www-form-urlencoded} body. */
  VendorCall formBody();

  /** Leaves a parameter (or header) out after signing. */
  VendorCall drop(String name);

  /** Changes a parameter (or header) after signing: the signature no longer covers it. */
  VendorCall tamper(String name, String value);

  /** Sends a parameter a second time, with this value, after signing. */
  VendorCall repeat(String name, String value);

  /** Sends this body with this Content-Type instead of the parameters. */
  VendorCall rawBody(String body, String contentType);

  /** Signs the request at {@code at} (the target's time) and sends it. */
  Exchange send(URI endpoint, Instant at);

  /** Sends the request of {@code previous} again exactly: same nonce, same timestamp. */
  Exchange resend(URI endpoint, Exchange previous, Instant sentAt);

  /**
   * Whether the answer is a throttling the kit waits out and retries (Tencent's {@code
   * RequestLimitExceeded}, as the official Go SDK does); never for Alibaba, whose limits the
   * scenarios provoke on purpose.
   */
  boolean retriesAfter(Reply reply);

  /** The temporary credentials a successful answer to {@code action} carries, if any. */
  Optional<Credentials> issuedBy(Reply reply, String action);
}
