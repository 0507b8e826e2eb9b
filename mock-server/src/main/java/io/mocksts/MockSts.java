package io.mocksts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.FatalStartupException;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.mocksts.internal.alibaba.InstanceMetadata;
import io.mocksts.internal.core.IssuedLog;
import io.mocksts.internal.core.MasterKeys;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.RateLimiter;
import io.mocksts.internal.core.World;
import io.mocksts.internal.core.WorldException;
import io.mocksts.internal.core.WorldLoader;
import io.mocksts.internal.http.AdminAccess;
import io.mocksts.internal.http.JsonLinesLog;
import io.mocksts.internal.logging.QuietLogging;
import io.mocksts.internal.tencent.TencentLimits;
import io.mocksts.internal.tls.CertificateAuthority;
import io.mocksts.internal.tls.ServerCertificate;
import io.mocksts.internal.wiremock.GracefulStop;
import io.mocksts.internal.wiremock.InstanceMetadataSettings;
import io.mocksts.internal.wiremock.MetadataListener;
import io.mocksts.internal.wiremock.MockStsExtensions;
import io.mocksts.internal.wiremock.QuietNotifier;
import io.mocksts.internal.wiremock.ServerHardening;
import io.mocksts.internal.wiremock.StsTransformer;
import io.mocksts.internal.wiremock.StubHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference STS, embeddable: {@code try (MockSts sts = MockSts.start()) { ... sts.baseUrl() ...
 * }}. Serves Alibaba Cloud STS (API 2015-04-01) and Tencent Cloud STS (API 2018-08-13) on one port,
 * backed by WireMock.
 */
public final class MockSts implements AutoCloseable {

  /**
   * Request lines and headers up to this size are accepted (at least 256 KB are needed,
   * docs/architecture.md, rule 8).
   */
  public static final int MAX_REQUEST_HEADER_BYTES = 512 * 1024;

  /** Catch-all stub priority: lower than WireMock's default, so users' own stubs win. */
  private static final int CATCH_ALL_PRIORITY = 100;

  /** The discovery stubs of the bundled test OIDC issuer: below user stubs, above the STS. */
  private static final int TEST_ISSUER_PRIORITY = 50;

  /** The bundled test OIDC issuer (fixtures/oidc/README.md) and its public keys in the jar. */
  private static final String TEST_ISSUER = "https://oidc.mock-sts.local";

  private static final String TEST_ISSUER_JWKS = "/io/mocksts/fixtures/oidc/jwks.json";

  private final WireMockServer server;
  private final MutableClock clock;
  private final Optional<ServerCertificate> certificate;
  private final Optional<Path> keyStore;
  private final Optional<String> adminToken;
  private MockStsOptions.SignatureClock signatureClock = MockStsOptions.SignatureClock.REAL;
  private List<String> masterKeyIds = List.of();
  private boolean masterKeySupplied;
  private Faults faults;
  private Identities identities;
  private AutoCloseable quietLogging;
  private final GracefulStop graceful;
  private final Optional<JsonLinesLog> log;
  private Optional<MetadataListener> metadataListener = Optional.empty();

  private MockSts(
      WireMockServer server,
      MutableClock clock,
      Optional<ServerCertificate> certificate,
      Optional<Path> keyStore,
      Optional<String> adminToken,
      GracefulStop graceful,
      Optional<JsonLinesLog> log) {
    this.server = server;
    this.clock = clock;
    this.certificate = certificate;
    this.keyStore = keyStore;
    this.adminToken = adminToken;
    this.graceful = graceful;
    this.log = log;
  }

  /** Starts on a free port with the default world. */
  public static MockSts start() {
    return start(MockStsOptions.defaults());
  }

