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
 * The {@code Policy} parameter of AssumeRole and GetFederationToken (Tencent AssumeRole reference,
 * https://cloud.tencent.com/document/product/598/33164, Tencent GetFederationToken reference,
 * https://cloud.tencent.com.cn/document/api/1312/48195, Tencent policy length limits,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E4%BA%A7%E5%93%81%E7%AE%80%E4%BB%8B/%E4%BD%BF%E7%94%A8%E9%99%90%E5%88%B6_intl_en.md):
 * URL-encoded by the caller and decoded once by the server ("服务端会对该字段做urldecode"), a CAM policy
 * without a principal element, whose resources are six-segment descriptions (Tencent CAM resource
 * names,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E7%AD%96%E7%95%A5/%E8%AF%AD%E6%B3%95%E9%80%BB%E8%BE%91/%E8%B5%84%E6%BA%90%E6%8F%8F%E8%BF%B0%E6%96%B9%E5%BC%8F_intl_en.md)
 * of the credentials' own account.
 */
final class SessionPolicy {

  /**
   * The CAM limit on a policy's characters (Tencent policy length limits; the STS limit itself is
   * UNCONFIRMED).
   */
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
