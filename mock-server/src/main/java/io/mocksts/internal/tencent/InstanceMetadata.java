package io.mocksts.internal.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.internal.core.InstanceRole;
import io.mocksts.internal.core.IssuedCredentials;
import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import io.mocksts.internal.http.TransportError;
import io.mocksts.internal.http.VendorProtocol;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CVM instance metadata service's CAM-role paths, answered as the Tencent Java SDK 3.1.678's
 * {@code CvmRoleCredential}
 * (https://repo1.maven.org/maven2/com/tencentcloudapi/tencentcloud-sdk-java-common/3.1.678/) reads
 * them from {@code http://metadata.tencentyun.com}:
 *
 * <ul>
 *   <li>{@code GET /latest/meta-data/cam/security-credentials/} answers the instance's role name;
 *   <li>{@code GET /latest/meta-data/cam/security-credentials/<role>} answers {@code
 *       {"TmpSecretId", "TmpSecretKey", "ExpiredTime" (Unix seconds), "Expiration", "Token",
 *       "Code": "Success"}} on one line.
 * </ul>
 *
 * The credentials are real role-session credentials of the world's role, minted like AssumeRole's,
 * expiring by the mock's clock; the issued log names the action {@code CvmRole}.
 */
public final class InstanceMetadata implements VendorProtocol {

  public static final String ROLE_PATH = "/latest/meta-data/cam/security-credentials/";

  /** The session name of the instance role's credentials. */
  public static final String INSTANCE_SESSION = "mock-cvm-instance";

  private static final long DEFAULT_DURATION = 3600;

  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SessionTokens tokens;
  private final Clock clock;
  private final Optional<InstanceRole> instanceRole;

  /**
   * @param instanceRole the role bound to the instance, if the world has one
   */
  public InstanceMetadata(SessionTokens tokens, Clock clock, Optional<InstanceRole> instanceRole) {
    this.tokens = tokens;
    this.clock = clock;
    this.instanceRole = instanceRole;
  }

  /** Whether the path is one of this service's (cheap). */
  public static boolean serves(String path) {
    return path.startsWith("/latest/meta-data/cam/");
  }

  @Override
  public boolean recognises(StsRequest request) {
    return serves(request.path());
  }

  @Override
  public StsResponse handle(StsRequest request) {
    if (!"GET".equals(request.method())) {
      return text(405, "Method Not Allowed");
    }
    String path = request.path();
    if (ROLE_PATH.equals(path) || ROLE_PATH.substring(0, ROLE_PATH.length() - 1).equals(path)) {
      return instanceRole.map(r -> text(200, r.role().name())).orElseGet(() -> notFound());
    }
    if (path.startsWith(ROLE_PATH)) {
      String name = path.substring(ROLE_PATH.length());
      return instanceRole
          .filter(r -> r.role().name().equals(name))
          .map(this::credentials)
          .orElseGet(() -> notFound());
    }
    return notFound();
  }

  @Override
  public StsResponse reject(StsRequest request, TransportError error) {
    return text(400, "Bad Request");
  }

  private StsResponse credentials(InstanceRole instance) {
    long duration = Math.min(DEFAULT_DURATION, instance.role().maxSessionDuration());
    Instant expiration = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(duration);
    String accountId = instance.account().id();
    Session session =
        Session.role(Vendor.TENCENT, accountId, instance.role(), INSTANCE_SESSION, expiration)
            .withPrincipal(accountId);
    IssuedCredentials issued =
        tokens.mint(
            session,
            TencentAuthenticator.STS_FORMAT,
            "CvmRole",
            GetCallerIdentity.arn(accountId, session));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("TmpSecretId", issued.accessKeyId());
    body.put("TmpSecretKey", issued.accessKeySecret());
    body.put("ExpiredTime", issued.expiration().getEpochSecond());
    body.put("Expiration", ISO_SECONDS.format(issued.expiration()));
    body.put("Token", issued.securityToken());
    body.put("Code", "Success");
    try {
      return StsResponse.of(200, "application/json;charset=utf-8", JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render metadata", e);
    }
  }

  private static StsResponse notFound() {
    return text(404, "Not Found");
  }

  private static StsResponse text(int status, String body) {
    return StsResponse.of(status, "text/plain; charset=utf-8", body);
  }
}
