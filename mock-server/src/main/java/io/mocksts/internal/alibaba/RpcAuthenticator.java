package io.mocksts.internal.alibaba;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.KeyOwner;
import io.mocksts.internal.core.ReplayCache;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gateway's authentication of AK-signed calls (Alibaba common parameters,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md;
 * Alibaba V1 signature,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md;
 * Alibaba V3 signature,
 * https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature, Alibaba
 * gateway common errors, https://help.aliyun.com/document_detail/48054.html): the signature
 * parameters are present and well formed, the timestamp is within the window, the access key is
 * known and active (or, for STS credentials, the security token is this mock's, unaltered,
 * unexpired and bound to the key), the signature matches, and the nonce is fresh.
 */
final class RpcAuthenticator {

  /**
   * Requests whose timestamp is further than this from the signature clock are refused. The
   * signature clock is real time by default, as clients sign with their own clocks; moving the
   * mock's clock then changes expiry, not this window (docs/time-and-replicas.md).
   */
  static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(15);

  static final SessionTokens.Format STS_FORMAT = new SessionTokens.Format("STS.", 25, 44, "CAIS");

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

  private final World world;
  private final SessionTokens tokens;
  private final ReplayCache nonces;
  private final Clock clock;

  RpcAuthenticator(World world, SessionTokens tokens, ReplayCache nonces, Clock clock) {
    this.world = world;
    this.tokens = tokens;
    this.nonces = nonces;
    this.clock = clock;
  }

  /**
   * Who signed the request, and the request as the handler may see it: only parameters the
   * signature covered.
   */
  record Authenticated(Caller caller, RpcRequest request) {}

  Authenticated authenticate(RpcRequest request) {
    return request.isV3()
        ? new Authenticated(authenticateV3(request), request)
        : authenticateV1(request);
  }

  private Authenticated authenticateV1(RpcRequest request) {
    String accessKeyId = request.parameter("AccessKeyId");
    if (accessKeyId == null) {
      throw AlibabaError.MISSING_PARAMETER.exception("AccessKeyId");
    }
    String signature = request.parameter("Signature");
    if (signature == null || signature.isEmpty()) {
      throw AlibabaError.MISSING_SIGNATURE.exception();
    }
    String method = request.required("SignatureMethod", AlibabaError.MISSING_PARAMETER);
    if (!method.equals(V1Signature.METHOD)) {
      throw AlibabaError.INVALID_SIGNATURE_METHOD.exception();
    }
    String version = request.required("SignatureVersion", AlibabaError.MISSING_PARAMETER);
    if (!version.equals(V1Signature.VERSION)) {
      throw AlibabaError.INCOMPLETE_SIGNATURE.exception();
    }
    checkTimestamp(request.required("Timestamp", AlibabaError.MISSING_PARAMETER));
    String nonce = request.required("SignatureNonce", AlibabaError.MISSING_PARAMETER);

    Resolved key = resolve(accessKeyId, request.parameter("SecurityToken"));
    String httpMethod = request.http().method();
    Map<String, String> parameters = request.parameters();
    String stringToSign = V1Signature.stringToSign(httpMethod, parameters, false);
    boolean valid = V1Signature.matches(signature, V1Signature.sign(stringToSign, key.secret()));
    RpcRequest covered = request;
    if (!valid) {
      // The Tea SDKs leave empty-valued parameters out of the string to sign (Alibaba V1 signature
      // step 3). Then
      // the empty parameters were not signed, and the handler must not see them.
      String teaStringToSign = V1Signature.stringToSign(httpMethod, parameters, true);
      valid = V1Signature.matches(signature, V1Signature.sign(teaStringToSign, key.secret()));
      covered = request.withoutEmptyParameters();
    }
    if (!valid) {
      throw AlibabaError.SIGNATURE_DOES_NOT_MATCH.exception(stringToSign);
    }
    checkNonce(accessKeyId, nonce);
    return new Authenticated(key.caller(), covered);
  }

