package io.mocksts.internal.alibaba;

import io.mocksts.internal.http.StsRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Alibaba RPC request after parsing: every parameter from the query string and the body (Alibaba
 * RPC request structure,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md),
 * plus the HTTP request it came from.
 *
 * @param http the request as received
 * @param queryParameters the decoded query parameters, in order
 * @param bodyParameters the decoded body parameters (form or JSON), in order
 */
public record RpcRequest(
    StsRequest http, Map<String, String> queryParameters, Map<String, String> bodyParameters) {

  public RpcRequest {
    queryParameters = Collections.unmodifiableMap(new LinkedHashMap<>(queryParameters));
    bodyParameters = Collections.unmodifiableMap(new LinkedHashMap<>(bodyParameters));
  }

  /** All parameters; a query parameter wins over a body parameter of the same name. */
  public Map<String, String> parameters() {
    Map<String, String> all = new LinkedHashMap<>(bodyParameters);
    all.putAll(queryParameters);
    return all;
  }

  /** A parameter from the query or the body, or {@code null}. */
  public String parameter(String name) {
    String value = queryParameters.get(name);
    return value != null ? value : bodyParameters.get(name);
  }

  /** The same request without the parameters whose value is empty. */
  public RpcRequest withoutEmptyParameters() {
    Map<String, String> query = new LinkedHashMap<>(queryParameters);
    Map<String, String> body = new LinkedHashMap<>(bodyParameters);
    query.values().removeIf(String::isEmpty);
    body.values().removeIf(String::isEmpty);
    return new RpcRequest(http, query, body);
  }

  /** A parameter that may be absent: {@code null} when it is missing or empty. */
  public String optional(String name) {
    String value = parameter(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /**
   * A parameter that must be present and non-empty.
   *
   * @param missing the error to answer otherwise (given the parameter's name)
   */
  public String required(String name, AlibabaError missing) {
    String value = optional(name);
    if (value == null) {
      throw missing.exception(name);
    }
    return value;
  }

  /** The action: the {@code Action} parameter, or the V3 {@code x-acs-action} header. */
  public String action() {
    String action = parameter("Action");
    return action != null ? action : http.header("x-acs-action");
  }

  /** The API version: the {@code Version} parameter, or the V3 {@code x-acs-version} header. */
  public String version() {
    String version = parameter("Version");
    return version != null ? version : http.header("x-acs-version");
  }

  /** Whether the request is signed with the V3 {@code ACS3-HMAC-SHA256} scheme. */
  public boolean isV3() {
    String authorization = http.header("authorization");
    return authorization != null && authorization.startsWith(V3Signature.ALGORITHM);
  }
}
