package io.mocksts.internal.tencent;

/**
 * The Tencent Cloud STS error catalogue: every error the reference STS can answer, with the code
 * the vendor documents (Tencent error codes,
 * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go),
 * an English message (the default language) and the Chinese description sent for {@code
 * X-TC-Language: zh-CN}. API 3.0 answers errors with HTTP 200 (Tencent SDK error handling,
 * https://github.com/TencentCloud/tencentcloud-sdk-java/blob/970d68bd0f0d/src/main/java/com/tencentcloudapi/common/AbstractClient.java).
 * Tencent publishes no messages except SignatureFailure's (Tencent error messages,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md),
 * so only that one is {@link #confirmed()}; {@code fixtures/errors/tencent.yaml} documents each
 * entry's trigger.
 *
 * <p>{@code %s} in a message is filled from {@link TencentException} arguments.
 */
public enum TencentError {
  // Common API 3.0 codes, Tencent API 3.0 common error codes,
  // https://tencentcloud.com/document/product/1140/51177
  UNSUPPORTED_PROTOCOL(
      "UnsupportedProtocol",
      "Unsupported HTTP(S) request protocol. Only GET and POST requests are supported.",
      "http(s) 请求协议错误，只支持 GET 和 POST 请求。",
      "5.2"),
  REQUEST_SIZE_LIMIT_EXCEEDED(
      "RequestSizeLimitExceeded",
      "The request packet size exceeds the limit.",
      "请求包超过限制大小。",
      "2.2"),
  MISSING_PARAMETER(
      "MissingParameter", "The request is missing a required parameter `%s`.", "缺少参数。", "5.2"),
  TYPE_ERROR("InvalidParameter", "Parameter `%s` type error.", "参数错误（包括参数格式、类型等错误）。", "5.3"),
  BODY_NOT_JSON(
      "InvalidParameter",
      "The request body is not a valid JSON object.",
      "参数错误（包括参数格式、类型等错误）。",
      "2.8"),
  UNKNOWN_PARAMETER(
      "UnknownParameter",
      "The parameter `%s` is not recognized.",
      "未知参数错误，用户多传未定义的参数会导致错误。",
      "5.2"),
  INVALID_ACTION("InvalidAction", "The request `Action` is invalid or not found.", "接口不存在。", "5.3"),
  NO_SUCH_VERSION("NoSuchVersion", "The API version `%s` does not exist.", "接口版本不存在。", "5.2"),
  UNSUPPORTED_REGION("UnsupportedRegion", "The region `%s` is not supported.", "接口不支持所传地域。", "2.1"),
  INVALID_AUTHORIZATION(
      "AuthFailure.InvalidAuthorization",
      "Authorization in the request header is invalid.",
      "请求头部的 Authorization 不符合腾讯云标准。",
      "9"),
  INVALID_SECRET_ID(
      "AuthFailure.InvalidSecretId",
      "Invalid key (not a TencentCloud API key type).",
      "密钥非法（不是云 API 密钥类型）。",
      "5.2"),
  SECRET_ID_NOT_FOUND(
      "AuthFailure.SecretIdNotFound",
      "The SecretId is not found, please ensure that your SecretId is correct.",
      "密钥不存在。请在 控制台 检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。",
      "5.3"),
  SIGNATURE_EXPIRE(
      "AuthFailure.SignatureExpire",
      "The signature is expired, please request again.",
      "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。",
      "2.5"),
  SIGNATURE_FAILURE(
      "AuthFailure.SignatureFailure",
      "The provided credentials could not be validated. Please check your signature is correct.",
      "签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。",
      "3.2",
      true),
  TOKEN_INVALID("AuthFailure.TokenFailure", "The token is invalid.", "token 错误。", "5.2"),
  TOKEN_EXPIRED("AuthFailure.TokenFailure", "The token has expired.", "token 错误。", "5.2"),
  TOKEN_MISMATCH(
      "AuthFailure.TokenFailure", "The token does not belong to the SecretId.", "token 错误。", "5.2"),
  AUTH_UNAUTHORIZED(
      "AuthFailure.UnauthorizedOperation",
      "The request is not authorized. For more information, see the authentication description"
          + " in the CAM documentation.",
      "请求未授权。请参考 CAM 文档对鉴权的说明。",
      "5.2"),
  REQUEST_LIMIT_EXCEEDED(
      "RequestLimitExceeded", "Too many and frequent requests.", "请求的次数超过了频率限制。", "1.1"),
  INTERNAL_ERROR("InternalError", "Internal error.", "内部错误。", "5.2"),
  SERVICE_UNAVAILABLE(
      "ServiceUnavailable", "The service is temporarily unavailable.", "当前服务暂时不可用。", "5.2"),

