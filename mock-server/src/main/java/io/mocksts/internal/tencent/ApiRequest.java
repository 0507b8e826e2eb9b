package io.mocksts.internal.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mocksts.internal.http.StsRequest;
import java.util.Map;

/**
 * A parsed API 3.0 request: the common parameters, wherever the signature method puts them (Tencent
 * API 3.0 common parameters,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md
 * headers for TC3, Tencent signature v1,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md
 * parameters for v1), and the action's own parameters.
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
    /**
     * {@code Authorization: SKIP}, for the two federation actions (Tencent unsigned federation
     * calls,
     * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go).
     */
    SKIP,
    /** HmacSHA1/HmacSHA256 with SecretId and Signature parameters (Tencent signature v1). */
    V1
  }
}
