package io.mocksts.internal.alibaba;

import io.mocksts.internal.core.Ids;
import io.mocksts.internal.http.ProtocolPipeline;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import io.mocksts.internal.http.TransportError;
import io.mocksts.internal.http.faults.DocumentedError;
import io.mocksts.internal.http.faults.VendorCatalog;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Alibaba Cloud STS RPC protocol (API 2015-04-01). Checks run in the gateway's order (an
 * inference from the documented behaviour): HTTP method, parameters, Format, Action and Version,
 * authentication; then the action's own parameter, entity and permission checks. Every failure is
 * answered with the documented envelope; an unexpected fault is answered {@code InternalError} and
 * reported without any request content.
 */
public final class AlibabaProtocol
    extends ProtocolPipeline<AlibabaException, AlibabaProtocol.RpcExchange> {

  /** The API version this protocol serves. */
  public static final String VERSION = "2015-04-01";

  /**
   * "GET请求最大不得超过4 KB，POST请求最大不得超过10 MB" (the STS API reference's request structure page, {@code
   * cn.zh-CN/API参考/API 参考（STS）/请求结构.md} in https://github.com/AlibabaCloudDocs/ram): a GET's query
   * string may carry at most 4 KB. A POST may carry its parameters in the query (the pop SDK sends
   * a SAMLAssertion of up to 100,000 characters there), so for POST the query and the body count
   * together against 10 MB.
   */
  static final int GET_LIMIT = 4 * 1024;

  static final int POST_LIMIT = 10 * 1024 * 1024;

  private final Map<String, AlibabaAction> actions = new LinkedHashMap<>();
  private final RpcAuthenticator authenticator;

  AlibabaProtocol(
      RpcAuthenticator authenticator, List<AlibabaAction> actions, Consumer<String> faultLog) {
    super(AlibabaException.class, faultLog);
    this.authenticator = authenticator;
    for (AlibabaAction action : actions) {
      this.actions.put(action.name(), action);
    }
  }

  /**
   * Alibaba requests carry the RPC version 2015-04-01 or the V3 {@code x-acs-*} headers; an {@code
   * Action} without Tencent's version 2018-08-13 is also taken, so that a request missing its
   * Version still gets the documented Alibaba error. (Alibaba is the router's fallback as well.)
   */
  @Override
  public boolean recognises(StsRequest request) {
    String query = request.rawQuery();
    return VERSION.equals(request.header("x-acs-version"))
        || request.header("x-acs-action") != null
        || query.contains("Version=" + VERSION)
        || (query.contains("Action=") && !query.contains("Version=2018-08-13"));
  }

  /** What an Alibaba answer needs: the request id, the host id, and the format once read. */
  static final class RpcExchange extends Exchange {
    private final String requestId = Ids.requestId();
    private final String hostId;
    private ResponseFormat format = ResponseFormat.JSON;

    RpcExchange(StsRequest http) {
      this.hostId = hostId(http);
    }

    @Override
    public String requestId() {
      return requestId;
    }
  }

  @Override
  protected RpcExchange exchange(StsRequest http) {
    return new RpcExchange(http);
  }

  @Override
  protected String vendor() {
    return "alibaba";
  }

  @Override
  protected String code(AlibabaException error) {
    return error.code();
  }

  @Override
  protected AlibabaException unsupportedMethod() {
    return AlibabaError.UNSUPPORTED_HTTP_METHOD.exception();
  }

  @Override
  protected AlibabaException injectedError(String code) {
    AlibabaError error = AlibabaError.injectable().get(code);
    return (error == null ? AlibabaError.INTERNAL_ERROR : error).exception();
  }

  /** The actions and documented errors fault injection may use (docs/faults.md). */
  public VendorCatalog faultCatalog() {
    Map<String, DocumentedError> errors = new LinkedHashMap<>();
    AlibabaError.injectable()
        .forEach(
            (code, error) ->
                errors.put(code, new DocumentedError(code, error.status(), error.message())));
    return new VendorCatalog("alibaba", actions.keySet(), errors);
  }

  @Override
  protected AlibabaException internalError() {
    return AlibabaError.INTERNAL_ERROR.exception();
  }

  @Override
  protected StsResponse error(AlibabaException error, RpcExchange exchange) {
    return RpcRenderer.error(exchange.format, error, exchange.requestId, exchange.hostId);
  }

  @Override
  protected StsResponse answer(StsRequest http, RpcExchange exchange) {
    checkSize(http);
    RpcRequest request = RpcRequestParser.parse(http);
    exchange.format =
        ResponseFormat.of(request.parameter("Format"))
            .orElseThrow(AlibabaError.INVALID_FORMAT::exception);
    String actionName = request.action();
    if (actionName == null || actionName.isEmpty()) {
      throw AlibabaError.MISSING_PARAMETER.exception("Action");
    }
    String version = request.version();
    if (version == null || version.isEmpty()) {
      throw AlibabaError.MISSING_PARAMETER.exception("Version");
    }
    if (!version.equals(VERSION)) {
      throw AlibabaError.INVALID_PARAMETER.exception("Action or Version");
    }
    AlibabaAction action = actions.get(actionName);
    if (action == null) {
      throw AlibabaError.INVALID_ACTION.exception();
    }
    exchange.noteAction(actionName);
    recognised(actionName);
    Caller caller = new Caller.Anonymous();
    if (!action.anonymous()) {
      exchange.noteAccessKeyId(
          request.isV3()
              ? V3Signature.parse(http.header("authorization"))
                  .map(V3Signature.Authorization::accessKeyId)
                  .orElse(null)
              : request.parameter("AccessKeyId"));
      RpcAuthenticator.Authenticated authenticated = authenticator.authenticate(request);
      caller = authenticated.caller();
      request = authenticated.request();
    }
    return RpcRenderer.success(
        exchange.format, actionName, action.handle(request, caller, exchange.requestId));
  }

  /**
   * The gateway's answer to a request that could not be received whole: a body beyond the
   * documented 10 MB, broken framing or escapes, a body that arrived too slowly, or a fault.
   * Rendered as JSON, or XML when the query string asks for it.
   */
  @Override
  protected AlibabaException transportError(
      TransportError error, StsRequest http, RpcExchange exchange) {
    if (http.rawQuery().matches("(?i)(.*&)?Format=xml(&.*)?")) {
      exchange.format = ResponseFormat.XML;
    }
    return switch (error) {
      case TOO_LARGE ->
          AlibabaError.INVALID_PARAMETER.exception(
              "request size (a GET is at most 4 KB, a POST at most 10 MB)");
      case MALFORMED_QUERY -> AlibabaError.INVALID_PARAMETER.exception("query string");
      case MALFORMED_FORM, BODY_TIMEOUT -> AlibabaError.INVALID_PARAMETER.exception("body");
      case MALFORMED_REQUEST -> AlibabaError.INVALID_PARAMETER.exception("request");
      case BUSY -> AlibabaError.SERVICE_UNAVAILABLE.exception();
      case SERVER_FAULT -> AlibabaError.INTERNAL_ERROR.exception();
    };
  }

  /**
   * The documented request sizes; there is no documented code for a request beyond them, so the
   * gateway's parameter error names the limit.
   */
  private static void checkSize(StsRequest http) {
    if (http.method().equals("GET")) {
      if (http.rawQuery().length() > GET_LIMIT
          || http.rawQuery().getBytes(StandardCharsets.UTF_8).length > GET_LIMIT) {
        throw AlibabaError.INVALID_PARAMETER.exception("request size (a GET is at most 4 KB)");
      }
    } else if ((long) http.rawQuery().length() + http.body().length > POST_LIMIT) {
      throw AlibabaError.INVALID_PARAMETER.exception("request size (a POST is at most 10 MB)");
    }
  }

  private static String hostId(StsRequest http) {
    String host = http.header("host");
    if (host == null || host.isBlank()) {
      return "sts.aliyuncs.com";
    }
    int colon = host.lastIndexOf(':');
    return colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
  }
}
