package io.mocksts.internal.tencent;

import io.mocksts.internal.http.CallLog;
import io.mocksts.internal.http.MediaTypes;
import io.mocksts.internal.http.ProtocolPipeline;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import io.mocksts.internal.http.TransportError;
import io.mocksts.internal.http.faults.DocumentedError;
import io.mocksts.internal.http.faults.VendorCatalog;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The Tencent Cloud STS API 3.0 protocol (version 2018-08-13). Checks run in this order: HTTP
 * method, request size and parsing, Action, Version, Region, authentication (not for the two
 * federation actions, Tencent unsigned federation calls,
 * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go),
 * rate limit, parameter types, unknown parameters, then the action's own checks. Every answer is
 * HTTP 200 with the {@code Response} envelope (Tencent API 3.0 responses,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md);
 * an unexpected fault is answered {@code InternalError} and reported without any request content.
 */
public final class TencentProtocol
    extends ProtocolPipeline<TencentException, TencentProtocol.ApiExchange> {

  /** The API version this protocol serves. */
  public static final String VERSION = "2018-08-13";

  /**
   * Regions the STS pages list for {@code Region} (Tencent STS endpoints,
   * https://www.tencentcloud.com/document/product/1150/49455); the HTTPS certificate names each
   * one's regional host.
   */
  public static final List<String> REGIONS =
      List.of(
          "ap-bangkok",
          "ap-beijing",
          "ap-chengdu",
          "ap-chongqing",
          "ap-guangzhou",
          "ap-guangzhou-open",
          "ap-hangzhou-ec",
          "ap-hongkong",
          "ap-jinan-ec",
          "ap-mumbai",
          "ap-nanjing",
          "ap-seoul",
          "ap-shanghai",
          "ap-shanghai-fsi",
          "ap-shenzhen-fsi",
          "ap-singapore",
          "ap-taipei",
          "ap-tianjin",
          "ap-tokyo",
          "eu-frankfurt",
          "eu-moscow",
          "na-ashburn",
          "na-siliconvalley",
          "na-toronto");

  private final Map<String, TencentAction> actions = new LinkedHashMap<>();
  private final TencentAuthenticator authenticator;
  private final TencentLimits limits;

  TencentProtocol(
      TencentAuthenticator authenticator,
      List<TencentAction> actions,
      TencentLimits limits,
      Consumer<String> faultLog) {
    super(TencentException.class, faultLog);
    this.authenticator = authenticator;
    this.limits = limits;
    for (TencentAction action : actions) {
      this.actions.put(action.name(), action);
    }
  }

  /**
   * Tencent requests carry {@code X-TC-*} headers, a TC3 Authorization, or {@code
   * Version=2018-08-13} among their parameters (docs/architecture.md, rule 7).
   */
  @Override
  public boolean recognises(StsRequest request) {
    String authorization = request.header("authorization");
    if (request.header("x-tc-action") != null
        || request.header("x-tc-version") != null
        || (authorization != null && authorization.startsWith(Tc3Signature.ALGORITHM))
        || request.rawQuery().contains("Version=" + VERSION)) {
      return true;
    }
    // A v1 form body names the version; so may one whose Content-Type is malformed (";;;"),
    // which then gets Tencent's parameter error rather than Alibaba's envelope.
    return request.body().length > 0
        && !"application/json".equals(MediaTypes.of(request.header("content-type")))
        && new String(request.body(), java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains("Version=" + VERSION);
  }

  /** What a Tencent answer needs: the request id, and the language once read. */
  static final class ApiExchange extends Exchange {
    private final String requestId = UUID.randomUUID().toString();
    private String language;

    ApiExchange(StsRequest http) {
      this.language = http.header("x-tc-language");
    }

    @Override
    public String requestId() {
      return requestId;
    }
  }

  @Override
  protected ApiExchange exchange(StsRequest http) {
    return new ApiExchange(http);
  }

  @Override
  protected String vendor() {
    return "tencent";
  }

  @Override
  protected String code(TencentException error) {
    return error.error().code();
  }

  @Override
  protected TencentException unsupportedMethod() {
    return TencentError.UNSUPPORTED_PROTOCOL.exception();
  }

  @Override
  protected TencentException injectedError(String code) {
    TencentError error = TencentError.injectable().get(code);
    return (error == null ? TencentError.INTERNAL_ERROR : error).exception();
  }

  /**
   * The actions and documented errors fault injection may use (docs/faults.md); every answer is
   * HTTP 200, and the message is the English one (a {@code zh-CN} request gets the Chinese text).
   */
  public VendorCatalog faultCatalog() {
    Map<String, DocumentedError> errors = new LinkedHashMap<>();
    TencentError.injectable()
        .forEach(
            (code, error) -> errors.put(code, new DocumentedError(code, 200, error.message())));
    return new VendorCatalog("tencent", actions.keySet(), errors);
  }

  @Override
  protected TencentException internalError() {
    return TencentError.INTERNAL_ERROR.exception();
  }

  @Override
  protected StsResponse error(TencentException error, ApiExchange exchange) {
    return TencentRenderer.error(error, exchange.language, exchange.requestId);
  }

  @Override
  protected StsResponse answer(StsRequest http, ApiExchange exchange) {
    ApiRequest request = ApiRequestParser.parse(http);
    exchange.language = request.language();
    TencentAction action = action(request);
    exchange.noteAction(action.name());
    if (!action.anonymous()) {
      exchange.noteAccessKeyId(
          request.signing() == ApiRequest.Signing.V1
              ? request.v1().get("SecretId")
              : CallLog.credentialId(http.header("authorization")));
    }
    recognised(action.name());
    Params params = new Params(request.parameters());
    Caller caller =
        action.anonymous() ? new Caller.Anonymous() : authenticator.authenticate(request);
    if (!limits.tryAcquire(action.name(), action.rateLimitKey(params, caller))) {
      throw TencentError.REQUEST_LIMIT_EXCEEDED.exception();
    }
    params.checkTypes(action.parameters());
    for (Iterator<String> names = request.parameters().fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!action.parameters().contains(name)) {
        throw TencentError.UNKNOWN_PARAMETER.exception(name);
      }
    }
    return TencentRenderer.success(action.handle(params, caller), exchange.requestId);
  }

  /**
   * The gateway's answer to a request that could not be received whole: a body beyond the
   * documented size ({@code RequestSizeLimitExceeded}), broken framing or escapes, or a body that
   * arrived too slowly ({@code InvalidParameter}), or a fault ({@code InternalError}); HTTP 200
   * with the {@code Response} envelope.
   */
  @Override
  protected TencentException transportError(
      TransportError error, StsRequest http, ApiExchange exchange) {
    return switch (error) {
      case TOO_LARGE -> TencentError.REQUEST_SIZE_LIMIT_EXCEEDED.exception();
      case MALFORMED_QUERY -> TencentError.TYPE_ERROR.exception("query string");
      case MALFORMED_FORM, BODY_TIMEOUT -> TencentError.TYPE_ERROR.exception("body");
      case MALFORMED_REQUEST -> TencentError.TYPE_ERROR.exception("request");
      case BUSY -> TencentError.SERVICE_UNAVAILABLE.exception();
      case SERVER_FAULT -> TencentError.INTERNAL_ERROR.exception();
    };
  }

  /** The common parameters, in the gateway's order: Action, Version, the action, Region. */
  private TencentAction action(ApiRequest request) {
    if (request.action() == null) {
      throw TencentError.MISSING_PARAMETER.exception("Action");
    }
    if (request.version() == null) {
      throw TencentError.MISSING_PARAMETER.exception("Version");
    }
    if (!request.version().equals(VERSION)) {
      throw TencentError.NO_SUCH_VERSION.exception(request.version());
    }
    TencentAction action = actions.get(request.action());
    if (action == null) {
      throw TencentError.INVALID_ACTION.exception();
    }
    if (request.region() == null) {
      throw TencentError.MISSING_PARAMETER.exception("Region");
    }
    if (!REGIONS.contains(request.region())) {
      throw TencentError.UNSUPPORTED_REGION.exception(request.region());
    }
    return action;
  }
}
