@alibaba @protocol @signing
Feature: Alibaba Cloud request signatures (V1 HMAC-SHA1 and V3 ACS3-HMAC-SHA256)
  Every AK-authenticated call is signed; the gateway checks the signature parameters, the
  timestamp window, the access key, the signature and the nonce before any action runs.
  Spec: Alibaba common parameters, Alibaba V1 signature, Alibaba V3 signature, Alibaba gateway common errors (gateway errors).
  The kit signs with its own signers, tested against the documented vectors, never shared with the mock (docs/architecture.md, rule 1).
  Sources:
    Alibaba Cloud STS API reference: common parameters (AlibabaCloudDocs/ram, 公共参数): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md
    Alibaba Cloud STS API reference: signature mechanism, V1 HMAC-SHA1 (AlibabaCloudDocs/ram, en-US): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference/Calling%20methods/Signature%20mechanism.md
    Alibaba Cloud OpenAPI common (gateway) error codes (document_detail 48054): https://help.aliyun.com/document_detail/48054.html
    Alibaba Cloud SDK: V3 request structure and signature (ACS3-HMAC-SHA256): https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature
    Alibaba Cloud STS common errors and troubleshooting (doc-detail 42775): https://www.alibabacloud.com/help/doc-detail/42775.htm

  Background:
    Given the caller is the RAM user "alice" of account "main"

  @doc-alibaba-2.4-v1
  Rule: A V1 signature over the sorted, percent-encoded parameters authenticates the caller (Alibaba V1 signature)

    Scenario Outline: a correctly signed <method> request is accepted
      Given the request is sent with HTTP method "<method>"
      When the caller calls GetCallerIdentity
      Then the request succeeds

      Examples:
        | method |
        | GET    |
        | POST   |

    Scenario Outline: values with spaces and reserved characters verify whether spaces travel as <encoding>
      Given spaces are encoded as "<encoding>" on the wire
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | {"Version":"1","Statement":[{"Effect":"Allow","Action":["oss:Get*"],"Resource":["acs:oss:*:*:my bucket/*~!'()"]}]} |
      Then the request succeeds

      Examples:
        | encoding |
        | %20      |
        | +        |

    Scenario: a signature made with the wrong secret is refused, naming the server's string to sign
      Given the request is signed with a wrong AccessKeySecret
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "SignatureDoesNotMatch"
      And the error message ends with the string to sign the kit computed

    Scenario: a parameter changed after signing breaks the signature
      Given the parameter "RoleSessionName" is changed to "mallory" after signing
      When the caller assumes role "mock-role" as session "alice"
      Then the request fails with HTTP 400 and code "SignatureDoesNotMatch"

  @doc-alibaba-2.3-signature-parameters
  Rule: AccessKeyId, Signature, SignatureMethod, SignatureVersion, SignatureNonce and Timestamp are required (Alibaba common parameters)

    Scenario Outline: without <parameter> the request is refused
      Given the parameter "<parameter>" is left out of the request
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "MissingParameter"

      Examples:
        | parameter        |
        | AccessKeyId      |
        | Signature        |
        | SignatureMethod  |
        | SignatureVersion |
        | SignatureNonce   |
        | Timestamp        |

    Scenario Outline: SignatureMethod <method> is not supported
      Given the common parameter "SignatureMethod" is "<method>"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "InvalidSignatureMethod"

      Examples:
        | method      |
        | HMAC-SHA256 |
        | HMAC-MD5    |

    Scenario: SignatureVersion other than 1.0 is refused
      Given the common parameter "SignatureVersion" is "2.0"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "IncompleteSignature"

  @doc-alibaba-5.2-access-key
  Rule: The AccessKeyId must exist and be active (Alibaba gateway common errors)

    Scenario Outline: an AccessKeyId that <what> is not found
      Given the caller uses the AccessKeyId "<id>"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 404 and code "InvalidAccessKeyId.NotFound"

      Examples:
        | what              | id                       |
        | nobody holds      | LTAI5tNoSuchAccessKey000 |
        | is empty          |                          |

    Scenario: a disabled AccessKey is refused
      Given the caller is the RAM user "carol" of account "main"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "InvalidAccessKeyId.Inactive"

  @doc-alibaba-2.4-timestamp
  Rule: Timestamp is yyyy-MM-ddTHH:mm:ssZ in UTC and within 15 minutes of the server's time (Alibaba common parameters, Alibaba V1 signature)

    Scenario Outline: a timestamp written as <timestamp> is not well formatted
      Given the common parameter "Timestamp" is "<timestamp>"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "InvalidTimeStamp.Format"

      Examples:
        | timestamp                 |
        | 2026/11/26 07:00:00       |
        | 2026-11-26T07:00:00+08:00 |
        | yesterday                 |

    Scenario Outline: a timestamp <minutes> minutes in the <direction> is <verdict>
      Given the request's timestamp is <minutes> minutes in the <direction>
      When the caller calls GetCallerIdentity
      Then <outcome>

      Examples: inside the window
        | minutes | direction | verdict  | outcome             |
        | 14      | past      | accepted | the request succeeds |
        | 14      | future    | accepted | the request succeeds |
      Examples: outside the window
        | minutes | direction | verdict | outcome                                                             |
        | 16      | past      | expired | the request fails with HTTP 400 and code "InvalidTimeStamp.Expired" |
        | 16      | future    | expired | the request fails with HTTP 400 and code "InvalidTimeStamp.Expired" |

  @doc-alibaba-2.4-nonce
  Rule: A SignatureNonce may be used once (Alibaba common parameters, Alibaba V1 signature)

    Scenario: replaying a request with the same nonce is refused
      When the caller calls GetCallerIdentity
      And the caller sends the same request again
      Then the request fails with HTTP 400 and code "SignatureNonceUsed"

  @doc-alibaba-2.5-v3
  Rule: A V3 ACS3-HMAC-SHA256 Authorization header authenticates the caller; the action may travel in x-acs-action only (Alibaba V3 signature, docs/architecture.md rule 10)

    Scenario: a V3-signed request with the action only in the x-acs-action header is accepted
      Given the request is signed with the V3 algorithm ACS3-HMAC-SHA256
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response field "Arn" is "acs:ram::${account:main}:user/${user:alice}"

    Scenario: a V3-signed AssumeRole is accepted
      Given the request is signed with the V3 algorithm ACS3-HMAC-SHA256
      When the caller assumes role "mock-role" as session "v3-session"
      Then the request succeeds
      And the assumed role user is session "v3-session" of role "mock-role"

    Scenario: a V3 signature made with the wrong secret is refused
      Given the request is signed with the V3 algorithm ACS3-HMAC-SHA256
      And the request is signed with a wrong AccessKeySecret
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "SignatureDoesNotMatch"

    Scenario: a body that does not match x-acs-content-sha256 breaks the V3 signature
      Given the request is signed with the V3 algorithm ACS3-HMAC-SHA256
      And the request body is "RoleSessionName=mallory" with Content-Type "application/x-www-form-urlencoded"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "SignatureDoesNotMatch"

    Scenario: a malformed Authorization header is refused
      Given the request is signed with the V3 algorithm ACS3-HMAC-SHA256
      And the parameter "Authorization" is changed to "ACS3-HMAC-SHA256 Credential=LTAI5tMockAliceAccessKey" after signing
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "IncompleteSignature"

    Scenario: a V3 request replaying a nonce is refused
      Given the request is signed with the V3 algorithm ACS3-HMAC-SHA256
      When the caller calls GetCallerIdentity
      And the caller sends the same request again
      Then the request fails with HTTP 400 and code "SignatureNonceUsed"
