package io.mocksts;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * How to start a {@link MockSts}. Immutable; each {@code withX} returns a changed copy.
 *
 * @param port the HTTP port; 0 picks a free one
 * @param httpsPort the HTTPS port; 0 picks a free one; empty disables HTTPS
 * @param bindAddress the address to listen on
 * @param worldFile a world YAML file replacing the bundled default world; empty for the default
 * @param clock the base clock (tests may pin it); the mock's control surface can offset it
 * @param journalSize how many requests WireMock's journal keeps; 0 disables the journal
 * @param verbose whether WireMock's informational messages are printed (secrets masked)
 * @param assumeRoleCallsPerMinute Alibaba AssumeRole calls allowed per account and minute
 *     (documented: 6,000); 0 disables the limit
 * @param admin who may use the control surface ({@code /__admin/*})
 * @param signatureClock what request timestamps (and nonce windows) are checked against: {@link
 *     SignatureClock#REAL} by default, as clients sign with their own clocks, so moving the mock's
 *     clock changes expiry only (docs/time-and-replicas.md)
 * @param masterKey the key that seals security tokens and derives temporary secrets, shared by
 *     replicas; empty for a random key of this instance
 * @param logging what is logged of each STS call, and where
 * @param metadata what the vendors' default credential chains read: the instance metadata services
 *     and the credentials URI (docs/guides/credential-chains.md)
 * @param tls the CA that signs the HTTPS certificate and the extra names it is valid for
 */
public record MockStsOptions(
    int port,
    Optional<Integer> httpsPort,
    String bindAddress,
    Optional<Path> worldFile,
    Clock clock,
    int journalSize,
    boolean verbose,
    int assumeRoleCallsPerMinute,
    Admin admin,
    SignatureClock signatureClock,
    Optional<MasterKey> masterKey,
    Logging logging,
    Metadata metadata,
    Tls tls) {

  /**
   * The clock a request's signature timestamp ({@code Timestamp}/{@code x-acs-date}, {@code
   * X-TC-Timestamp}/{@code Timestamp}) is compared with, and the nonce windows follow.
   */
  public enum SignatureClock {
    /**
     * The base clock ({@link MockStsOptions#clock()}, real time unless pinned), whatever the mock's
     * clock says: moving the mock's clock an hour on makes issued credentials expire, while calls
     * freshly signed by a client stay within the window.
     */
    REAL,
    /**
     * The mock's clock, moves included: moving it provokes {@code InvalidTimeStamp.Expired} or
     * {@code AuthFailure.SignatureExpire} for clients that sign with the real time.
     */
    MOCK
  }

  /**
   * What the mock logs. {@link Format#TEXT} (the default) prints the start-up lines and masked
   * errors only; {@link Format#JSON} writes one JSON object per line: one for every STS call (time,
   * request id, vendor, action, outcome code, HTTP status, latency, the caller's access key id;
   * never a secret, signature, token, SAML assertion or JWT) and one for each of the mock's own
   * messages, to standard output or appended to {@code file}.
   *
   * @param format text or JSON lines
   * @param file where the JSON lines go instead of standard output (JSON only)
   */
  public record Logging(Format format, Optional<Path> file) {

    /** The log's format. */
    public enum Format {
      TEXT,
      JSON
    }

    public Logging {
      java.util.Objects.requireNonNull(format, "format");
      java.util.Objects.requireNonNull(file, "file");
      if (file.isPresent() && format != Format.JSON) {
        throw new IllegalArgumentException("a log file holds JSON lines: use the JSON log format");
      }
    }

    /** Text, on standard output, without a line per call. */
    public static Logging defaults() {
      return new Logging(Format.TEXT, Optional.empty());
    }

    /** One JSON line per STS call and per message, on standard output. */
    public static Logging json() {
      return new Logging(Format.JSON, Optional.empty());
    }

    /** One JSON line per STS call and per message, appended to {@code file}. */
    public static Logging jsonFile(Path file) {
      return new Logging(Format.JSON, Optional.of(file));
    }
  }

  /**
   * Who may use the control surface, {@code /__admin/*}.
   *
   * @param token the admin token every admin route but {@code /__admin/health} requires; empty for
   *     none (loopback only: binding beyond loopback without one makes the mock generate one)
   * @param allowedHosts host names, besides {@code localhost}, loopback and the bind address, that
   *     admin requests may carry in {@code Host} (DNS-rebinding defence)
   * @param corsOrigins web origins allowed to call admin routes from a browser; none by default
   * @param proxyStubs whether stubs may proxy elsewhere ({@code proxyBaseUrl}); off by default
   */
  public record Admin(
      Optional<String> token,
      List<String> allowedHosts,
      List<String> corsOrigins,
      boolean proxyStubs) {

    public Admin {
      token = token.filter(t -> !t.isEmpty());
      allowedHosts = List.copyOf(allowedHosts);
      corsOrigins = List.copyOf(corsOrigins);
    }

    /** No token, no extra host, no origin, no proxy stubs. */
    public static Admin defaults() {
      return new Admin(Optional.empty(), List.of(), List.of(), false);
    }
  }

  /**
   * The instance metadata services (ECS RAM role, CVM CAM role) and the Alibaba credentials URI,
   * always served on the main port; {@code port} opens an extra plain-HTTP listener that serves
   * only them (for {@code 100.100.100.200:80} and {@code metadata.tencentyun.com:80}).
   *
   * @param port the metadata-only listener's port (0 for any free one), or empty for none
   * @param alibabaRole the RAM role of the ECS instance, by name; empty for {@code mock-role} of
   *     the main account (or the world's first role)
   * @param tencentRole the CAM role of the CVM instance, by name; empty likewise
   * @param tokenRequired whether ECS credentials need an IMDSv2 session token (enforced mode)
   */
  public record Metadata(
      Optional<Integer> port,
      Optional<String> alibabaRole,
      Optional<String> tencentRole,
      boolean tokenRequired) {

    public Metadata {
      java.util.Objects.requireNonNull(port, "port");
      alibabaRole = alibabaRole.filter(r -> !r.isBlank());
      tencentRole = tencentRole.filter(r -> !r.isBlank());
      port.ifPresent(
          p -> {
            if (p < 0 || p > 65535) {
              throw new IllegalArgumentException(
                  "metadata port must be between 0 and 65535, not " + p);
            }
          });
    }

    /** On the main port only, the default roles, IMDSv1 allowed. */
    public static Metadata defaults() {
      return new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
  }

  /**
   * The HTTPS listener's certificate authority and names (docs/guides/tls-and-hostnames.md). The
   * certificate is issued at each start by a CA the mock generates, and is valid for {@code
   * localhost}, {@code 127.0.0.1}, {@code ::1}, the bind address, the vendor host names ({@code
   * sts.aliyuncs.com}, {@code sts.<region>.aliyuncs.com}, {@code sts.tencentcloudapi.com}, {@code
   * sts.<region>.tencentcloudapi.com}, ...) and {@code extraNames}.
   *
   * @param caFile a PEM file holding the CA certificate and key: read when it exists, created
   *     (owner-only) otherwise, so that clients trust one CA across restarts; empty for a new CA at
   *     each start
   * @param extraNames further DNS names or IP addresses the certificate is valid for
   */
  public record Tls(Optional<Path> caFile, List<String> extraNames) {

    public Tls {
      java.util.Objects.requireNonNull(caFile, "caFile");
      extraNames = List.copyOf(extraNames);
      for (String name : extraNames) {
        if (name.isBlank() || !name.matches("[A-Za-z0-9.:*\\[\\]-]+")) {
          throw new IllegalArgumentException(
              "a TLS name must be a DNS name or an IP address, not '" + name + "'");
        }
        if (name.indexOf('*') > 0 || (name.startsWith("*") && !name.startsWith("*."))) {
          throw new IllegalArgumentException(
              "a wildcard TLS name must start with '*.' (one label), not '" + name + "'");
        }
      }
    }

    /** A new CA at each start, no extra name. */
    public static Tls defaults() {
      return new Tls(Optional.empty(), List.of());
    }
  }

  public MockStsOptions {
    java.util.Objects.requireNonNull(metadata, "metadata");
    java.util.Objects.requireNonNull(httpsPort, "httpsPort");
    java.util.Objects.requireNonNull(worldFile, "worldFile");
    java.util.Objects.requireNonNull(clock, "clock");
    java.util.Objects.requireNonNull(admin, "admin");
    java.util.Objects.requireNonNull(signatureClock, "signatureClock");
    java.util.Objects.requireNonNull(masterKey, "masterKey");
    java.util.Objects.requireNonNull(logging, "logging");
    java.util.Objects.requireNonNull(tls, "tls");
    if (bindAddress == null || bindAddress.isBlank()) {
      throw new IllegalArgumentException("the bind address must not be empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    httpsPort.ifPresent(
        p -> {
          if (p < 0 || p > 65535) {
            throw new IllegalArgumentException("HTTPS port must be between 0 and 65535, not " + p);
          }
        });
    if (journalSize < 0) {
      throw new IllegalArgumentException("journal size must not be negative");
    }
    if (assumeRoleCallsPerMinute < 0) {
      throw new IllegalArgumentException("the rate limit must not be negative");
    }
  }

  /** Requests kept in the journal by default: enough to debug, bounded for long runs. */
  public static final int DEFAULT_JOURNAL_SIZE = 100;

  /**
   * Alibaba's documented AssumeRole limit per account and minute (Alibaba STS: who may call,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md).
   */
  public static final int DOCUMENTED_ASSUME_ROLE_CALLS_PER_MINUTE = 6000;

  /**
   * A free HTTP port on 127.0.0.1, no HTTPS, the default world, the system clock, the documented
   * rate limit.
   */
  public static MockStsOptions defaults() {
    return new MockStsOptions(
        0,
        Optional.empty(),
        "127.0.0.1",
        Optional.empty(),
        Clock.systemUTC(),
        DEFAULT_JOURNAL_SIZE,
        false,
        DOCUMENTED_ASSUME_ROLE_CALLS_PER_MINUTE,
        Admin.defaults(),
        SignatureClock.REAL,
        Optional.empty(),
        Logging.defaults(),
        Metadata.defaults(),
        Tls.defaults());
  }

  public MockStsOptions withPort(int value) {
    return with(o -> o.port = value);
  }

  public MockStsOptions withHttpsPort(int value) {
    return with(o -> o.httpsPort = Optional.of(value));
  }

  public MockStsOptions withBindAddress(String value) {
    return with(o -> o.bindAddress = value);
  }

  public MockStsOptions withWorldFile(Path value) {
    return with(o -> o.worldFile = Optional.of(value));
  }

  public MockStsOptions withClock(Clock value) {
    return with(o -> o.clock = value);
  }

  /** Requests kept in WireMock's journal; 0 disables the journal. */
  public MockStsOptions withJournalSize(int value) {
    return with(o -> o.journalSize = value);
  }

  /** AssumeRole calls allowed per account and minute; 0 disables the limit. */
  public MockStsOptions withAssumeRoleCallsPerMinute(int value) {
    return with(o -> o.assumeRoleCallsPerMinute = value);
  }

  /** Who may use the control surface. */
  public MockStsOptions withAdmin(Admin value) {
    return with(o -> o.admin = value);
  }

  /** Requires this token on every admin route but {@code /__admin/health}. */
  public MockStsOptions withAdminToken(String value) {
    return withAdmin(
        new Admin(
            Optional.ofNullable(value),
            admin.allowedHosts(),
            admin.corsOrigins(),
            admin.proxyStubs()));
  }

  /** What is logged of each STS call, and where. */
  public MockStsOptions withLogging(Logging value) {
    return with(o -> o.logging = value);
  }

  public MockStsOptions withVerbose(boolean value) {
    return with(o -> o.verbose = value);
  }

  /** What request timestamps are checked against (default {@link SignatureClock#REAL}). */
  public MockStsOptions withSignatureClock(SignatureClock value) {
    return with(o -> o.signatureClock = java.util.Objects.requireNonNull(value, "signatureClock"));
  }

  /** Seals tokens with this key, so that instances sharing it accept each other's credentials. */
  public MockStsOptions withMasterKey(MasterKey value) {
    return with(o -> o.masterKey = Optional.of(value));
  }

  /** Seals tokens with the keys in this file ({@link MasterKey#file(Path)}), read at start. */
  public MockStsOptions withMasterKeyFile(Path file) {
    return withMasterKey(MasterKey.file(file));
  }

  /** What the default credential chains read ({@link Metadata}). */
  public MockStsOptions withMetadata(Metadata value) {
    return with(o -> o.metadata = java.util.Objects.requireNonNull(value, "metadata"));
  }

  /** Opens a plain-HTTP listener serving only the metadata paths on this port (0: any free). */
  public MockStsOptions withMetadataPort(int value) {
    return withMetadata(
        new Metadata(
            Optional.of(value),
            metadata.alibabaRole(),
            metadata.tencentRole(),
            metadata.tokenRequired()));
  }

  /** The HTTPS listener's CA and extra certificate names. */
  public MockStsOptions withTls(Tls value) {
    return with(o -> o.tls = java.util.Objects.requireNonNull(value, "tls"));
  }

  /**
   * Signs the HTTPS certificate with the CA in {@code file} (PEM certificate and key), creating the
   * file, readable by its owner only, when it does not exist.
   */
  public MockStsOptions withCaFile(Path file) {
    return withTls(new Tls(Optional.of(file), tls.extraNames()));
  }

  /** Further DNS names or IP addresses the HTTPS certificate is valid for. */
  public MockStsOptions withTlsNames(List<String> names) {
    return withTls(new Tls(tls.caFile(), names));
  }

  /** A copy with one change; the constructor validates the result. */
  private MockStsOptions with(java.util.function.Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.build();
  }

  /** The fields of an options record while a copy is being changed. */
  private static final class Draft {
    int port;
    Optional<Integer> httpsPort;
    String bindAddress;
    Optional<Path> worldFile;
    Clock clock;
    int journalSize;
    boolean verbose;
    int assumeRoleCallsPerMinute;
    Admin admin;
    SignatureClock signatureClock;
    Optional<MasterKey> masterKey;
    Logging logging;
    Metadata metadata;
    Tls tls;

    Draft(MockStsOptions o) {
      port = o.port;
      httpsPort = o.httpsPort;
      bindAddress = o.bindAddress;
      worldFile = o.worldFile;
      clock = o.clock;
      journalSize = o.journalSize;
      verbose = o.verbose;
      assumeRoleCallsPerMinute = o.assumeRoleCallsPerMinute;
      admin = o.admin;
      signatureClock = o.signatureClock;
      masterKey = o.masterKey;
      logging = o.logging;
      metadata = o.metadata;
      tls = o.tls;
    }

    MockStsOptions build() {
      return new MockStsOptions(
          port,
          httpsPort,
          bindAddress,
          worldFile,
          clock,
          journalSize,
          verbose,
          assumeRoleCallsPerMinute,
          admin,
          signatureClock,
          masterKey,
          logging,
          metadata,
          tls);
    }
  }
}
