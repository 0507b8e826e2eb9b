package io.mocksts.reports;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results sample under {@code src/test/resources/results}: one scenario per result (passed,
 * failed, expected failure, stale expectation, observed, not applicable, wip), the ledger of the
 * two expected scenarios, a sources file, and recorded exchanges written per test with the default
 * world's real test secrets in them.
 */
final class ResultSamples {

  static final Instant GENERATED_AT = Instant.parse("2026-12-07T01:00:00Z");

  /** The default world, whose secrets must never reach a report. */
  static final Path WORLD = Path.of("..", "fixtures", "world.yaml");

  private ResultSamples() {}

  static Path dir() {
    try {
      return Path.of(ResultSamples.class.getResource("/results").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every {@code secret:} value of the default world file. */
  static List<String> worldSecrets() throws IOException {
    List<String> secrets = new ArrayList<>();
    Matcher m =
        Pattern.compile("(?m)^\\s*secret:\\s*\"?([^\"\\s#]+)").matcher(Files.readString(WORLD));
    while (m.find()) {
      secrets.add(m.group(1));
    }
    if (secrets.isEmpty()) {
      throw new IllegalStateException("no secret found in " + WORLD);
    }
    return secrets;
  }

  /**
   * Writes an exchanges file: the failed scenario's request signed with alice's secret and carrying
   * a security token, a Tencent request with its token header, and a broken line.
   */
  static Path exchanges(Path dir) throws IOException {
    String secret = worldSecrets().get(1);
    String failing =
        "{\"scenario\":\"alibaba/assume-role.feature: a RoleArn of another account is refused\","
            + "\"uri\":\"classpath:alibaba/assume-role.feature\",\"line\":23,\"seq\":1,"
            + "\"vendor\":\"alibaba\",\"action\":\"AssumeRole\",\"target\":\"live\","
            + "\"request\":{\"method\":\"POST\",\"url\":\"https://sts.aliyuncs.com/?Signature="
            + secret
            + "&Action=AssumeRole\",\"headers\":{\"Content-Type\":"
            + "\"application/x-www-form-urlencoded\",\"x-acs-security-token\":\""
            + secret
            + "\",\"Authorization\":\"ACS3-HMAC-SHA256 Credential=LTAI,Signature="
            + secret
            + "\"},\"body\":\"RoleArn=acs%3Aram%3A%3A999%3Arole%2Fx&AccessKeySecret="
            + secret
            + "&SecurityToken="
            + secret
            + "\"},\"response\":{\"status\":404,\"headers\":{\"Content-Type\":\"application/json\"},"
            + "\"body\":\"{\\\"Code\\\":\\\"EntityNotExist.Role\\\",\\\"AccessKeySecret\\\":\\\""
            + secret
            + "\\\"}\"},\"millis\":12}";
    String tencent =
        "{\"scenario\":\"tencent/assume-role.feature: the documented maximum is accepted\","
            + "\"line\":8,\"seq\":1,\"vendor\":\"tencent\",\"action\":\"AssumeRole\","
            + "\"request\":{\"method\":\"POST\",\"url\":\"https://sts.tencentcloudapi.com/\","
            + "\"headers\":{\"X-TC-Token\":\""
            + secret
            + "\"},\"body\":\"{\\\"Token\\\":\\\""
            + secret
            + "\\\"}\"},\"response\":{\"status\":200,\"body\":\"<Credentials><Token>"
            + secret
            + "</Token><TmpSecretKey>"
            + secret
            + "</TmpSecretKey></Credentials>\"}}";
    Path file = dir.resolve("exchanges.jsonl");
    Files.writeString(file, failing + "\n" + "{not json\n" + "[1,2]\n\n" + tencent + "\n");
    return file;
  }

  static ConformanceReport.Inputs inputs(Path out) {
    return new ConformanceReport.Inputs(
        dir().resolve("cucumber.json"),
        dir().resolve("features"),
        List.of(),
        "live",
        out,
        GENERATED_AT);
  }

  static ConformanceReport.RunContext context(Path exchanges) {
    return new ConformanceReport.RunContext(
        dir().resolve("sources.yaml"),
        dir().resolve("expectations.json"),
        exchanges,
        new RunMetadata(
            "live",
            "0.1.0-SNAPSHOT",
            "0123456789abcdef0123456789abcdef01234567",
            "2026-12-07T00:55:00Z",
            300_000L,
            List.of(),
            Map.of("alibaba", "cn-hangzhou"),
            "alibaba-live"),
        List.of());
  }
}
