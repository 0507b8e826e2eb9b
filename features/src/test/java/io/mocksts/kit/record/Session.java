package io.mocksts.kit.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.MockSts;
import io.mocksts.kit.target.Profile;
import io.mocksts.kit.target.StsTarget;
import io.mocksts.kit.target.Targets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One recording: the exchange log, and in record mode the mappings, the reference STS and the
 * fidelity table.
 */
final class Session {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SIGNED_TOKENS =
      Set.of("SAMLAssertion", "SAMLResponse", "OIDCToken", "WebIdentityToken");

  private final ExchangeLog log;
  private final Path recordDir;
  private final MappingWriter mappings;
  private Fidelity fidelity;
  private final Map<Profile, NameMapping> translations = new IdentityHashMap<>();
  private final Map<String, Observed> referenceRequests = new HashMap<>();
  private ScenarioContext.Current lastScenario;
  private MockSts reference;
  private URI referenceEndpoint;
  private HttpClient http;
  private boolean closed;

  Session(Recorder.Settings settings) {
    this.log = new ExchangeLog(settings.exchangeLog());
    this.recordDir = settings.recordDir();
    this.mappings = recordDir == null ? null : new MappingWriter(recordDir);
  }

  synchronized void exchanged(Observed target, ScenarioContext.Current scenario, Replay replay) {
    if (!scenario.equals(lastScenario)) {
      referenceRequests.clear();
      lastScenario = scenario;
    }
    StsTarget sts = Targets.current();
    int seq = ScenarioContext.nextSeq();
    log.append(ExchangeLog.line(target, scenario, seq, sts.name()));
    if (recordDir == null) {
      return;
    }
    mappings.write(target, scenario, seq, sts.name());
    if (fidelity == null) {
      fidelity = new Fidelity(sts.name());
    }
    fidelity.add(compare(target, scenario, seq, sts, replay));
  }

  private Fidelity.Entry compare(
      Observed target, ScenarioContext.Current scenario, int seq, StsTarget sts, Replay replay) {
    String vendor = target.vendor();
    if (scenario.mockOnly()) {
      return skipped(
          target,
          scenario,
          seq,
          "@mock-only: the scenario drives the target's control surface (clock, limits, faults),"
              + " which the reference does not follow");
    }
    NameMapping mapping = translation(sts.profile());
    Optional<String> token = signedTokenNamingTarget(target, mapping);
    if (token.isPresent()) {
      return skipped(
          target,
          scenario,
          seq,
          "the signed "
              + token.get()
              + " names the target's own entities; it cannot be re-signed for the reference");
    }
    Observed answer;
    try {
      String key = requestKey(target);
      Observed earlier = referenceRequests.get(key);
      if (earlier != null) {
        answer = sendAgain(earlier);
      } else {
        List<Observed> captured =
            Recorder.capturing(() -> replay.sendTo(referenceEndpoint(), mapping));
        if (captured.isEmpty()) {
          return skipped(target, scenario, seq, "the request could not be replayed");
        }
        answer = captured.get(captured.size() - 1);
      }
      referenceRequests.put(key, answer);
    } catch (RuntimeException e) {
      return skipped(target, scenario, seq, "the reference did not answer: " + e);
    }
    learnIssued(vendor, target, answer, mapping);
    List<Fidelity.Difference> differences = Fidelity.compare(vendor, target, answer, mapping::text);
    if (differences == null) {
      return skipped(
          target, scenario, seq, "a rate limit refused one of the two: it depends on timing");
    }
    return new Fidelity.Entry(scenario, seq, vendor, target.action(), true, "", differences);
  }

  private static Fidelity.Entry skipped(
      Observed target, ScenarioContext.Current scenario, int seq, String reason) {
    return new Fidelity.Entry(
        scenario, seq, target.vendor(), target.action(), false, reason, List.of());
  }

