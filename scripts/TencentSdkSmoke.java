// Calls a running mock-sts with the official Tencent Cloud Java SDK (tencentcloud-sdk-java-sts
// 3.1.678), unmodified, with the default world's identities: every STS action once (GetSessionToken
// through CommonClient with an RFC 6238 code), TC3-HMAC-SHA256 and v1 HmacSHA1/HmacSHA256 over
// POST and GET, and the error paths a client meets first (wrong key, unknown SecretId, no
// permission, unknown role, too long a duration, expired signature and expired credentials; the
// last two move the mock's clock through /__admin/mock-sts/clock and put it back; the signature
// check expects SignatureExpire only from a mock started with --signature-clock=mock). Prints one line
// per check and exits 1 if any check fails. Run it with scripts/tencent-sdk-smoke.sh (it builds
// the class path).
//
// Usage: java -cp <sdk class path> scripts/TencentSdkSmoke.java HOST PORT

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.ApiKey;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleResponse;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithSAMLRequest;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithWebIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityResponse;
import com.tencentcloudapi.sts.v20180813.models.GetFederationTokenRequest;
import com.tencentcloudapi.sts.v20180813.models.GetFederationTokenResponse;
import com.tencentcloudapi.sts.v20180813.models.QueryApiKeyRequest;
import com.tencentcloudapi.sts.v20180813.models.Tag;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class TencentSdkSmoke {

  static final String OWNER = "100000000001";
  static final String ROOT = "AKIDMockRootSecretId0000000000000001";
  static final String ROOT_KEY = "MockRootSecretKey000000000000001";
  static final String ALICE = "AKIDMockAliceSecretId000000000000001";
  static final String ALICE_KEY = "MockAliceSecretKey00000000000001";
  static final String ALICE_UIN = "100000000002";
  static final String ALICE_MFA_SECRET = "JBSWY3DPEHPK3PXP";
  static final String ALICE_MFA_SERIAL = "qcs::cam:uin/" + OWNER + "::mfa/softToken";
  static final String BOB = "AKIDMockBobSecretId00000000000000001";
  static final String BOB_KEY = "MockBobSecretKey0000000000000000001";
  static final String ROLE = "qcs::cam::uin/" + OWNER + ":roleName/mock-role";
  static final String ROLE_ID = "4611686018427397901";
  static final String POLICY = URLEncoder.encode(
      "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"name/cos:GetObject\"],\"resource\":[\"*\"]}]}",
      StandardCharsets.UTF_8);
  static final String TC3 = ClientProfile.SIGN_TC3_256;
  static final String SHA1 = ClientProfile.SIGN_SHA1;
  static final String SHA256 = ClientProfile.SIGN_SHA256;

  static int failures;
  static String host;
  static int port;

  public static void main(String[] args) throws Exception {
    host = args[0];
    port = Integer.parseInt(args[1]);

    Credentials[] role = new Credentials[1];
    check("tc3  POST AssumeRole (Duration, Policy, Tags, ExternalId)", () -> {
      AssumeRoleRequest r = assumeRole("smoke-tc3");
      r.setDurationSeconds(1800L);
      r.setPolicy(POLICY);
      r.setExternalId("role-external-id");
      r.setTags(new Tag[] {tag("department", "engineering")});
      AssumeRoleResponse resp = client(ALICE, ALICE_KEY, null, TC3, "POST").AssumeRole(r);
      role[0] = resp.getCredentials();
      return describe(resp.getCredentials(), resp.getExpiredTime(), resp.getExpiration());
    }, "AKID expires-in-1800s expiration-matches");
    check("tc3  GET  AssumeRole (Policy, Tags)", () -> {
      AssumeRoleRequest r = assumeRole("smoke-tc3-get");
      r.setPolicy(POLICY);
      r.setTags(new Tag[] {tag("department", "engineering")});
      AssumeRoleResponse resp = client(ALICE, ALICE_KEY, null, TC3, "GET").AssumeRole(r);
      return describe(resp.getCredentials(), resp.getExpiredTime(), resp.getExpiration());
    }, "AKID expires-in-7200s expiration-matches");
    check("v1   POST AssumeRole (HmacSHA1, Policy)", () -> {
      AssumeRoleRequest r = assumeRole("smoke-sha1");
      r.setPolicy(POLICY);
      AssumeRoleResponse resp = client(ALICE, ALICE_KEY, null, SHA1, "POST").AssumeRole(r);
      return describe(resp.getCredentials(), resp.getExpiredTime(), resp.getExpiration());
    }, "AKID expires-in-7200s");
    check("v1   GET  AssumeRole (HmacSHA256, Tags)", () -> {
      AssumeRoleRequest r = assumeRole("smoke-sha256");
      r.setTags(new Tag[] {tag("department", "engineering")});
      AssumeRoleResponse resp = client(ALICE, ALICE_KEY, null, SHA256, "GET").AssumeRole(r);
      return describe(resp.getCredentials(), resp.getExpiredTime(), resp.getExpiration());
    }, "AKID expires-in-7200s");

    check("tc3  POST GetCallerIdentity (alice)", () ->
        identity(client(ALICE, ALICE_KEY, null, TC3, "POST")),
        "CAMUser account=" + OWNER + " user=" + ALICE_UIN + " principal=" + ALICE_UIN
            + " qcs::cam::uin/" + OWNER + ":uin/" + ALICE_UIN);
    check("v1   GET  GetCallerIdentity (alice, HmacSHA1)", () ->
        identity(client(ALICE, ALICE_KEY, null, SHA1, "GET")), "CAMUser user=" + ALICE_UIN);
    check("tc3  POST GetCallerIdentity (root)", () ->
        identity(client(ROOT, ROOT_KEY, null, TC3, "POST")),
        "account=" + OWNER + " user=" + OWNER + " principal=" + OWNER);
    check("tc3  POST GetCallerIdentity (AssumeRole credentials)", () ->
        identity(client(role[0].getTmpSecretId(), role[0].getTmpSecretKey(), role[0].getToken(), TC3, "POST")),
        "CAMRole user=" + ROLE_ID + ":smoke-tc3 principal=" + ALICE_UIN
            + " qcs::sts:" + OWNER + ":assumed-role/" + ROLE_ID);
    check("v1   POST GetCallerIdentity (AssumeRole credentials, HmacSHA256)", () ->
        identity(client(role[0].getTmpSecretId(), role[0].getTmpSecretKey(), role[0].getToken(), SHA256, "POST")),
        "CAMRole user=" + ROLE_ID + ":smoke-tc3");

    Credentials[] federated = new Credentials[1];
    check("tc3  POST GetFederationToken", () -> {
      GetFederationTokenRequest r = new GetFederationTokenRequest();
      r.setName("smoke");
      r.setPolicy(POLICY);
      GetFederationTokenResponse resp = client(ALICE, ALICE_KEY, null, TC3, "POST").GetFederationToken(r);
      federated[0] = resp.getCredentials();
      return describe(resp.getCredentials(), resp.getExpiredTime(), resp.getExpiration());
    }, "AKID expires-in-1800s expiration-matches");
    check("tc3  GET  GetCallerIdentity (federation credentials)", () ->
        identity(client(federated[0].getTmpSecretId(), federated[0].getTmpSecretKey(), federated[0].getToken(), TC3, "GET")),
        "CAMUser user=" + ALICE_UIN + ":smoke principal=" + ALICE_UIN
            + " qcs::sts:" + OWNER + ":federated-user/" + ALICE_UIN);

    check("tc3  POST QueryApiKey", () -> {
      ApiKey[] keys = client(ALICE, ALICE_KEY, null, TC3, "POST").QueryApiKey(new QueryApiKeyRequest()).getIdKeys();
      return Arrays.stream(keys)
          .map(k -> k.getSecretId() + " status=" + k.getStatus() + " created=" + k.getCreateTime())
          .reduce((a, b) -> a + ", " + b).orElse("no keys");
    }, ALICE + " status=2 created=");

    check("tc3  POST GetSessionToken (CommonClient, TOTP)", () -> {
      CommonClient common = new CommonClient("sts", "2018-08-13", new Credential(ALICE, ALICE_KEY), "ap-guangzhou", profile(TC3, "POST"));
      String body = common.call("GetSessionToken",
          "{\"SerialNumber\":\"" + ALICE_MFA_SERIAL + "\",\"TokenCode\":\"" + currentCode() + "\"}");
      JsonObject r = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("Response");
      Credentials c = new Credentials();
      c.setTmpSecretId(r.getAsJsonObject("Credentials").get("TmpSecretId").getAsString());
      return describe(c, r.get("ExpiredTime").getAsLong(), r.get("Expiration").getAsString());
    }, "AKID expires-in-1800s expiration-matches");

    check("tc3  POST AssumeRoleWithSAML (assertion it cannot validate)", () -> {
      AssumeRoleWithSAMLRequest r = new AssumeRoleWithSAMLRequest();
      r.setSAMLAssertion("c2FtbCBhc3NlcnRpb24=");
      r.setPrincipalArn("qcs::cam::uin/" + OWNER + ":saml-provider/mock-idp");
      r.setRoleArn("qcs::cam::uin/" + OWNER + ":roleName/mock-saml-role");
      r.setRoleSessionName("smoke-saml");
      return error(() -> client(ALICE, ALICE_KEY, null, TC3, "POST").AssumeRoleWithSAML(r));
    }, "InvalidParameter.ParamError");
    check("tc3  POST AssumeRoleWithWebIdentity (token it cannot validate)", () -> {
      AssumeRoleWithWebIdentityRequest r = new AssumeRoleWithWebIdentityRequest();
      r.setProviderId("mock-oidc");
      r.setWebIdentityToken("not-a-jwt");
      r.setRoleArn("qcs::cam::uin/" + OWNER + ":roleName/mock-oidc-role");
      r.setRoleSessionName("smoke-oidc");
      return error(() -> client(ALICE, ALICE_KEY, null, TC3, "POST").AssumeRoleWithWebIdentity(r));
    }, "InvalidParameter.WebIdentityTokenError");

    check("tc3  POST AssumeRoleWithWebIdentity (oidc-token), then GetCallerIdentity", () -> {
      AssumeRoleWithWebIdentityRequest r = new AssumeRoleWithWebIdentityRequest();
      r.setProviderId("mock-oidc");
      r.setWebIdentityToken(oidcToken("smoke-workload"));
      r.setRoleArn("qcs::cam::uin/" + OWNER + ":roleName/mock-oidc-role");
      r.setRoleSessionName("smoke-oidc");
      r.setDurationSeconds(1800L);
      var response = client("", "", null, TC3, "POST").AssumeRoleWithWebIdentity(r);
      var c = response.getCredentials();
      var identity =
          client(c.getTmpSecretId(), c.getTmpSecretKey(), c.getToken(), TC3, "POST")
              .GetCallerIdentity(new com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest());
      return identity.getType() + " " + identity.getUserId();
    }, "CAMRole 4611686018427397903:smoke-oidc");

    check("tc3  POST wrong SecretKey", () ->
        error(() -> client(ALICE, "WrongSecretKey000000000000000001", null, TC3, "POST").AssumeRole(assumeRole("smoke-wrong"))),
        "AuthFailure.SignatureFailure");
    check("v1   GET  wrong SecretKey (HmacSHA1)", () ->
        error(() -> client(ALICE, "WrongSecretKey000000000000000001", null, SHA1, "GET").AssumeRole(assumeRole("smoke-wrong"))),
        "AuthFailure.SignatureFailure");
    check("tc3  POST unknown SecretId", () ->
        error(() -> client("AKIDMockNobodySecretId00000000000001", ALICE_KEY, null, TC3, "POST").GetCallerIdentity(new GetCallerIdentityRequest())),
        "AuthFailure.SecretIdNotFound");
    check("tc3  POST bob AssumeRole (no STS permission)", () ->
        error(() -> client(BOB, BOB_KEY, null, TC3, "POST").AssumeRole(assumeRole("smoke-bob"))),
        "UnauthorizedOperation");
    check("tc3  POST unknown role", () -> {
      AssumeRoleRequest r = assumeRole("smoke-none");
      r.setRoleArn("qcs::cam::uin/" + OWNER + ":roleName/no-such-role");
      return error(() -> client(ALICE, ALICE_KEY, null, TC3, "POST").AssumeRole(r));
    }, "ResourceNotFound.RoleNotFound");
    check("tc3  POST DurationSeconds 43201", () -> {
      AssumeRoleRequest r = assumeRole("smoke-long");
      r.setDurationSeconds(43201L);
      return error(() -> client(ALICE, ALICE_KEY, null, TC3, "POST").AssumeRole(r));
    }, "InvalidParameter.OverTimeError");
    // Request timestamps follow the mock's clock only with --signature-clock=mock
    // (docs/time-and-replicas.md); by default moving the clock changes expiry alone.
    boolean signaturesFollowClock = clockState().replace(" ", "").contains("\"signatureClock\":\"mock\"");
    check("tc3  POST signature after the mock clock moved +10 min", () -> {
      try {
        advanceClock(600);
        return error(() -> client(ALICE, ALICE_KEY, null, TC3, "POST").GetCallerIdentity(new GetCallerIdentityRequest()));
      } finally {
        resetClock();
      }
    }, signaturesFollowClock ? "AuthFailure.SignatureExpire" : "no error");
    check("tc3  POST expired credentials (mock clock -4 min, then +4 min)", () -> {
      try {
        advanceClock(-240);
        AssumeRoleRequest r = assumeRole("smoke-expiring");
        r.setDurationSeconds(420L);
        Credentials c = client(ALICE, ALICE_KEY, null, TC3, "POST").AssumeRole(r).getCredentials();
        advanceClock(480);
        return error(() -> client(c.getTmpSecretId(), c.getTmpSecretKey(), c.getToken(), TC3, "POST")
            .GetCallerIdentity(new GetCallerIdentityRequest()));
      } finally {
        resetClock();
      }
    }, "AuthFailure.TokenFailure");

    System.out.println(failures == 0 ? "ALL CHECKS PASSED" : failures + " CHECK(S) FAILED");
    System.exit(failures == 0 ? 0 : 1);
  }

  static ClientProfile profile(String signMethod, String httpMethod) {
    HttpProfile http = new HttpProfile();
    http.setEndpoint(host + ":" + port);
    http.setProtocol(HttpProfile.REQ_HTTP);
    http.setReqMethod(httpMethod);
    return new ClientProfile(signMethod, http);
  }

  static StsClient client(String id, String key, String token, String signMethod, String httpMethod) {
    Credential credential = token == null ? new Credential(id, key) : new Credential(id, key, token);
    return new StsClient(credential, "ap-guangzhou", profile(signMethod, httpMethod));
  }

  static AssumeRoleRequest assumeRole(String session) {
    AssumeRoleRequest r = new AssumeRoleRequest();
    r.setRoleArn(ROLE);
    r.setRoleSessionName(session);
    return r;
  }

  static Tag tag(String key, String value) {
    Tag t = new Tag();
    t.setKey(key);
    t.setValue(value);
    return t;
  }

  static String describe(Credentials c, Long expiredTime, String expiration) {
    long in = expiredTime - Instant.now().getEpochSecond();
    long rounded = Math.round(in / 60.0) * 60;
    boolean matches = expiration != null && Instant.parse(expiration).getEpochSecond() == expiredTime;
    return c.getTmpSecretId() + " expires-in-" + rounded + "s ExpiredTime=" + expiredTime
        + " Expiration=" + expiration + (matches ? " expiration-matches" : " expiration-differs");
  }

  static String identity(StsClient client) throws Exception {
    GetCallerIdentityResponse r = client.GetCallerIdentity(new GetCallerIdentityRequest());
    return r.getType() + " account=" + r.getAccountId() + " user=" + r.getUserId()
        + " principal=" + r.getPrincipalId() + " " + r.getArn();
  }

  /** A token of the bundled test issuer, printed by the jar's oidc-token command. */
  static String oidcToken(String subject) throws Exception {
    java.util.List<String> command = java.util.List.of(
        java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("mock-sts.jar", "mock-server/target/mock-sts.jar"),
        "oidc-token", "--vendor", "tencent", "--subject", subject);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8).strip();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("oidc-token failed: " + out);
    }
    return out;
  }

  static String error(Callable<Object> call) throws Exception {
    try {
      call.call();
      return "no error";
    } catch (TencentCloudSDKException e) {
      return e.getErrorCode() + " (RequestId " + e.getRequestId() + ")";
    }
  }

  static void advanceClock(long seconds) throws Exception {
    admin("/__admin/mock-sts/clock/advance", "{\"seconds\": " + seconds + "}");
  }

  static void resetClock() throws Exception {
    admin("/__admin/mock-sts/clock/reset", "");
  }

  static String clockState() throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/__admin/mock-sts/clock")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  static void admin(String path, String body) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
  }

  /** RFC 6238 (HMAC-SHA1, 30 s, 6 digits) for a base32 secret; waits out the last 2 s of a step. */
  static String currentCode() throws Exception {
    if (Instant.now().getEpochSecond() % 30 >= 28) {
      Thread.sleep(3000);
    }
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream key = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char ch : ALICE_MFA_SECRET.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(ch);
      bits += 5;
      if (bits >= 8) {
        key.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    long counter = Instant.now().getEpochSecond() / 30;
    byte[] message = new byte[8];
    for (int i = 7; i >= 0; i--, counter >>>= 8) {
      message[i] = (byte) counter;
    }
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(key.toByteArray(), "HmacSHA1"));
    byte[] h = mac.doFinal(message);
    int o = h[h.length - 1] & 0x0f;
    int binary = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
    return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
  }

  /** Runs a check; passes when the result contains every space-separated part of expected. */
  static String check(String name, Callable<String> call, String expected) {
    String result;
    try {
      result = call.call();
    } catch (Exception e) {
      result = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    boolean ok = result != null && Arrays.stream(expected.split(" ")).allMatch(result::contains);
    if (!ok) {
      failures++;
    }
    System.out.printf("%-4s %-66s %s%n", ok ? "OK" : "FAIL", name, result);
    return ok ? result : null;
  }
}
