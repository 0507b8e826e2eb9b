package io.mocksts.kit.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A mock STS reachable over HTTP, embedded or started separately: both vendors on one base URL, the
 * clock moved through {@code /__admin/mock-sts/clock}. A running mock that requires an admin token
 * gets it from {@code -Dsts.adminToken} or {@code MOCK_STS_ADMIN_TOKEN}.
 */
class MockTarget implements StsTarget {

  private final String name;
  private final URI baseUri;
  private final Profile profile;
  private final Pacer pacer;
  private final HttpClient http = HttpClient.newHttpClient();
  private Boolean signaturesFollowClock;

  MockTarget(String name, URI baseUri, Profile profile) {
    this.name = name;
    this.baseUri = baseUri;
    this.profile = profile;
    this.pacer = Pacer.of(profile.settings());
  }

  @Override
  public void pace(String vendor) {
    pacer.pace(vendor);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public URI endpoint(String vendor) {
    return baseUri;
  }

  @Override
  public Profile profile() {
    return profile;
  }

  @Override
  public boolean isMock() {
    return true;
  }

  @Override
  public void advanceClock(Duration amount) {
    admin("/__admin/mock-sts/clock/advance", "{\"seconds\":" + amount.toSeconds() + "}");
  }

  /** Asks the mock once ({@code GET /__admin/mock-sts/clock}, {@code signatureClock}). */
  @Override
  public synchronized boolean signaturesFollowItsClock() {
    if (signaturesFollowClock == null) {
      signaturesFollowClock =
          get("/__admin/mock-sts/clock").contains("\"signatureClock\":\"mock\"");
    }
    return signaturesFollowClock;
  }

  @Override
  public void resetClock() {
    admin("/__admin/mock-sts/clock/reset", "{}");
  }

  @Override
  public void limitAssumeRole(int callsPerMinute) {
    admin("/__admin/mock-sts/limits", "{\"alibabaAssumeRolePerMinute\":" + callsPerMinute + "}");
  }

  @Override
  public void limitTencent(String action, int callsPerSecond) {
    admin(
        "/__admin/mock-sts/limits",
        "{\"tencentPerSecond\":{\"" + action + "\":" + callsPerSecond + "}}");
  }

  @Override
  public void resetLimits() {
    admin("/__admin/mock-sts/limits/reset", "{}");
  }

  @Override
  public void injectError(String vendor, String action, String code, int times) {
    send(
        HttpRequest.newBuilder(baseUri.resolve(FAULTS))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"vendor\":\""
                        + vendor
                        + "\",\"action\":\""
                        + action
                        + "\",\"error\":\""
                        + code
                        + "\",\"times\":"
                        + times
                        + "}")),
        FAULTS);
  }

  @Override
  public void clearFaults() {
    send(HttpRequest.newBuilder(baseUri.resolve(FAULTS)).DELETE(), FAULTS);
  }

  private static final String FAULTS = "/__admin/mock-sts/faults";

  /** Sends an admin request that must succeed (any 2xx). */
  private void send(HttpRequest.Builder request, String path) {
    adminToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "the mock refused " + path + ": HTTP " + response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static java.util.Optional<String> adminToken() {
    String token = System.getProperty("sts.adminToken", System.getenv("MOCK_STS_ADMIN_TOKEN"));
    return java.util.Optional.ofNullable(token).filter(t -> !t.isBlank());
  }

  private String get(String path) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).GET();
      adminToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the mock refused " + path + ": HTTP " + response.statusCode() + " " + response.body());
      }
      return response.body().replace(" ", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void admin(String path, String json) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(baseUri.resolve(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json));
      adminToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the mock refused " + path + ": HTTP " + response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