  // Codes of the real service's own limits and back end; the mock answers them only when injected
  // (docs/faults.md). Tencent publishes the Chinese descriptions only; the English messages are
  // the mock's renderings of them.
  REQUEST_LIMIT_GLOBAL_REGION_UIN(
      "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
      "The root account exceeded its request frequency limit.",
      "主账号超过频率限制。",
      "5.2"),
  REQUEST_LIMIT_IP(
      "RequestLimitExceeded.IPLimitExceeded",
      "The IP address exceeded its request frequency limit.",
      "IP限频。",
      "5.2"),
  REQUEST_LIMIT_UIN(
      "RequestLimitExceeded.UinLimitExceeded",
      "The root account's requests are frequency limited.",
      "主账号限频。",
      "5.2"),
  RESOURCE_UNAVAILABLE("ResourceUnavailable", "The resource is unavailable.", "资源不可用。", "5.2"),
  INTERNAL_DB_ERROR("InternalError.DbError", "Database error.", "DB错误。", "5.1"),
  INTERNAL_ENCRYPT_ERROR("InternalError.EncryptError", "Encryption failed.", "加密失败。", "5.1"),
  INTERNAL_GET_APP_ID_ERROR(
      "InternalError.GetAppIdError", "Failed to get the AppId.", "获取appid错误。", "5.1"),
  INTERNAL_GET_ROLE_ERROR(
      "InternalError.GetRoleError", "Failed to get the role.", "获取角色失败。", "5.1"),
  INTERNAL_GET_SEED_TOKEN_ERROR(
      "InternalError.GetSeedTokenError", "Failed to get the token.", "获取token失败。", "5.1"),
  INTERNAL_ILLEGAL_ROLE("InternalError.IllegalRole", "Illegal role.", "角色非法。", "5.1"),
  INTERNAL_PB_SERIALIZE_ERROR(
      "InternalError.PbSerializeError", "Protobuf serialization failed.", "pb打包失败。", "5.1"),
  INTERNAL_SYSTEM_ERROR(
      "InternalError.SystemError",
      "Internal system error, such as a network error.",
      "系统内部错误，如网络错误。",
      "5.1"),
  INTERNAL_UNKNOWN_ERROR("InternalError.UnknownError", "Unknown error.", "未知错误。", "5.1"),

  // STS codes, Tencent STS error codes,
  // https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go
  PARAM_ERROR("InvalidParameter.ParamError", "Invalid parameter `%s`.", "参数错误。", "4"),
  OVER_TIME(
      "InvalidParameter.OverTimeError",
      "The expiration time exceeds the threshold.",
      "过期时间超过阈值。",
      "7.3"),
  POLICY_TOO_LONG("InvalidParameter.PolicyTooLong", "The policy is too long.", "策略过长。", "7.5"),
  STRATEGY_FORMAT("InvalidParameter.StrategyFormatError", "Policy syntax error.", "策略语法错误。", "7.5"),
  STRATEGY_INVALID("InvalidParameter.StrategyInvalid", "Invalid policy.", "非法策略。", "4.1"),
  RESOURCE_ERROR(
      "InvalidParameter.ResouceError",
      "Six-segment resource description error.",
      "策略资源六段式错误。",
      "7.1"),
  GRANT_OTHER_RESOURCE(
      "InvalidParameter.GrantOtherResource",
      "Unauthorized access to the resource.",
      "越权访问资源。",
      "7.5"),
  ACCOUNT_NOT_AVAILABLE(
      "InvalidParameter.AccountNotAvaliable",
      "The account does not exist or is unavailable.",
      "账号不存在或不可用。",
      "5.1"),
  ROLE_NOT_FOUND(
      "ResourceNotFound.RoleNotFound",
      "The role corresponding to the account does not exist.",
      "账号对应的角色不存在。",
      "5.1"),
  UNAUTHORIZED("UnauthorizedOperation", "Unauthorized operation.", "未授权操作。", "7.4"),
  UNSUPPORTED_OPERATION("UnsupportedOperation", "Unsupported operation.", "操作不支持。", "1.2"),
  TEMP_KEY_NOT_ALLOWED(
      "FailedOperation.TempKeyNotAllowed",
      "This API does not support calls with temporary keys.",
      "该接口不支持临时密钥调用",
      "5.1"),
  MFA_TYPE_NOT_SUPPORTED(
      "FailedOperation.MFATypeNotSupported", "The MFA type is not supported.", "MFA类型不支持", "4.5"),
  CHECK_MFA("FailedOperation.CheckMFAError", "MFA verification failed.", "校验MFA失败", "4.5"),
  WEB_IDENTITY_TOKEN(
      "InvalidParameter.WebIdentityTokenError",
      "WebIdentityToken parameter error: %s.",
      "WebIdentityToken参数错误。",
      "4.3");

  private final String code;
  private final String message;
  private final String chinese;
  private final String spec;
  private final boolean confirmed;

  TencentError(String code, String message, String chinese, String spec) {
    this(code, message, chinese, spec, false);
  }

  TencentError(String code, String message, String chinese, String spec, boolean confirmed) {
    this.code = code;
    this.message = message;
    this.chinese = chinese;
    this.spec = spec;
    this.confirmed = confirmed;
  }

  public String code() {
    return code;
  }

  /** The English message, possibly with {@code %s} placeholders. */
  public String message() {
    return message;
  }

  /** The Chinese description (no placeholders). */
  public String chinese() {
    return chinese;
  }

  /**
   * The documentation section of the code, a key of {@code docs/sources.yaml} without its {@code
   * tencent-} prefix (for example {@code 5.1}: the STS error codes).
   */
  public String spec() {
    return spec;
  }

  /** Whether code and message are verbatim from a primary source. */
  public boolean confirmed() {
    return confirmed;
  }

  /**
   * The errors fault injection may answer, by code: for each code the first entry whose message is
   * complete (no {@code %s} to fill in).
   */
  public static java.util.Map<String, TencentError> injectable() {
    java.util.Map<String, TencentError> out = new java.util.LinkedHashMap<>();
    for (TencentError error : values()) {
      if (!error.message.contains("%s")) {
        out.putIfAbsent(error.code, error);
      }
    }
    return out;
  }

  /** An exception that answers this error. */
  public TencentException exception(Object... args) {
    return new TencentException(this, args);
  }
}
