@tencent @mock-only @faults
Feature: Tencent Cloud errors of the service's own troubles, injected
  Frequency limits beyond the per-action ones, an unavailable service or resource and the back-end
  InternalError sub-codes are answered by the real STS only when it is overloaded or broken, so no
  request can provoke them. The mock answers them on demand through its fault injection
  (docs/faults.md), as every API 3.0 error: HTTP 200 with Response.Error and a RequestId, in
  English or, for X-TC-Language zh-CN, with the documented Chinese description. A live STS cannot
  do this: these scenarios are mock-only.
  Spec: Tencent API 3.0 common error codes, Tencent STS error codes, Tencent API 3.0 responses (envelopes, HTTP status).
  Sources:
    Tencent Cloud API 3.0 common error codes: https://tencentcloud.com/document/product/1140/51177
    Tencent Cloud SDK for Go: STS 2018-08-13 error codes (errors.go): https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go
    Tencent Cloud API 3.0: responses (tencentyun/intlcloud-documents, 返回结果): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md

  Background:
    Given the caller is the CAM user "alice" of account "main"

  @doc-tencent-5.2-injected
  Rule: A common error of the service's own is answered in the Response.Error envelope (Tencent API 3.0 common error codes)

    Scenario Outline: an injected <code>
      Given the target answers the next GetCallerIdentity call with the error "<code>"
      When the caller calls GetCallerIdentity
      Then the request fails with code "<code>"
      And the error body carries only Error.Code, Error.Message and RequestId

      Examples:
        | code                                              |
        | ServiceUnavailable                                |
        | InternalError                                     |
        | RequestLimitExceeded.GlobalRegionUinLimitExceeded |
        | RequestLimitExceeded.IPLimitExceeded              |
        | RequestLimitExceeded.UinLimitExceeded             |
        | ResourceUnavailable                               |

    Scenario: a fault of the next call leaves the call after it alone
      Given the target answers the next GetCallerIdentity call with the error "ServiceUnavailable"
      When the caller calls GetCallerIdentity
      Then the request fails with code "ServiceUnavailable"
      When the caller calls GetCallerIdentity
      Then the request succeeds

  @doc-tencent-5.1-injected
  Rule: An STS back-end error is answered with its InternalError sub-code (Tencent STS error codes)

    Scenario Outline: an injected <code> on <action>
      Given the target answers the next <action> call with the error "<code>"
      When the caller assumes role "mock-role" as session "fault-session"
      Then the request fails with code "<code>"
      And the error body carries only Error.Code, Error.Message and RequestId

      Examples:
        | action     | code                            |
        | AssumeRole | InternalError.DbError           |
        | AssumeRole | InternalError.EncryptError      |
        | AssumeRole | InternalError.GetAppIdError     |
        | AssumeRole | InternalError.GetRoleError      |
        | AssumeRole | InternalError.GetSeedTokenError |
        | AssumeRole | InternalError.IllegalRole       |
        | AssumeRole | InternalError.PbSerializeError  |
        | AssumeRole | InternalError.SystemError       |
        | AssumeRole | InternalError.UnknownError      |

    Scenario: an injected error carries the Chinese description for zh-CN
      Given the target answers the next GetCallerIdentity call with the error "InternalError.DbError"
      And the request asks for messages in "zh-CN"
      When the caller calls GetCallerIdentity
      Then the request fails with code "InternalError.DbError"
      And the error message is the catalogue's Chinese text for "InternalError.DbError"
