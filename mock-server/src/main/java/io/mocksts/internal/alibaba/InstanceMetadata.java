package io.mocksts.internal.alibaba;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.internal.core.InstanceRole;
import io.mocksts.internal.core.IssuedCredentials;
import io.mocksts.internal.core.MetadataTokens;
import io.mocksts.internal.core.Role;
import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.http.QueryStrings;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Alibaba's default credential chain reads besides the STS: the ECS instance metadata
 * service's RAM-role paths and the credentials URI ({@code ALIBABA_CLOUD_CREDENTIALS_URI}),
 * answered as credentials-java 1.0.3 ({@code ECSMetadataServiceCredentialsFetcher}, {@code
 * URLCredentialProvider}, https://repo1.maven.org/maven2/com/aliyun/credentials-java/1.0.3/) reads
 * them:
 *
 * <ul>
 *   <li>{@code PUT /latest/api/token} with {@code X-aliyun-ecs-metadata-token-ttl-seconds} (1 to
 *       21,600) answers a session token as text (IMDSv2);
 *   <li>{@code GET /latest/meta-data/ram/security-credentials/} answers the instance's role name;
 *   <li>{@code GET /latest/meta-data/ram/security-credentials/<role>} answers {@code
 *       {"AccessKeyId", "AccessKeySecret", "Expiration", "SecurityToken", "LastUpdated", "Code":
 *       "Success"}}; a token sent in {@code X-aliyun-ecs-metadata-token} must be valid, and one is
 *       required when the operator enforces IMDSv2;
 *   <li>{@code GET /mock-sts/alibaba/credentials[?role=&session=&duration=]} answers {@code
 *       {"Code": "Success", "AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration"}}.
 * </ul>
 *
 * The credentials are real role-session credentials of the world's role, minted like AssumeRole's
 * and expiring by the mock's clock; the issued log names the action {@code EcsRamRole} or {@code
 * CredentialsURI}.
 */
public final class InstanceMetadata implements VendorProtocol {

  public static final String TOKEN_PATH = "/latest/api/token";
  public static final String ROLE_PATH = "/latest/meta-data/ram/security-credentials/";
  public static final String CREDENTIALS_URI_PATH = "/mock-sts/alibaba/credentials";

  static final String TTL_HEADER = "X-aliyun-ecs-metadata-token-ttl-seconds";
  static final String TOKEN_HEADER = "X-aliyun-ecs-metadata-token";

  /** The session name of the instance role's credentials. */
  public static final String INSTANCE_SESSION = "mock-ecs-instance";

  static final String URI_SESSION = "mock-credentials-uri";

  private static final long DEFAULT_DURATION = 3600;

  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final World world;
  private final SessionTokens tokens;
  private final MetadataTokens metadataTokens;
  private final Clock clock;
  private final Optional<InstanceRole> instanceRole;
  private final boolean tokenRequired;

  /**
   * @param instanceRole the role attached to the instance, if the world has one
   * @param tokenRequired whether IMDSv2 is enforced: credentials only with a session token
   */
  public InstanceMetadata(
      World world,
      SessionTokens tokens,
      MetadataTokens metadataTokens,
      Clock clock,
      Optional<InstanceRole> instanceRole,
      boolean tokenRequired) {
    this.world = world;
    this.tokens = tokens;
    this.metadataTokens = metadataTokens;
    this.clock = clock;
    this.instanceRole = instanceRole;
    this.tokenRequired = tokenRequired;
  }

  /** Whether the path is one of this service's (cheap). */
  public static boolean serves(String path) {
    return TOKEN_PATH.equals(path)
        || path.startsWith("/latest/meta-data/ram/")
        || CREDENTIALS_URI_PATH.equals(path);
  }

  @Override
  public boolean recognises(StsRequest request) {
    return serves(request.path());
  }

  @Override
  public StsResponse handle(StsRequest request) {
    String path = request.path();
    if (TOKEN_PATH.equals(path)) {
      return token(request);
    }
    if (CREDENTIALS_URI_PATH.equals(path)) {
      return credentialsUri(request);
    }
    if (!"GET".equals(request.method())) {
      return text(405, "Method Not Allowed");
    }
    String token = request.header(TOKEN_HEADER);
    if (token != null ? !metadataTokens.valid(token) : tokenRequired) {
      return text(401, "Unauthorized");
    }
    if (ROLE_PATH.equals(path) || (ROLE_PATH.substring(0, ROLE_PATH.length() - 1)).equals(path)) {
      return instanceRole.map(r -> text(200, r.role().name())).orElseGet(this::notFound);
    }
    if (path.startsWith(ROLE_PATH)) {
      String name = path.substring(ROLE_PATH.length());
      return instanceRole
          .filter(r -> r.role().name().equals(name))
          .map(this::instanceCredentials)
          .orElseGet(this::notFound);
    }
    return notFound();
  }

  @Override
  public StsResponse reject(StsRequest request, TransportError error) {
    return text(400, "Bad Request");
  }