  /**
   * Starts a mock STS.
   *
   * @throws MockStsException when the world file is invalid (the message names the bad key) or a
   *     port is not available
   */
  public static MockSts start(MockStsOptions options) {
    World world;
    try {
      world = options.worldFile().map(WorldLoader::load).orElseGet(WorldLoader::defaultWorld);
    } catch (WorldException e) {
      throw new MockStsException("invalid world file: " + e.getMessage(), e);
    }
    MutableClock clock = new MutableClock(options.clock());
    MasterKeys keys = options.masterKey().map(MasterKey::keys).orElseGet(MasterKeys::random);
    MockStsExtensions.Replicas replicas =
        new MockStsExtensions.Replicas(
            options.signatureClock() == MockStsOptions.SignatureClock.MOCK
                ? clock
                : options.clock(),
            keys,
            new IssuedLog());
    Optional<ServerCertificate> certificate =
        options.httpsPort().map(p -> serverCertificate(options));
    Optional<Path> keyStore = certificate.map(MockSts::writeKeyStore);

    Optional<JsonLinesLog> log = jsonLog(options.logging());
    QuietNotifier notifier =
        log.map(l -> QuietNotifier.json(l, options.verbose()))
            .orElseGet(() -> new QuietNotifier(System.out, options.verbose()));
    Optional<String> adminToken =
        options
            .admin()
            .token()
            .or(
                () ->
                    AdminAccess.beyondLoopback(options.bindAddress())
                        ? Optional.of(randomToken())
                        : Optional.empty());
    AdminAccess access =
        new AdminAccess(
            options.bindAddress(),
            options.admin().allowedHosts(),
            options.admin().corsOrigins(),
            adminToken);
    MockStsExtensions extensions =
        new MockStsExtensions(
            world,
            clock,
            replicas,
            certificate.map(ServerCertificate::chainPem).orElse(null),
            new RateLimiter(clock, options.assumeRoleCallsPerMinute()),
            new TencentLimits(clock),
            notifier::error);
    log.ifPresent(extensions.calls()::subscribe);
    MockStsOptions.Metadata metadata = options.metadata();
    try {
      extensions.instanceMetadata(
          new InstanceMetadataSettings(
              metadata.alibabaRole(), metadata.tencentRole(), metadata.tokenRequired()));
    } catch (IllegalArgumentException e) {
      log.ifPresent(JsonLinesLog::close);
      throw new MockStsException(e.getMessage(), e);
    }
    Path root = emptyRoot();
    WireMockConfiguration config =
        WireMockConfiguration.options()
            .port(options.port())
            .bindAddress(options.bindAddress())
            .notifier(notifier)
            .jettyHeaderRequestSize(MAX_REQUEST_HEADER_BYTES)
            .jettyHeaderResponseSize(64 * 1024)
            .stubRequestLoggingDisabled(true)
            .gzipDisabled(true)
            .templatingEnabled(false)
            .extensionScanningEnabled(false)
            .usingFilesUnderDirectory(root.toString())
            .extensions(extensions);
    ServerHardening.apply(
        config, extensions, access, options.admin().proxyStubs(), root, notifier::error);
    if (options.journalSize() == 0) {
      config.disableRequestJournal();
    } else {
      config.maxRequestJournalEntries(options.journalSize());
    }
    options
        .httpsPort()
        .ifPresent(
            port ->
                config
                    .httpsPort(port)
                    .keystorePath(keyStore.orElseThrow().toString())
                    .keystorePassword(ServerCertificate.keyStorePassword())
                    .keyManagerPassword(ServerCertificate.keyStorePassword())
                    .keystoreType("PKCS12"));

    WireMockServer server = new WireMockServer(config);
    AutoCloseable quiet = QuietLogging.install(); // docs/embedding.md, "Logging"
    try {
      server.start();
    } catch (FatalStartupException | IllegalStateException e) {
      log.ifPresent(JsonLinesLog::close);
      closeQuietly(quiet);
      throw new MockStsException(
          "cannot listen on "
              + options.bindAddress()
              + " port "
              + options.port()
              + options.httpsPort().map(p -> " (HTTPS " + p + ")").orElse("")
              + ": the port is in use or the address is not this machine's",
          e);
    }
    Optional<MetadataListener> metadataListener;
    try {
      metadataListener =
          metadata
              .port()
              .map(p -> MetadataListener.start(options.bindAddress(), p, extensions.metadata()));
    } catch (java.io.UncheckedIOException e) {
      server.stop();
      log.ifPresent(JsonLinesLog::close);
      throw new MockStsException(
          "cannot listen on "
              + options.bindAddress()
              + " metadata port "
              + metadata.port().orElseThrow()
              + ": the port is in use or the address is not this machine's",
          e);
    }
    MockSts sts =
        new MockSts(server, clock, certificate, keyStore, adminToken, extensions.graceful(), log);
    sts.metadataListener = metadataListener;
    sts.signatureClock = options.signatureClock();
    sts.masterKeyIds = keys.ids();
    sts.masterKeySupplied = keys.origin() == MasterKeys.Origin.SUPPLIED;
    sts.faults = new Faults(extensions.faults());
    sts.quietLogging = quiet;
    sts.identities = Identities.of(world);
    List<StubMapping> own = new ArrayList<>();
    own.add(
        any(anyUrl())
            .atPriority(CATCH_ALL_PRIORITY)
            .willReturn(aResponse().withTransformers(StsTransformer.NAME, StubHeaders.NAME))
            .build());
    own.addAll(sts.testIssuerStubs());
    extensions.ownStubs().install(own);
    return sts;
  }

