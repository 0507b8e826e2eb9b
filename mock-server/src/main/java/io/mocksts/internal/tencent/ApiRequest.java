package io.mocksts.internal.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mocksts.internal.http.StsRequest;
import java.util.Map;

/**
 * A parsed API 3.0 request: the common parameters, wherever the signature method puts them
 * (tencent-sts.md §2.3 headers for TC3, §2.6 parameters for v1), and the action's own parameters.
 *
 * @param http the request as received
 * @param signing how the request is signed
 * @param action the Action, or {@code null}
 * @param version the Version, or {@code null}
 * @param region the Region, or {@code null}
 * @param timestamp the Timestamp as sent, or {@code null}
 * @param token the security token of temporary credentials, or {@code null}
 * @param language the requested message language, or {@code null}
 * @param v1 the v1 signature parameters (SecretId, Signature, SignatureMethod, Nonce, …) and every
 *     other parameter the string to sign covers; empty for TC3
 * @param parameters the action's parameters, structured (v1 {@code Tags.0.Key} becomes a list)
 */
record ApiRequest(
    StsRequest http,
    Signing signing,
    String action,
    String version,
    String region,
    String timestamp,
    String token,
    String language,
    Map<String, String> v1,
    ObjectNode parameters) {

  /** The signature method a request uses. */
  enum Signing {
    /** {@code Authorization: TC3-HMAC-SHA256 ...} (or any other Authorization value). */
    TC3,
    /** {@code Authorization: SKIP}, for the two federation actions (§2.7). */
    SKIP,
    /** HmacSHA1/HmacSHA256 with SecretId and Signature parameters (§2.6). */
    V1
  }
}