  synchronized void scenarioFinished() {
    if (fidelity != null && !closed) {
      fidelity.write(recordDir);
    }
  }

  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    log.close();
    if (fidelity != null) {
      fidelity.write(recordDir);
    }
    if (reference != null) {
      reference.stop();
    }
  }

  private NameMapping translation(Profile target) {
    return translations.computeIfAbsent(
        target,
        profile -> {
          Path world = fixtures().resolve("world.yaml");
          return NameMapping.between(profile, Profile.read(world, System::getenv), world);
        });
  }

  private static Path fixtures() {
    return Path.of(System.getProperty("sts.fixtures", "../fixtures"));
  }

  private URI referenceEndpoint() {
    if (reference == null) {
      reference = MockSts.start();
      referenceEndpoint = URI.create(reference.baseUrl() + "/");
    }
    return referenceEndpoint;
  }

  /** The same request again, byte for byte, to the reference (a resent request). */
  private Observed sendAgain(Observed earlier) {
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(earlier.uri()).timeout(Duration.ofSeconds(60));
    earlier
        .requestHeaders()
        .forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    request.method(
        earlier.method(),
        earlier.requestBody().isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(earlier.requestBody()));
    HttpRequest built = request.build();
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      return Observed.of(
          earlier.vendor(),
          earlier.action(),
          built,
          earlier.requestBody(),
          response,
          (System.nanoTime() - started) / 1_000_000L);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What identifies a request as sent: a request sent twice alike is a replay. */
  private static String requestKey(Observed request) {
    return request.method()
        + " "
        + request.uri()
        + "\n"
        + new java.util.TreeMap<>(request.requestHeaders())
        + "\n"
        + request.requestBody();
  }

  /** The temporary credentials both answered with: the target's stand for the reference's. */
  private static void learnIssued(
      String vendor, Observed target, Observed reference, NameMapping mapping) {
    Optional<Translation.Key> t = issued(vendor, target.responseBody());
    Optional<Translation.Key> r = issued(vendor, reference.responseBody());
    if (t.isPresent() && r.isPresent()) {
      mapping.issued(t.get(), r.get());
    }
  }

  private static Optional<Translation.Key> issued(String vendor, String body) {
    try {
      JsonNode root = JSON.readTree(body);
      if (root == null) {
        return Optional.empty();
      }
      JsonNode credentials =
          vendor.equals("tencent")
              ? root.path("Response").path("Credentials")
              : root.path("Credentials");
      String id = vendor.equals("tencent") ? "TmpSecretId" : "AccessKeyId";
      String secret = vendor.equals("tencent") ? "TmpSecretKey" : "AccessKeySecret";
      String token = vendor.equals("tencent") ? "Token" : "SecurityToken";
      if (!credentials.hasNonNull(id) || !credentials.hasNonNull(secret)) {
        return Optional.empty();
      }
      return Optional.of(
          new Translation.Key(
              credentials.get(id).asText(),
              credentials.get(secret).asText(),
              credentials.path(token).asText(null)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The name of a signed assertion or token in the request that names one of the target's own
   * entities, if any: it cannot be translated without breaking its signature.
   */
  private static Optional<String> signedTokenNamingTarget(Observed request, NameMapping mapping) {
    if (mapping.identity()) {
      return Optional.empty();
    }
    Map<String, String> params = new HashMap<>(MappingWriter.decode(request.uri().getRawQuery()));
    String body = request.requestBody();
    if (body.stripLeading().startsWith("{")) {
      try {
        JsonNode json = JSON.readTree(body);
        json.fields().forEachRemaining(f -> params.putIfAbsent(f.getKey(), f.getValue().asText()));
      } catch (IOException e) {
        // a raw body: no parameters in it
      }
    } else {
      MappingWriter.decode(body).forEach(params::putIfAbsent);
    }
    for (String name : SIGNED_TOKENS) {
      String value = params.get(name);
      if (value != null && !value.isEmpty()) {
        String decoded = decoded(value);
        if (!mapping.text(decoded).equals(decoded)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  private static String decoded(String value) {
    try {
      String[] jwt = value.split("\\.");
      if (jwt.length >= 2) {
        return new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8);
      }
      return new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