  /**
   * Serves the bundled test OIDC issuer's discovery document and public JWK set (OpenID Connect
   * Discovery 1.0 §3–4) at {@code /.well-known/openid-configuration} and {@code
   * /.well-known/jwks.json}, so that a relying party that fetches an issuer's keys can verify the
   * tokens {@code oidc-token} prints. Below the priority of stubs a user adds, above the STS.
   */
  private List<StubMapping> testIssuerStubs() {
    String jwks;
    try (InputStream in = MockSts.class.getResourceAsStream(TEST_ISSUER_JWKS)) {
      if (in == null) {
        return List.of();
      }
      jwks = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> discovery = new LinkedHashMap<>();
    discovery.put("issuer", TEST_ISSUER);
    discovery.put("jwks_uri", baseUrl() + "/.well-known/jwks.json");
    discovery.put("response_types_supported", List.of("id_token"));
    discovery.put("subject_types_supported", List.of("public"));
    discovery.put("id_token_signing_alg_values_supported", List.of("RS256", "ES256"));
    return List.of(
        get(urlEqualTo("/.well-known/jwks.json"))
            .atPriority(TEST_ISSUER_PRIORITY)
            .willReturn(okJson(jwks).withTransformers(StubHeaders.NAME))
            .build(),
        get(urlEqualTo("/.well-known/openid-configuration"))
            .atPriority(TEST_ISSUER_PRIORITY)
            .willReturn(okJson(Json.write(discovery)).withTransformers(StubHeaders.NAME))
            .build());
  }

  /** The JSON-lines log the options ask for, if any; an unwritable file fails the start. */
  private static Optional<JsonLinesLog> jsonLog(MockStsOptions.Logging logging) {
    if (logging.format() != MockStsOptions.Logging.Format.JSON) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          logging
              .file()
              .map(file -> JsonLinesLog.appendingTo(file, Clock.systemUTC()))
              .orElseGet(() -> JsonLinesLog.to(System.out, Clock.systemUTC())));
    } catch (UncheckedIOException e) {
      throw new MockStsException(
          e.getMessage() + ": " + e.getCause().getClass().getSimpleName(), e);
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  /**
   * The HTTPS certificate, issued by the CA of the options' CA file (read, or created owner-only)
   * or by a CA generated for this start.
   */
  private static ServerCertificate serverCertificate(MockStsOptions options) {
    CertificateAuthority authority;
    try {
      authority =
          options
              .tls()
              .caFile()
              .map(file -> CertificateAuthority.loadOrCreate(file, options.clock()))
              .orElseGet(() -> CertificateAuthority.generate(options.clock()));
    } catch (IllegalArgumentException e) {
      throw new MockStsException(e.getMessage(), e);
    }
    return authority.issue(
        ServerCertificate.names(options.bindAddress(), options.tls().extraNames()),
        options.clock());
  }

  private static Path writeKeyStore(ServerCertificate certificate) {
    try {
      Path file = Files.createTempFile("mock-sts-tls", ".p12");
      file.toFile().deleteOnExit();
      return certificate.writeKeyStore(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path emptyRoot() {
    try {
      Path root = Files.createTempDirectory("mock-sts-wiremock");
      root.toFile().deleteOnExit();
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The HTTP port. */
  public int port() {
    return server.port();
  }

  /** The base URL of the HTTP listener, e.g. {@code http://127.0.0.1:8080}. */
  public String baseUrl() {
    return "http://" + host() + ":" + server.port();
  }

  /** The HTTPS port, when HTTPS is enabled. */
  public Optional<Integer> httpsPort() {
    return certificate.map(c -> server.httpsPort());
  }

  /** The base URL of the HTTPS listener, when HTTPS is enabled. */
  public Optional<String> httpsBaseUrl() {
    return httpsPort().map(p -> "https://" + host() + ":" + p);
  }

  /**
   * The port of the metadata-only listener, when one was opened ({@link MockStsOptions.Metadata}).
   */
  public Optional<Integer> metadataPort() {
    return metadataListener.map(MetadataListener::port);
  }

  /**
   * The Alibaba credentials URI to put in {@code ALIBABA_CLOUD_CREDENTIALS_URI}: credentials of the
   * instance role ({@code ?role=NAME&session=NAME&duration=SECONDS} choose others).
   */
  public String alibabaCredentialsUri() {
    return baseUrl() + InstanceMetadata.CREDENTIALS_URI_PATH;
  }

  /**
   * The HTTPS listener's certificate chain as PEM (its certificate, then the CA's), for clients to
   * trust: a PEM bundle holding the CA, as {@code NODE_EXTRA_CA_CERTS} or {@code SSL_CERT_FILE}
   * read it.
   */
  public Optional<String> tlsCertificatePem() {
    return certificate.map(ServerCertificate::chainPem);
  }

  /** The HTTPS listener's certificate (issued by {@link #caCertificate()}). */
  public Optional<java.security.cert.X509Certificate> tlsCertificate() {
    return certificate.map(ServerCertificate::certificate);
  }

  /**
   * The CA that signed the HTTPS certificate: trust it once (a trust store entry, or its PEM) and
   * every name of the certificate works, including the vendor host names.
   */
  public Optional<java.security.cert.X509Certificate> caCertificate() {
    return certificate.map(c -> c.issuer().certificate());
  }

  /** {@link #caCertificate()} as PEM. */
  public Optional<String> caCertificatePem() {
    return certificate.map(c -> c.issuer().pem());
  }

  /**
   * Writes the CA certificate into {@code directory} as {@code mock-sts-ca.pem} and as the PKCS#12
   * trust store {@code mock-sts-ca.p12} (password {@code mock-sts}); never its key.
   *
   * @return the two files
   * @throws IllegalStateException when HTTPS is not enabled
   */
  public List<Path> exportCa(Path directory) {
    return certificate
        .orElseThrow(() -> new IllegalStateException("HTTPS is not enabled: no CA to export"))
        .issuer()
        .export(directory);
  }

  /** The names the HTTPS certificate is valid for (DNS names and IP addresses). */
  public List<String> tlsNames() {
    return certificate
        .map(
            c -> {
              try {
                return c.certificate().getSubjectAlternativeNames().stream()
                    .map(entry -> String.valueOf(entry.get(1)))
                    .toList();
              } catch (java.security.cert.CertificateParsingException e) {
                throw new IllegalStateException(e);
              }
            })
        .orElse(List.of());
  }

  /**
   * Moves the mock's clock by {@code amount} (may be negative): issued {@code Expiration},
   * credential expiry, SAML and OIDC validity follow it; request timestamps follow it only with
   * {@link MockStsOptions.SignatureClock#MOCK} (docs/time-and-replicas.md).
   *
   * @throws IllegalArgumentException when the clock would end up more than 100 years from real
   *     time, or before 1970; nothing changes then
   */
  public void advanceClock(Duration amount) {
    clock.advance(amount);
  }

  /**
   * Sets the mock's clock to {@code instant}; it runs on from there. What follows it is as for
   * {@link #advanceClock(Duration)}.
   *
   * @throws IllegalArgumentException when {@code instant} is more than 100 years from real time, or
   *     before 1970; nothing changes then
   */
  public void setClock(Instant instant) {
    clock.set(instant);
  }

  /** Puts the mock's clock back onto real time (its base clock). */
  public void resetClock() {
    clock.reset();
  }

  /** The mock's clock, moves included (a live view: it follows later moves). */
  public Clock clock() {
    return clock.withZone(ZoneOffset.UTC);
  }

  /**
   * The mock's clock as a {@link MockClock}: a {@link Clock} (a live view, as {@link #clock()})
   * that can also be moved, e.g. handed to {@code TestIdp.bundled(clock)} so that what it mints
   * follows the mock's time.
   */
  public MockClock mockClock() {
    return new MockClock(clock);
  }

  /** The identities of the running world (users and their keys, accounts, role ARNs, providers). */
  public Identities identities() {
    return identities;
  }

  /** Where the mock listens: the HTTP and (when enabled) HTTPS base URIs. */
  public Endpoints endpoints() {
    return new Endpoints(java.net.URI.create(baseUrl()), httpsBaseUrl().map(java.net.URI::create));
  }

  /** How far the mock's clock is from real time (zero unless moved). */
  public Duration clockOffset() {
    return clock.offset();
  }

  /** What request timestamps are checked against. */
  public MockStsOptions.SignatureClock signatureClock() {
    return signatureClock;
  }

  /**
   * The ids of the master keys this instance accepts tokens of, the current (sealing) key first;
   * never the keys themselves.
   */
  public List<String> masterKeyIds() {
    return masterKeyIds;
  }

  /** Whether the master key was supplied (shared by replicas) rather than drawn at random. */
  public boolean masterKeySupplied() {
    return masterKeySupplied;
  }

  /**
   * Fault injection: documented errors, latency and network faults for the next calls, a share of
   * them, or until cleared (docs/faults.md); the same faults {@code /__admin/mock-sts/faults}
   * manages.
   */
  public Faults faults() {
    return faults;
  }

  /**
   * The token admin routes require ({@code Authorization: Bearer <token>}): the one configured, or
   * one generated at start-up when the mock binds beyond loopback without one; empty when none is
   * required.
   */
  public Optional<String> adminToken() {
    return adminToken;
  }

  /**
   * Waits until the server has stopped: by {@link #stop()}, or by {@code POST /__admin/shutdown}.
   */
  public void awaitStop() throws InterruptedException {
    while (server.isRunning()) {
      Thread.sleep(100);
    }
    metadataListener.ifPresent(MetadataListener::close);
  }

  /** The underlying WireMock server, for adding stubs (e.g. fault injection) of your own. */
  public WireMockServer wireMock() {
    return server;
  }

  /**
   * Stops the server gracefully: it stops accepting connections at once, lets the requests in
   * flight finish within {@code grace} (0 to 300 seconds), then closes what remains. The CLI does
   * this on SIGTERM, with 10 seconds.
   */
  public void stop(Duration grace) {
    graceful.grace(grace);
    stop();
  }

  /** Stops the server at once: open connections are closed, requests in flight cut off. */
  public void stop() {
    server.stop();
    metadataListener.ifPresent(MetadataListener::close);
    log.ifPresent(JsonLinesLog::close);
    if (quietLogging != null) {
      closeQuietly(quietLogging);
      quietLogging = null;
    }
    keyStore.ifPresent(
        file -> {
          try {
            Files.deleteIfExists(file);
          } catch (IOException e) {
            // best effort: the file is also deleted on exit
          }
        });
  }

  @Override
  public void close() {
    stop();
  }

  private static void closeQuietly(AutoCloseable handle) {
    try {
      handle.close();
    } catch (Exception e) {
      // releasing the logging filter cannot fail
    }
  }

  private String host() {
    String bind = server.getOptions().bindAddress();
    return bind.equals("0.0.0.0") ? "127.0.0.1" : bind;
  }
}