  private Caller authenticateV3(RpcRequest request) {
    V3Signature.Authorization authorization =
        V3Signature.parse(request.http().header("authorization"))
            .orElseThrow(AlibabaError.INCOMPLETE_SIGNATURE::exception);
    Map<String, String> headers = new LinkedHashMap<>();
    request.http().headers().forEach((name, values) -> headers.put(name, values.get(0)));
    List<String> signed = authorization.signedHeaders();
    // Every x-acs-* header must be signed (the action, the date, the nonce, the body's hash, the
    // token); host and content-type are verified when signed, and the pop SDK's V3 mode signs
    // content-type but not host.
    boolean everyAcsHeaderSigned =
        headers.keySet().stream()
            .filter(name -> name.startsWith("x-acs-"))
            .allMatch(signed::contains);
    if (!everyAcsHeaderSigned) {
      throw AlibabaError.INCOMPLETE_SIGNATURE.exception();
    }
    String date = headers.get("x-acs-date");
    if (date == null) {
      throw AlibabaError.MISSING_PARAMETER.exception("x-acs-date");
    }
    checkTimestamp(date);
    String nonce = headers.get("x-acs-signature-nonce");
    if (nonce == null || nonce.isEmpty()) {
      throw AlibabaError.MISSING_PARAMETER.exception("x-acs-signature-nonce");
    }
    Resolved key = resolve(authorization.accessKeyId(), headers.get("x-acs-security-token"));
    String canonical =
        V3Signature.canonicalRequest(
            request.http().method(),
            request.http().path(),
            request.queryParameters(),
            headers,
            signed,
            request.http().body());
    String stringToSign = V3Signature.stringToSign(canonical);
    if (!V1Signature.matches(
        authorization.signature(), V3Signature.sign(stringToSign, key.secret()))) {
      throw AlibabaError.SIGNATURE_DOES_NOT_MATCH.exception(stringToSign);
    }
    checkNonce(authorization.accessKeyId(), nonce);
    return key.caller();
  }

  private record Resolved(Caller caller, String secret) {}

  private Resolved resolve(String accessKeyId, String securityToken) {
    if (accessKeyId.startsWith(STS_FORMAT.accessKeyIdPrefix())) {
      if (securityToken == null || securityToken.isEmpty()) {
        throw AlibabaError.MISSING_SECURITY_TOKEN.exception();
      }
      SessionTokens.Check check = tokens.check(accessKeyId, securityToken, STS_FORMAT);
      if (check instanceof SessionTokens.Check.Valid valid
          && valid.session().vendor() == Vendor.ALIBABA) {
        Account account =
            world
                .account(Vendor.ALIBABA, valid.session().accountId())
                .orElseThrow(AlibabaError.SECURITY_TOKEN_MALFORMED::exception);
        return new Resolved(
            new Caller.RoleSession(account, valid.session()),
            tokens.secretFor(valid, STS_FORMAT.secretLength()));
      }
      if (check instanceof SessionTokens.Check.Expired) {
        throw AlibabaError.SECURITY_TOKEN_EXPIRED.exception();
      }
      if (check instanceof SessionTokens.Check.Mismatch) {
        throw AlibabaError.SECURITY_TOKEN_MISMATCH.exception();
      }
      throw AlibabaError.SECURITY_TOKEN_MALFORMED.exception();
    }
    KeyOwner owner =
        world
            .accessKey(Vendor.ALIBABA, accessKeyId)
            .orElseThrow(AlibabaError.ACCESS_KEY_NOT_FOUND::exception);
    if (!owner.key().active()) {
      throw AlibabaError.ACCESS_KEY_INACTIVE.exception();
    }
    Caller caller =
        owner
            .user()
            .<Caller>map(u -> new Caller.RamUser(owner.account(), u))
            .orElseGet(() -> new Caller.Root(owner.account()));
    return new Resolved(caller, owner.key().secret());
  }

  private void checkTimestamp(String value) {
    Instant timestamp;
    try {
      timestamp = LocalDateTime.parse(value, TIMESTAMP).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw AlibabaError.TIMESTAMP_FORMAT.exception();
    }
    Duration skew = Duration.between(clock.instant(), timestamp).abs();
    if (skew.compareTo(TIMESTAMP_WINDOW) > 0) {
      throw AlibabaError.TIMESTAMP_EXPIRED.exception();
    }
  }

  /**
   * Records the nonce for its AccessKeyId once the signature verified. When every key together
   * already holds the total bound of nonces, the request is refused with {@code Throttling.User}
   * (fail closed) rather than forgetting another key's nonces.
   */
  private void checkNonce(String accessKeyId, String nonce) {
    switch (nonces.use(accessKeyId, nonce)) {
      case FIRST -> {}
      case REPLAY -> throw AlibabaError.SIGNATURE_NONCE_USED.exception();
      case FULL -> throw AlibabaError.THROTTLING_USER.exception();
    }
  }
}