  private StsResponse token(StsRequest request) {
    if (!"PUT".equals(request.method())) {
      return new StsResponse(
          405,
          Map.of("Content-Type", "text/plain; charset=utf-8", "Allow", "PUT"),
          "Method Not Allowed".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    String ttl = request.header(TTL_HEADER);
    int seconds;
    try {
      seconds = ttl == null ? -1 : Integer.parseInt(ttl.trim());
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < 1 || seconds > MetadataTokens.MAX_TTL_SECONDS) {
      return text(400, "Bad Request");
    }
    return text(200, metadataTokens.issue(seconds));
  }

  private StsResponse instanceCredentials(InstanceRole instance) {
    long duration = Math.min(DEFAULT_DURATION, instance.role().maxSessionDuration());
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    IssuedCredentials credentials = mint(instance, INSTANCE_SESSION, duration, "EcsRamRole");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("AccessKeyId", credentials.accessKeyId());
    body.put("AccessKeySecret", credentials.accessKeySecret());
    body.put("Expiration", ISO_SECONDS.format(credentials.expiration()));
    body.put("SecurityToken", credentials.securityToken());
    body.put("LastUpdated", ISO_SECONDS.format(now));
    body.put("Code", "Success");
    return json(200, body);
  }

  private StsResponse credentialsUri(StsRequest request) {
    if (!"GET".equals(request.method())) {
      return text(405, "Method Not Allowed");
    }
    Map<String, String> query = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, String> pair : QueryStrings.parse(request.rawQuery())) {
        query.putIfAbsent(pair.getKey(), pair.getValue());
      }
    } catch (IllegalArgumentException e) {
      return failure(400, "InvalidParameter", "The query string is malformed.");
    }
    Optional<InstanceRole> role;
    String wanted = query.get("role");
    if (wanted == null || wanted.isEmpty()) {
      role = instanceRole;
    } else {
      role = namedRole(wanted);
    }
    if (role.isEmpty()) {
      return failure(
          404, AlibabaError.ROLE_NOT_FOUND.code(), AlibabaError.ROLE_NOT_FOUND.message());
    }
    String session = query.getOrDefault("session", URI_SESSION);
    if (!AssumeRole.SESSION_NAME.matcher(session).matches()) {
      return failure(
          400,
          AlibabaError.INVALID_ROLE_SESSION_NAME.code(),
          AlibabaError.INVALID_ROLE_SESSION_NAME.message());
    }
    Role found = role.get().role();
    long duration;
    try {
      duration =
          query.containsKey("duration")
              ? Long.parseLong(query.get("duration"))
              : Math.min(DEFAULT_DURATION, found.maxSessionDuration());
    } catch (NumberFormatException e) {
      duration = -1;
    }
    if (duration < 900 || duration > found.maxSessionDuration()) {
      return failure(
          400,
          AlibabaError.INVALID_DURATION_SECONDS.code(),
          AlibabaError.INVALID_DURATION_SECONDS.message());
    }
    IssuedCredentials credentials = mint(role.get(), session, duration, "CredentialsURI");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Code", "Success");
    body.put("AccessKeyId", credentials.accessKeyId());
    body.put("AccessKeySecret", credentials.accessKeySecret());
    body.put("SecurityToken", credentials.securityToken());
    body.put("Expiration", ISO_SECONDS.format(credentials.expiration()));
    return json(200, body);
  }

  /** A role named by name (any Alibaba account, the main one first) or by its ARN. */
  private Optional<InstanceRole> namedRole(String wanted) {
    Optional<AlibabaArns.RoleArn> arn = AlibabaArns.parseRole(wanted);
    if (arn.isPresent()) {
      return world
          .account(Vendor.ALIBABA, arn.get().accountId())
          .flatMap(a -> a.role(arn.get().roleName()).map(r -> new InstanceRole(a, r)));
    }
    try {
      return InstanceRole.resolve(world, Vendor.ALIBABA, Optional.of(wanted));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private IssuedCredentials mint(
      InstanceRole instance, String sessionName, long duration, String action) {
    Instant expiration = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(duration);
    String accountId = instance.account().id();
    return tokens.mint(
        Session.role(Vendor.ALIBABA, accountId, instance.role(), sessionName, expiration),
        RpcAuthenticator.STS_FORMAT,
        action,
        AlibabaArns.assumedRole(accountId, instance.role().name(), sessionName));
  }

  private StsResponse notFound() {
    return text(404, "Not Found");
  }

  private static StsResponse failure(int status, String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Code", code);
    body.put("Message", message);
    return json(status, body);
  }

  private static StsResponse json(int status, Map<String, Object> body) {
    try {
      return StsResponse.of(
          status, "application/json;charset=utf-8", JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render metadata", e);
    }
  }

  private static StsResponse text(int status, String body) {
    return StsResponse.of(status, "text/plain; charset=utf-8", body);
  }

  /** The paths this service answers, for the docs and the metadata listener's refusal. */
  public static List<String> paths() {
    return List.of(TOKEN_PATH, ROLE_PATH, CREDENTIALS_URI_PATH);
  }
}
