package io.mocksts.internal.tencent;

import io.mocksts.internal.core.AccessKey;
import io.mocksts.internal.core.KeyOwner;
import io.mocksts.internal.core.ReplayCache;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.http.StsRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authenticates API 3.0 requests against the world's keys and the temporary credentials this mock
 * issued: TC3-HMAC-SHA256 (Tencent TC3-HMAC-SHA256 signature,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md)
 * and v1 HmacSHA1/HmacSHA256 (Tencent signature v1,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md),
 * the 5-minute timestamp window (Tencent timestamp skew,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md)
 * and the {@code X-TC-Token} of temporary credentials.
 *
 * <p>The service name is taken from the client's own credential scope: the Java SDK derives it from
 * the first label of the endpoint ({@code 127} for {@code 127.0.0.1:PORT}, Tencent TC3-HMAC-SHA256
 * signature, Tencent Java SDK endpoint configuration,
 * https://repo1.maven.org/maven2/com/tencentcloudapi/tencentcloud-sdk-java-common/3.1.678/), so a
 * server that insisted on {@code sts} would refuse every local SDK call. The host is verified as
 * sent, and without its port for the Node.js SDK, which signs the host bare (docs/architecture.md,
 * rule 10). Both are real verifications: a signature proves possession of the secret either way.
 */
final class TencentAuthenticator {

  /**
   * The documented window between the request's timestamp and the server clock (Tencent timestamp
   * skew). The clock is the signature clock: real time by default, as clients sign with their own
   * clocks; moving the mock's clock then changes expiry, not this window
   * (docs/time-and-replicas.md).
   */
  static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(5);

  /**
   * Temporary credentials: {@code AKID…} (Tencent credential fields,
   * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json
   * examples), a 32-character secret.
   */
  static final SessionTokens.Format STS_FORMAT = new SessionTokens.Format("AKID", 32, 32, "");

  private static final Pattern SECRET_ID = Pattern.compile("AKID[A-Za-z0-9]{1,124}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");

  /**
   * v1 {@code Nonce}: a random positive integer. The SDKs' ranges differ (the Python SDK sends up
   * to {@code sys.maxsize}, 19 digits), so any integer of up to 20 digits is taken, as text.
   */
  private static final Pattern NONCE = Pattern.compile("[0-9]{1,20}");

  /**
   * v1 nonces are remembered for twice the timestamp window: a timestamp may be 5 min ahead or
   * behind.
   */
  static final Duration NONCE_WINDOW = TIMESTAMP_WINDOW.multipliedBy(2);

  /** v1 nonces one SecretId keeps at most; beyond it that key's own oldest are forgotten first. */
  static final int NONCE_CAPACITY_PER_KEY = 200_000;

  /**
   * v1 nonces all SecretIds keep at most; when that many are remembered, a key below its own bound
   * is refused ({@code RequestLimitExceeded}) until older nonces leave the window. About 100 bytes
   * each ({@link ReplayCache}): some 40 MB at the bound.
   */
  static final int NONCE_CAPACITY_TOTAL = 400_000;

  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "TC3-HMAC-SHA256\\s+Credential=([^/,\\s]*)/([0-9]{4}-[0-9]{2}-[0-9]{2})/([^/,\\s]+)/tc3_request\\s*,"
              + "\\s*SignedHeaders=([a-z0-9;\\-]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");

  private final World world;
  private final SessionTokens tokens;
  private final Clock clock;
  private final ReplayCache nonces;

  TencentAuthenticator(World world, SessionTokens tokens, Clock clock, ReplayCache nonces) {
    this.world = world;
    this.tokens = tokens;
    this.clock = clock;
    this.nonces = nonces;
  }

  /** The v1 nonce cache with the documented bounds. */
  static ReplayCache nonceCache(Clock clock) {
    return new ReplayCache(clock, NONCE_WINDOW, NONCE_CAPACITY_PER_KEY, NONCE_CAPACITY_TOTAL);
  }

  /** Authenticates a request to an action that needs a signature. */
  Caller authenticate(ApiRequest request) {
    return switch (request.signing()) {
      case SKIP -> throw TencentError.INVALID_AUTHORIZATION.exception();
      case TC3 -> tc3(request);
      case V1 -> v1(request);
    };
  }

  private Caller tc3(ApiRequest request) {
    StsRequest http = request.http();
    checkTimestamp(request.timestamp(), "X-TC-Timestamp");
    Matcher m = AUTHORIZATION.matcher(http.header("authorization"));
    if (!m.matches()) {
      throw TencentError.INVALID_AUTHORIZATION.exception();
    }
    String secretId = m.group(1);
    String date = m.group(2);
    String service = m.group(3);
    List<String> signedHeaders = List.of(m.group(4).split(";"));
    String signature = m.group(5);
    if (!signedHeaders.contains("content-type") || !signedHeaders.contains("host")) {
      throw TencentError.INVALID_AUTHORIZATION.exception();
    }
    Resolved key = resolve(secretId, request.token());
    String expectedDate =
        Instant.ofEpochSecond(Long.parseLong(request.timestamp()))
            .atZone(ZoneOffset.UTC)
            .toLocalDate()
            .toString();
    if (!expectedDate.equals(date)) {
      throw TencentError.SIGNATURE_FAILURE.exception();
    }
    String scope = date + "/" + service + "/tc3_request";
    String payload =
        Tc3Signature.UNSIGNED_PAYLOAD.equals(http.header("x-tc-content-sha256"))
            ? Tc3Signature.sha256Hex(Tc3Signature.UNSIGNED_PAYLOAD)
            : Tc3Signature.sha256Hex(http.body());
    boolean matches = false;
    for (String host : hosts(http)) {
      Map<String, String> values = new HashMap<>();
      for (String name : signedHeaders) {
        values.put(
            name, name.equals("host") ? host : Optional.ofNullable(http.header(name)).orElse(""));
      }
      String canonical =
          Tc3Signature.canonicalRequest(
              http.method(), http.rawQuery(), signedHeaders, values, payload);
      String expected =
          Tc3Signature.sign(
              key.secret(),
              date,
              service,
              Tc3Signature.stringToSign(request.timestamp(), scope, canonical));
      matches |= constantTimeEquals(expected, signature);
    }
    if (!matches) {
      throw TencentError.SIGNATURE_FAILURE.exception();
    }
    return key.caller();
  }

  private Caller v1(ApiRequest request) {
    String contentType = request.http().header("content-type");
    if (contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw TencentError.INVALID_AUTHORIZATION
          .exception(); // JSON bodies must use TC3 (Tencent API 3.0 request structure,
      // https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md)
    }
    Map<String, String> params = request.v1();
    String secretId = params.get("SecretId");
    String signature = params.get("Signature");
    if (secretId == null || secretId.isEmpty()) {
      throw TencentError.MISSING_PARAMETER.exception("SecretId");
    }
    if (signature == null || signature.isEmpty()) {
      throw TencentError.MISSING_PARAMETER.exception("Signature");
    }
    String nonce = params.get("Nonce");
    if (nonce == null || nonce.isEmpty()) {
      throw TencentError.MISSING_PARAMETER.exception("Nonce");
    }
    if (!NONCE.matcher(nonce).matches()) {
      throw TencentError.TYPE_ERROR.exception("Nonce");
    }
    checkTimestamp(request.timestamp(), "Timestamp");
    Resolved key = resolve(secretId, request.token());
    String algorithm = HmacV1Signature.algorithm(params.get("SignatureMethod"));
    boolean matches = false;
    for (String host : hosts(request.http())) {
      String expected =
          HmacV1Signature.sign(
              key.secret(),
              algorithm,
              HmacV1Signature.stringToSign(
                  request.http().method(), host, request.http().path(), params));
      matches |= constantTimeEquals(expected, signature);
    }
    if (!matches) {
      throw TencentError.SIGNATURE_FAILURE.exception();
    }
    checkNonce(secretId, request.timestamp(), nonce);
    return key.caller();
  }

  /**
   * "Nonce ... with Timestamp prevents replay" (v1 common parameters, Tencent signature v1), with
   * no error code documented for a reuse. A signed (SecretId, Timestamp, Nonce) seen before within
   * the window is refused with {@code AuthFailure.SignatureExpire}, the code documented for the
   * timestamp rule that the nonce completes ("please request again"). The Timestamp is part of the
   * identity: a replay repeats it exactly, while SDKs with 31-bit nonces would otherwise collide
   * within ten minutes under load. Recorded only after the signature verified.
   */
  private void checkNonce(String secretId, String timestamp, String nonce) {
    switch (nonces.use(secretId, timestamp + " " + nonce)) {
      case FIRST -> {}
      case REPLAY -> throw TencentError.SIGNATURE_EXPIRE.exception();
      case FULL -> throw TencentError.REQUEST_LIMIT_EXCEEDED.exception();
    }
  }

  private void checkTimestamp(String timestamp, String name) {
    if (timestamp == null) {
      throw TencentError.MISSING_PARAMETER.exception(name);
    }
    if (!DIGITS.matcher(timestamp).matches()) {
      throw TencentError.TYPE_ERROR.exception(name);
    }
    long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
    if (skew > TIMESTAMP_WINDOW.toSeconds()) {
      throw TencentError.SIGNATURE_EXPIRE.exception();
    }
  }

  private record Resolved(String secret, Caller caller) {}

  /** The secret a SecretId signs with, and who it belongs to. */
  private Resolved resolve(String secretId, String token) {
    if (!SECRET_ID.matcher(secretId).matches()) {
      throw TencentError.INVALID_SECRET_ID.exception();
    }
    Optional<KeyOwner> owner = world.accessKey(Vendor.TENCENT, secretId);
    if (owner.isPresent()) {
      AccessKey key = owner.get().key();
      if (!key.active()) {
        throw TencentError.SECRET_ID_NOT_FOUND.exception();
      }
      return new Resolved(key.secret(), new Caller.LongTerm(owner.get()));
    }
    if (token == null) {
      throw TencentError.SECRET_ID_NOT_FOUND.exception();
    }
    SessionTokens.Check check = tokens.check(secretId, token, STS_FORMAT);
    if (check instanceof SessionTokens.Check.Valid valid
        && valid.session().vendor() == Vendor.TENCENT) {
      return new Resolved(
          tokens.secretFor(valid, STS_FORMAT.secretLength()),
          new Caller.Temporary(
              world
                  .account(Vendor.TENCENT, valid.session().accountId())
                  .orElseThrow(TencentError.TOKEN_INVALID::exception),
              valid.session()));
    }
    if (check instanceof SessionTokens.Check.Expired expired
        && expired.session().vendor() == Vendor.TENCENT) {
      throw TencentError.TOKEN_EXPIRED.exception();
    }
    if (check instanceof SessionTokens.Check.Mismatch) {
      throw TencentError.TOKEN_MISMATCH.exception();
    }
    throw TencentError.TOKEN_INVALID.exception();
  }

  /** The Host as sent, then without its port (the Node.js SDK signs the host without its port). */
  private static List<String> hosts(StsRequest http) {
    String host = Optional.ofNullable(http.header("host")).orElse("");
    List<String> hosts = new ArrayList<>();
    hosts.add(host);
    int colon = host.lastIndexOf(':');
    if (colon > 0 && !host.endsWith("]")) {
      hosts.add(host.substring(0, colon));
    }
    return hosts;
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
