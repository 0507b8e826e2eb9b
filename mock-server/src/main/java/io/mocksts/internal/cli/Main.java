package io.mocksts.internal.cli;

import io.mocksts.MockSts;
import io.mocksts.MockStsException;
import io.mocksts.MockStsOptions;
import io.mocksts.internal.core.WorldException;
import io.mocksts.internal.http.JsonLinesLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar mock-sts.jar [options]}: serves the reference STS until interrupted. Exit codes:
 * 0 normal stop, 2 bad arguments or an invalid world file, 1 start-up failure.
 *
 * <p>Subcommands of the test IdP: {@code saml-response} ({@link SamlResponseCommand}) and {@code
 * idp-metadata} ({@link IdpMetadataCommand}); {@code health} ({@link HealthCommand}) checks a
 * running mock; without one, the options above serve. On SIGTERM the server stops gracefully: new
 * connections are refused, requests in flight finish within {@code --shutdown-grace} seconds.
 */
@Command(
    name = "mock-sts",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = {
      SamlResponseCommand.class,
      IdpMetadataCommand.class,
      OidcTokenCommand.class,
      MasterKeyCommand.class,
      HealthCommand.class,
      CaCommand.class
    },
    description = {
      "The reference STS for Alibaba Cloud STS (API 2015-04-01) and Tencent Cloud STS"
          + " (API 2018-08-13), served with WireMock.",
      "Ready when GET /__admin/health answers 200."
    })
