package io.mocksts.internal.alibaba;

/**
 * The Alibaba Cloud STS error catalogue: every error the reference STS can answer, with the HTTP
 * status and message the vendor documents (Alibaba STS API model,
 * https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json;
 * Alibaba error codes,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E9%99%84%E5%BD%95/%E9%94%99%E8%AF%AF%E4%BB%A3%E7%A0%81%E8%A1%A8.md).
 * Where the sources leave the exact wording or status open, the entry says so ({@link #confirmed()}
 * is false) and the kit checks the code and status strictly and the message leniently (spec README,
 * "When the documents disagree").
 *
 * <p>{@code %s} in a code or message is filled from {@link AlibabaException} arguments.
 */
public enum AlibabaError {
  // Gateway (POP) common errors: https://help.aliyun.com/document_detail/48054.html
  MISSING_PARAMETER(
      400,
      "MissingParameter",
      "The input parameter \"%s\" that is mandatory for processing this request is not supplied.",
      "5.2",
      true),
  MISSING_SIGNATURE(
      400,
      "MissingParameter",
      "An input parameter \"Signature\" that is mandatory for processing the request is not"
          + " supplied.",
      "5.2",
      true),
  MISSING_ACTION_PARAMETER(400, "Missing%s", "%s is mandatory for this action.", "5.2", true),
  INVALID_PARAMETER(
      400, "InvalidParameter", "The specified parameter \"%s\" is not valid.", "3.2", true),
  INVALID_ACTION(
      404,
      "InvalidAction.NotFound",
      "Specified api is not found, please check your url and method.",
      "5.2",
      false),
  INVALID_FORMAT(
      400, "InvalidParameter.Format", "Specified parameter Format is not valid.", "5.2", false),
  UNSUPPORTED_HTTP_METHOD(
      400, "UnsupportedHTTPMethod", "This http method is not supported.", "5.2", false),
  INVALID_CONTENT_TYPE(
      400,
      "InvalidParameter.ContentType",
      "The ContentType request header must be either \"application/json\" or"
          + " \"application/x-www-form-urlencoded\".",
      "4.1",
      true),
  ACCESS_KEY_NOT_FOUND(
      404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.", "5.2", true),
  ACCESS_KEY_INACTIVE(
      400, "InvalidAccessKeyId.Inactive", "Specified access key is disabled.", "5.2", false),
  TIMESTAMP_FORMAT(
      400,
      "InvalidTimeStamp.Format",
      "Specified time stamp or date value is not well formatted.",
      "5.2",
      true),
  TIMESTAMP_EXPIRED(
      400,
      "InvalidTimeStamp.Expired",
      "Specified time stamp or date value is expired.",
      "2.4",
      true),
  SIGNATURE_NONCE_USED(
      400, "SignatureNonceUsed", "Specified signature nonce was used already.", "2.4", true),
  SIGNATURE_DOES_NOT_MATCH(
      400,
      "SignatureDoesNotMatch",
      "Specified signature is not matched with our calculation. server string to sign is:%s",
      "5.2",
      true),
  INCOMPLETE_SIGNATURE(
      400,
      "IncompleteSignature",
      "The request signature does not conform to Aliyun standards.",
      "5.2",
      false),
  INVALID_SIGNATURE_METHOD(
      400, "InvalidSignatureMethod", "Specified signature method is not supported.", "5.2", false),
  MISSING_SECURITY_TOKEN(
      400, "MissingSecurityToken", "SecurityToken is mandatory for this action.", "4.1", true),
  SECURITY_TOKEN_MALFORMED(
      400, "InvalidSecurityToken.Malformed", "Specified SecurityToken is malformed.", "5.2", false),
  SECURITY_TOKEN_EXPIRED(
      400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.", "5.2", false),
  SECURITY_TOKEN_MISMATCH(
      400,
      "InvalidSecurityToken.MismatchWithAccessKey",
      "Specified SecurityToken mismatch with the AccessKey.",
      "5.2",
      false),

  // AssumeRole, Alibaba AssumeRole reference,
  // https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md and Alibaba STS error codes, https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E9%99%84%E5%BD%95/%E9%94%99%E8%AF%AF%E4%BB%A3%E7%A0%81%E8%A1%A8.md
  INVALID_ROLE_ARN(
      400, "InvalidParameter.RoleArn", "The parameter RoleArn is wrongly formed.", "4.1", true),
  INVALID_ROLE_SESSION_NAME(
      400,
      "InvalidParameter.RoleSessionName",
      "The parameter RoleSessionName is wrongly formed.",
      "4.1",
      true),
  INVALID_DURATION_SECONDS(
      400,
      "InvalidParameter.DurationSeconds",
      "The Min/Max value of DurationSeconds is 15min/1hr.",
      "4.1",
      true),
  INVALID_EXTERNAL_ID(
      400,
      "InvalidParameter.ExternalId",
      "The parameter ExternalId is wrongly formed.",
      "4.1",
      true),
  INVALID_SOURCE_IDENTITY(
      400,
      "InvalidParameter.SourceIdentity",
      "The parameter SourceIdentity is wrongly formed.",
      "4.1",
      false),
  POLICY_GRAMMAR(
      400,
      "InvalidParameter.PolicyGrammar",
      "The parameter Policy has not passed grammar check.",
      "4.1",
      true),
  POLICY_SIZE(
      400,
      "InvalidParameter.PolicySize",
      "The size of Policy must be smaller than 2048 bytes.",
      "4.1",
      true),
  NOT_AUTHORIZED(
      403,
      "NoPermission",
      "You are not authorized to do this action. You should be authorized by RAM.",
      "4.1",
      true),
  ROLE_NOT_TRUSTED(
      403,
      "NoPermission",
      "No permission perform sts:AssumeRole on this Role. Maybe you are not authorized to perform"
          + " sts:AssumeRole or the specified role does not trust you",
      "5.1",
      true),
  ROOT_MAY_NOT_ASSUME(
      403, "NoPermission", "Roles may not be assumed by root accounts.", "1.2", false),
  THROTTLING_USER(
      400, "Throttling.User", "Request was denied due to user flow control.", "1.2", true),
  /** Gateway throttling; the mock answers it only when injected (docs/faults.md). */
  THROTTLING(400, "Throttling", "Request was denied due to request throttling.", "5.2", true),
  ROLE_NOT_FOUND(404, "EntityNotExist.Role", "The specified Role not exists .", "4.1", true),

  // AssumeRoleWithOIDC, Alibaba AssumeRoleWithOIDC reference,
  // https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc and
  // Alibaba OIDC SSO, https://www.alibabacloud.com/help/en/ram/overview-of-oidc-based-sso.
  // Field-documented codes and messages; every
  // status is UNCONFIRMED: 401 for the AuthenticationFail family by analogy with SAML (Alibaba
  // AssumeRoleWithOIDC reference).
  OIDC_PROVIDER_NOT_FOUND(
      401, "AuthenticationFail.NoPermission", "No such OIDC Provider registered.", "4.3", false),
  OIDC_NOT_TRUSTED(401, "AuthenticationFail.NoPermission", "There is no permission", "4.3", false),
  OIDC_ROLE_NOT_FOUND(404, "EntityNotExist.Role", "The role not exists: %s. ", "4.3", false),
  OIDC_TOKEN_EXPIRED(
      401, "AuthenticationFail.OIDCToken.Expired", "This JsonWebToken is expired.", "4.3", false),
  OIDC_AUDIENCE_NOT_MATCH(
      401, "AuthenticationFail.OIDCToken.AudienceNotMatch", "Invalid audience.", "4.3", false),
  OIDC_ISSUER_NOT_MATCH(
      401,
      "AuthenticationFail.OIDCToken.IssuerNotMatch",
      "The issuer in the OIDC Token doesn't match the OIDC Provider registered.",
      "4.3",
      false),
  OIDC_ISSUER_CONFIGURATION_BROKEN(
      401,
      "AuthenticationFail.OIDCToken.IssuerConfigurationBroken",
      "Get public keys from OIDC Provider failed, the issuer is %s.",
      "4.3",
      false),
  /**
   * The message is the mock's own (none was captured, open question on OIDC error statuses and
   * messages); it names the failed check.
   */
  OIDC_TOKEN_INVALID(
      401, "AuthenticationFail.OIDCToken.Invalid", "The OIDC token is invalid: %s.", "4.3", false),

  // AssumeRoleWithSAML, Alibaba AssumeRoleWithSAML reference,
  // https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml (2021 API page)
  MISSING_SAML_ASSERTION(
      400, "MissingParameter.SAMLAssertion", "Parameter SAMLAssertion is required.", "4.2", true),
  MISSING_SAML_PROVIDER_ARN(
      400,
      "MissingParameter.SAMLProviderArn",
      "Parameter SAMLProviderArn is required.",
      "4.2",
      true),
  MISSING_SAML_ROLE_ARN(
      400, "MissingParameter.RoleArn", "Parameter RoleArn is required.", "4.2", true),
  SAML_ROLE_SESSION_NAME(
      400, "InvalidParameter.RoleSessionName", "The RoleSessionName is invalid.", "4.2", true),
  SAML_DURATION_SECONDS(
      400, "InvalidParameter.DurationSeconds", "The DurationSeconds is invalid.", "4.2", true),
  SAML_PROVIDER_NOT_FOUND(
      404, "EntityNotExist.SAMLProvider", "Can not find SAML provider.", "4.2", true),
  SAML_ROLE_NOT_FOUND(
      404, "EntityNotExist.RoleArn", "The specified Role does not exists.", "4.2", true),
  IDP_METADATA_INVALID(
      401,
      "AuthenticationFail.IDPMetadata.Invalid",
      "The IdP Metadata of your SAML Provider is invalid.",
      "4.2",
      true),
  SAML_ASSERTION_EXPIRED(
      401,
      "AuthenticationFail.SAMLAssertion.Expired",
      "The SAML Assertion is expired.",
      "4.2",
      true),
  SAML_ASSERTION_INVALID(
      401,
      "AuthenticationFail.SAMLAssertion.Invalid",
      "The SAML Assertion is invalid.",
      "4.2",
      true),
  SAML_ROLE_NOT_TRUSTED(
      401, "AuthenticationFail.NoPermission", "There is no permission", "4.2", false),

  INTERNAL_ERROR(
      500,
      "InternalError",
      "STS Server Internal Error happened, please send the RequestId to us.",
      "5.1",
      true),
  SERVICE_UNAVAILABLE(
      503,
      "ServiceUnavailable",
      "The request has failed due to a temporary failure of the server.",
      "5.2",
      true),
  /** A gateway fault; the mock answers it only when injected (docs/faults.md). */
  UNKNOWN_ERROR(
      500,
      "UnknownError",
      "The request processing has failed due to some unknown error, exception or failure.",
      "5.2",
      true);

  private final int status;
  private final String code;
  private final String message;
  private final String specSection;
  private final boolean confirmed;

  AlibabaError(int status, String code, String message, String specSection, boolean confirmed) {
    this.status = status;
    this.code = code;
    this.message = message;
    this.specSection = specSection;
    this.confirmed = confirmed;
  }

  public int status() {
    return status;
  }

  /** The code, possibly a template such as {@code Missing%s}. */
  public String code() {
    return code;
  }

  /** The message, possibly a template. */
  public String message() {
    return message;
  }

  /**
   * The documentation section of this error, a key of {@code docs/sources.yaml} without its {@code
   * alibaba-} prefix (for example {@code 5.2}: the gateway common errors).
   */
  public String specSection() {
    return specSection;
  }

  /** Whether both status and message are documented verbatim by a primary source. */
  public boolean confirmed() {
    return confirmed;
  }

  /**
   * The errors fault injection may answer, by code: for each code the first entry whose code and
   * message are complete (no {@code %s} to fill in), so that the answer is the documented one.
   */
  public static java.util.Map<String, AlibabaError> injectable() {
    java.util.Map<String, AlibabaError> out = new java.util.LinkedHashMap<>();
    for (AlibabaError error : values()) {
      if (!error.code.contains("%s") && !error.message.contains("%s")) {
        out.putIfAbsent(error.code, error);
      }
    }
    return out;
  }

  /** An exception carrying this error, with template arguments filled in. */
  public AlibabaException exception(Object... args) {
    return new AlibabaException(this, args);
  }
}
