package io.mocksts.internal.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mocksts.internal.core.PolicyGrammar;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Policy} parameter of AssumeRole and GetFederationToken (tencent-sts.md §4.1, §4.4,
 * §7.5): URL-encoded by the caller and decoded once by the server ("服务端会对该字段做urldecode"), a CAM
 * policy without a principal element, whose resources are six-segment descriptions (§7.1) of the
 * credentials' own account.
 */
final class SessionPolicy {

  /** The CAM limit on a policy's characters (§7.5; the STS limit itself is UNCONFIRMED). */
  static final int MAX_LENGTH = 6144;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** {@code qcs:project_id:service_type:region:account:resource} with a non-empty resource. */
  private static final Pattern SIX_SEGMENTS =
      Pattern.compile("qcs:[^:]*:[^:]*:[^:]*:((?:uin|uid)/[0-9]+)?:.+");

  private SessionPolicy() {}

  /**
   * Checks a Policy parameter.
   *
   * @param encoded the parameter as received (still URL-encoded), or {@code null}
   * @param accountId the account whose resources the credentials may reach
   */
  static void check(String encoded, String accountId) {
    if (encoded == null) {
      return;
    }
    String policy;
    try {
      policy = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw TencentError.STRATEGY_FORMAT.exception();
    }
    if (policy.length() > MAX_LENGTH) {
      throw TencentError.POLICY_TOO_LONG.exception();
    }
    JsonNode root;
    try {
      root = JSON.readTree(policy);
    } catch (JsonProcessingException e) {
      throw TencentError.STRATEGY_FORMAT.exception();
    }
    if (root != null && root.path("statement").isArray()) {
      for (JsonNode statement : root.get("statement")) {
        if (statement.has("principal")) {
          throw TencentError.STRATEGY_INVALID.exception();
        }
      }
    }
    if (!PolicyGrammar.accepts(policy, PolicyGrammar.Dialect.TENCENT)) {
      throw TencentError.STRATEGY_FORMAT.exception();
    }
    for (String resource : resources(root)) {
      if (resource.equals("*")) {
        continue;
      }
      Matcher m = SIX_SEGMENTS.matcher(resource);
      if (!m.matches()) {
        throw TencentError.RESOURCE_ERROR.exception();
      }
      String account = m.group(1);
      if (account != null && account.startsWith("uin/") && !account.equals("uin/" + accountId)) {
        throw TencentError.GRANT_OTHER_RESOURCE.exception();
      }
    }
  }

  private static List<String> resources(JsonNode root) {
    List<String> out = new ArrayList<>();
    for (JsonNode statement : root.get("statement")) {
      JsonNode resource =
          statement.has("resource") ? statement.get("resource") : statement.get("not_resource");
      if (resource.isTextual()) {
        out.add(resource.asText());
      } else {
        resource.forEach(r -> out.add(r.asText()));
      }
    }
    return out;
  }
}