public final class Main implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
  int port = 8080;

  @Option(names = "--bind", description = "address to listen on (default: ${DEFAULT-VALUE})")
  String bind = "127.0.0.1";

  @Option(
      names = "--world",
      paramLabel = "FILE",
      description = "world YAML replacing the bundled default world")
  Path world;

  @Option(
      names = "--https-port",
      paramLabel = "N",
      description =
          "also serve HTTPS on this port (443 for unmodified clients), with a certificate signed"
              + " by the mock's CA and valid for localhost, 127.0.0.1, ::1 and the vendor host"
              + " names (sts.aliyuncs.com, sts.<region>.aliyuncs.com, sts.tencentcloudapi.com,"
              + " sts.<region>.tencentcloudapi.com)")
  Integer httpsPort;

  @Option(
      names = "--https-cert-out",
      paramLabel = "FILE",
      description =
          "write the HTTPS certificate chain (PEM: the certificate, then the CA) here, for"
              + " clients to trust")
  Path certificateOut;

  @Option(
      names = "--ca-file",
      paramLabel = "FILE",
      defaultValue = "${env:MOCK_STS_CA_FILE}",
      description =
          "the CA that signs the HTTPS certificate: read from FILE (PEM certificate and key) when"
              + " it exists, else created there readable by its owner only, so clients trust it"
              + " once across restarts ('ca' exports it; default: $MOCK_STS_CA_FILE, else a new"
              + " CA at each start)")
  String caFile;

  @Option(
      names = "--ca-out",
      paramLabel = "DIR",
      description =
          "write the CA certificate into DIR as mock-sts-ca.pem and mock-sts-ca.p12 (trust store"
              + " password mock-sts); never its key")
  Path caOut;

  @Option(
      names = "--tls-name",
      paramLabel = "NAME",
      description =
          "a further DNS name or IP address the HTTPS certificate is valid for (repeatable)")
  List<String> tlsNames = new ArrayList<>();

  @Option(
      names = "--journal-size",
      paramLabel = "N",
      description = "requests kept in WireMock's journal (default: ${DEFAULT-VALUE}; 0 = off)")
  int journalSize = MockStsOptions.DEFAULT_JOURNAL_SIZE;

  @Option(
      names = "--assume-role-rate",
      paramLabel = "N",
      description =
          "Alibaba AssumeRole calls allowed per account and minute (default: ${DEFAULT-VALUE},"
              + " as documented; 0 = unlimited)")
  int assumeRoleRate = MockStsOptions.DOCUMENTED_ASSUME_ROLE_CALLS_PER_MINUTE;

  @Option(names = "--verbose", description = "print WireMock's messages (secrets masked)")
  boolean verbose;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:MOCK_STS_ADMIN_TOKEN}",
      description =
          "require this token on /__admin/* (but /__admin/health) as 'Authorization: Bearer"
              + " TOKEN' (default: $MOCK_STS_ADMIN_TOKEN; generated and printed when --bind is"
              + " beyond loopback)")
  String adminToken;

  @Option(
      names = "--allowed-host",
      paramLabel = "NAME",
      description =
          "a host name admin requests may carry in Host, besides localhost, loopback and the"
              + " bind address (repeatable)")
  List<String> allowedHosts = new ArrayList<>();

  @Option(
      names = "--admin-cors-origin",
      paramLabel = "ORIGIN",
      description =
          "a web origin allowed to call /__admin/* from a browser (repeatable; none by"
              + " default)")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--enable-proxy-stubs",
      description = "let stubs proxy to other hosts (proxyBaseUrl); off by default")
  boolean proxyStubs;

  @Option(
      names = "--signature-clock",
      paramLabel = "real|mock",
      defaultValue = "${env:MOCK_STS_SIGNATURE_CLOCK:-real}",
      description =
          "what request timestamps are checked against: real (default; clients sign with their"
              + " own clocks, so moving the mock's clock changes expiry only) or mock (moving the"
              + " mock's clock also moves the timestamp window) (default: $MOCK_STS_SIGNATURE_CLOCK"
              + " or real)")
  MockStsOptions.SignatureClock signatureClock;

  @Option(
      names = "--master-key-file",
      paramLabel = "FILE",
      defaultValue = "${env:MOCK_STS_MASTER_KEY_FILE}",
      description =
          "seal tokens and derive temporary secrets with the keys in FILE (lines keyId:base64key,"
              + " the first current, later ones still accepted), so that every instance with the"
              + " same file accepts the same credentials; 'master-key' prints a new line (default:"
              + " $MOCK_STS_MASTER_KEY_FILE, else a random key of this instance)")
  String masterKeyFile;

  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      description =
          "text (default) or json: one JSON line per STS call (time, request id, vendor, action,"
              + " outcome, status, latency, caller key id; never a secret) and per message")
  MockStsOptions.Logging.Format logFormat = MockStsOptions.Logging.Format.TEXT;

  @Option(
      names = "--log-file",
      paramLabel = "FILE",
      description =
          "append the JSON lines to FILE instead of standard output (with --log-format json)")
  Path logFile;

  @Option(
      names = "--shutdown-grace",
      paramLabel = "SECONDS",
      description =
          "on SIGTERM, refuse new connections and let requests in flight finish for up to this"
              + " long (default: ${DEFAULT-VALUE}; 0 = stop at once)")
  int shutdownGraceSeconds = DEFAULT_SHUTDOWN_GRACE_SECONDS;

  @Option(
      names = "--metadata-port",
      paramLabel = "PORT",
      description =
          "also listen on PORT (plain HTTP) serving only the instance metadata paths and the"
              + " credentials URI, e.g. 80 for 100.100.100.200 and metadata.tencentyun.com"
              + " (docs/guides/credential-chains.md)")
  Integer metadataPort;

  @Option(
      names = "--metadata-alibaba-role",
      paramLabel = "NAME",
      description = "the RAM role of the ECS instance (default: mock-role of the main account)")
  String metadataAlibabaRole;

  @Option(
      names = "--metadata-tencent-role",
      paramLabel = "NAME",
      description = "the CAM role of the CVM instance (default: mock-role of the main account)")
  String metadataTencentRole;

  @Option(
      names = "--metadata-token-required",
      description = "serve ECS credentials only with an IMDSv2 session token (enforced mode)")
  boolean metadataTokenRequired;

  /** How long requests in flight may take to finish on SIGTERM, by default. */
  static final int DEFAULT_SHUTDOWN_GRACE_SECONDS = 10;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (certificateOut != null && httpsPort == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--https-cert-out needs --https-port");
    }
    boolean caFileGiven = caFile != null && !caFile.isBlank();
    if (httpsPort == null && (caOut != null || !tlsNames.isEmpty())) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), (caOut != null ? "--ca-out" : "--tls-name") + " needs --https-port");
    }
    if (logFile != null && logFormat != MockStsOptions.Logging.Format.JSON) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--log-file needs --log-format json");
    }
    if (shutdownGraceSeconds < 0 || shutdownGraceSeconds > 300) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--shutdown-grace must be between 0 and 300 seconds");
    }
    MockStsOptions options =
        MockStsOptions.defaults()
            .withPort(port)
            .withBindAddress(bind)
            .withJournalSize(journalSize)
            .withAssumeRoleCallsPerMinute(assumeRoleRate)
            .withVerbose(verbose)
            .withAdmin(
                new MockStsOptions.Admin(
                    Optional.ofNullable(adminToken), allowedHosts, corsOrigins, proxyStubs))
            .withLogging(new MockStsOptions.Logging(logFormat, Optional.ofNullable(logFile)));
    if (world != null) {
      options = options.withWorldFile(world);
    }
    if (httpsPort != null) {
      options =
          options
              .withHttpsPort(httpsPort)
              .withTls(
                  new MockStsOptions.Tls(
                      caFileGiven ? Optional.of(Path.of(caFile)) : Optional.empty(), tlsNames));
    }
    boolean caFileExisted = caFileGiven && Files.exists(Path.of(caFile));
    options = options.withSignatureClock(signatureClock);
    if (masterKeyFile != null && !masterKeyFile.isBlank()) {
      options = options.withMasterKeyFile(Path.of(masterKeyFile));
    }
    options =
        options.withMetadata(
            new MockStsOptions.Metadata(
                Optional.ofNullable(metadataPort),
                Optional.ofNullable(metadataAlibabaRole),
                Optional.ofNullable(metadataTencentRole),
                metadataTokenRequired));
    MockSts sts = MockSts.start(options);
    Duration grace = Duration.ofSeconds(shutdownGraceSeconds);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> sts.stop(grace), "mock-sts-shutdown"));
    if (certificateOut != null) {
      Files.writeString(
          certificateOut, sts.tlsCertificatePem().orElseThrow(), StandardCharsets.UTF_8);
    }
    say("mock-sts listening on " + sts.baseUrl());
    sts.httpsBaseUrl().ifPresent(url -> say("mock-sts listening on " + url));
    sts.metadataPort()
        .ifPresent(p -> say("instance metadata (only) listening on " + bind + ":" + p));
    say("credentials URI: " + sts.alibabaCredentialsUri());
    if (httpsPort != null) {
      List<Path> exported = caOut == null ? List.of() : sts.exportCa(caOut);
      TlsBanner.lines(
              sts,
              caFileGiven ? Optional.of(Path.of(caFile)) : Optional.empty(),
              caFileExisted,
              Optional.ofNullable(certificateOut),
              exported)
          .forEach(this::say);
    }
    say("world: " + (world == null ? "bundled default (docs/default-world.md)" : world.toString()));
    if (world == null) {
      DefaultIdentities.bannerLines().forEach(this::say);
    } else {
      say("identities: those of " + world + " (schema: fixtures/README.md)");
    }
    say(
        "master key: "
            + (sts.masterKeySupplied()
                ? "from "
                    + masterKeyFile
                    + " (sealing with '"
                    + sts.masterKeyIds().get(0)
                    + "'"
                    + (sts.masterKeyIds().size() > 1
                        ? ", also accepting "
                            + sts.masterKeyIds().subList(1, sts.masterKeyIds().size())
                        : "")
                    + "; replicas with the same file accept each other's credentials)"
                : "random, this instance only (--master-key-file to share one with replicas)"));
    say(
        "signature clock: "
            + (signatureClock == MockStsOptions.SignatureClock.MOCK
                ? "mock (request timestamps follow the mock's clock, moves included)"
                : "real (request timestamps are checked against real time; moving the mock's"
                    + " clock changes expiry only)"));
    if (sts.adminToken().isPresent() && adminToken == null) {
      say("admin token (required on /__admin/*, bound beyond loopback): " + sts.adminToken().get());
    }
    sts.awaitStop();
    return 0;
  }

  /** A start-up line: plain text, or a JSON message line when the JSON log goes to stdout. */
  private void say(String line) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        logFormat == MockStsOptions.Logging.Format.JSON && logFile == null
            ? JsonLinesLog.messageLine(Clock.systemUTC().instant(), "info", line)
            : line);
    out.flush();
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return command().execute(args);
  }

  /** Runs with the given output streams (for tests of the subcommands). */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = command();
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  /** The command line as {@code main} runs it (also parsed by tests, without running). */
  static CommandLine command() {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    CliPolish.apply(cli);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof WorldException || e.getCause() instanceof WorldException) {
            err.println(
                "invalid world file: "
                    + (e instanceof WorldException ? e : e.getCause()).getMessage());
            return 2;
          }
          if (commandLine.getCommand() instanceof Main) {
            err.println(
                "mock-sts could not start: "
                    + (e instanceof MockStsException || e instanceof IllegalArgumentException
                        ? e.getMessage()
                        : e.getClass().getSimpleName() + ": " + e.getMessage()));
            return 1;
          }
          err.println("mock-sts " + commandLine.getCommandName() + ": " + e.getMessage());
          return 1;
        });
    return cli;
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return CliPolish.version();
    }
  }
}
