package io.mocksts.internal.tencent;

import io.mocksts.internal.http.MediaTypes;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import io.mocksts.internal.http.TransportError;
import io.mocksts.internal.http.VendorProtocol;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The Tencent Cloud STS API 3.0 protocol (version 2018-08-13). Checks run in this order: HTTP
 * method, request size and parsing, Action, Version, Region, authentication (not for the two
 * federation actions, §2.7), rate limit, parameter types, unknown parameters, then the action's own
 * checks. Every answer is HTTP 200 with the {@code Response} envelope (tencent-sts.md §3); an
 * unexpected fault is answered {@code InternalError} and reported without any request content.
 */
public final class TencentProtocol implements VendorProtocol {

  /** The API version this protocol serves. */
  public static final String VERSION = "2018-08-13";

  /** Regions the STS pages list for {@code Region} (tencent-sts.md §2.1). */
  static final Set<String> REGIONS =
      Set.of(
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
  private final Consumer<String> faultLog;

  TencentProtocol(
      TencentAuthenticator authenticator,
      List<TencentAction> actions,
      TencentLimits limits,
      Consumer<String> faultLog) {
    this.authenticator = authenticator;
    this.limits = limits;
    this.faultLog = faultLog;
    for (TencentAction action : actions) {
      this.actions.put(action.name(), action);
    }
  }

  /**
   * Tencent requests carry {@code X-TC-*} headers, a TC3 Authorization, or {@code
   * Version=2018-08-13} among their parameters (DESIGN.md §2).
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

  @Override
  public StsResponse handle(StsRequest http) {
    String requestId = UUID.randomUUID().toString();
    String language = http.header("x-tc-language");
    try {
      if (!http.method().equals("GET") && !http.method().equals("POST")) {
        throw TencentError.UNSUPPORTED_PROTOCOL.exception();
      }
      ApiRequest request = ApiRequestParser.parse(http);
      language = request.language();
      TencentAction action = action(request);
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
      return TencentRenderer.success(action.handle(params, caller), requestId);
    } catch (TencentException e) {
      return TencentRenderer.error(e, language, requestId);
    } catch (RuntimeException e) {
      StackTraceElement[] trace = e.getStackTrace();
      faultLog.accept(
          "InternalError for request "
              + requestId
              + ": "
              + e.getClass().getName()
              + " at "
              + (trace.length == 0 ? "?" : trace[0].toString()));
      return TencentRenderer.error(TencentError.INTERNAL_ERROR.exception(), language, requestId);
    }
  }

  /**
   * The gateway's answer to a request that could not be received whole: a body beyond the
   * documented size ({@code RequestSizeLimitExceeded}), broken framing or escapes, or a body that
   * arrived too slowly ({@code InvalidParameter}), or a fault ({@code InternalError}); HTTP 200
   * with the {@code Response} envelope.
   */
  @Override
  public StsResponse reject(StsRequest http, TransportError error) {
    TencentException e =
        switch (error) {
          case TOO_LARGE -> TencentError.REQUEST_SIZE_LIMIT_EXCEEDED.exception();
          case MALFORMED_QUERY -> TencentError.TYPE_ERROR.exception("query string");
          case MALFORMED_FORM, BODY_TIMEOUT -> TencentError.TYPE_ERROR.exception("body");
          case MALFORMED_REQUEST -> TencentError.TYPE_ERROR.exception("request");
          case BUSY -> TencentError.SERVICE_UNAVAILABLE.exception();
          case SERVER_FAULT -> TencentError.INTERNAL_ERROR.exception();
        };
    return TencentRenderer.error(e, http.header("x-tc-language"), UUID.randomUUID().toString());
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
