@tencent @protocol
Feature: Tencent Cloud API 3.0 protocol: envelopes, common parameters and common errors
  Every Tencent STS action shares the API 3.0 protocol: a Response envelope with a RequestId, HTTP
  200 for every processed request, the common parameters Action, Version and Region, typed
  business parameters, and the common error codes.
  Spec: Tencent STS endpoints, Tencent API 3.0 request structure and Tencent API 3.0 common parameters (endpoints, transport, common parameters), Tencent parameter encoding (parameter
  encoding), Tencent API 3.0 responses (envelopes, HTTP status), Tencent API 3.0 common error codes.
  Sources:
    Tencent Cloud STS API: AssumeRoleWithSAML (international site): https://www.tencentcloud.com/document/product/1150/49455
    Tencent Cloud API 3.0: request structure (tencentyun/intlcloud-documents, 请求结构): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md
    Tencent Cloud API 3.0: signature v3, TC3-HMAC-SHA256 (tencentyun/intlcloud-documents, 接口鉴权 v3): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md
    Tencent Cloud API 3.0: common parameters (tencentyun/intlcloud-documents, 公共参数): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md
    Tencent Cloud CAM: role SSO with OIDC (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E8%A7%92%E8%89%B2%20SSO/%E4%BD%BF%E7%94%A8%20OIDC%20%E8%BF%9B%E8%A1%8C%E8%A7%92%E8%89%B2%20SSO_intl_en.md
    Tencent Cloud STS 2018-08-13 API model (TencentCloud/tencentcloud-cli, api.json): https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json
    Tencent Cloud API 3.0: responses (tencentyun/intlcloud-documents, 返回结果): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md
    Tencent Cloud API 3.0 common error codes: https://tencentcloud.com/document/product/1140/51177
    Tencent Cloud Java SDK: AbstractClient (TencentCloud/tencentcloud-sdk-java): https://github.com/TencentCloud/tencentcloud-sdk-java/blob/970d68bd0f0d/src/main/java/com/tencentcloudapi/common/AbstractClient.java
    Tencent Cloud STS API category (actions and rate limits): https://www.tencentcloud.website/document/product/1150/49443

  Background:
    Given the caller is the CAM user "alice" of account "main"

  @doc-tencent-3.1-envelope
  Rule: Every answer is HTTP 200 JSON {"Response": {..., "RequestId"}}; errors carry Error{Code, Message} (Tencent API 3.0 responses, Tencent API 3.0 error envelope and Tencent SDK error handling)

    Scenario: a success envelope
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response is a Response envelope with a RequestId
      And the response is JSON

    Scenario: an error envelope
      When the caller assumes role "no-such-role" as session "s1"
      Then the request fails with code "ResourceNotFound.RoleNotFound"
      And the error body carries only Error.Code, Error.Message and RequestId

    Scenario: an authentication error has the same envelope
      Given the request is signed with a wrong SecretKey
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SignatureFailure"
      And the error body carries only Error.Code, Error.Message and RequestId

  @doc-tencent-2.2-methods
  Rule: Requests are GET or POST (Tencent API 3.0 request structure, Tencent API 3.0 common error codes UnsupportedProtocol)

    Scenario Outline: HTTP method <method> is accepted
      Given the request is sent with HTTP method "<method>"
      When the caller calls GetCallerIdentity
      Then the request succeeds

      Examples:
        | method |
        | POST   |
        | GET    |

    Scenario Outline: HTTP method <method> is not supported
      Given the request is sent with HTTP method "<method>"
      When the caller calls GetCallerIdentity
      Then the request fails with code "UnsupportedProtocol"

      Examples:
        | method |
        | PUT    |
        | DELETE |
        | PATCH  |

    Scenario: a JSON body may declare its charset, as the Java SDK does
      Given the JSON body is sent with Content-Type "application/json; charset=utf-8"
      When the caller assumes role "mock-role" as session "s1"
      Then the request succeeds

  @doc-tencent-2.3-action-version
  Rule: Action and Version 2018-08-13 are required and must name an sts action (Tencent API 3.0 common parameters, Tencent STS actions and rate limits, Tencent API 3.0 common error codes)

    Scenario: without Action the request is refused
      Given the parameter "Action" is left out of the request
      When the caller calls GetCallerIdentity
      Then the request fails with code "MissingParameter"

    Scenario: without Version the request is refused
      Given the parameter "Version" is left out of the request
      When the caller calls GetCallerIdentity
      Then the request fails with code "MissingParameter"

    Scenario: another API version does not exist
      Given the request's Version is "2019-01-01"
      When the caller calls GetCallerIdentity
      Then the request fails with code "NoSuchVersion"

    Scenario Outline: <action> is not an action of sts
      When the caller calls <action>
      Then the request fails with code "InvalidAction"

      Examples:
        | action              |
        | DescribeInstances   |
        | AssumeRoleWithOIDC  |
        | getcalleridentity   |

  @doc-tencent-2.1-region
  Rule: Region is required and one of the documented regions (Tencent STS endpoints, Tencent API 3.0 common parameters)

    Scenario Outline: region <region> is accepted
      Given the request's Region is "<region>"
      When the caller calls GetCallerIdentity
      Then the request succeeds

      Examples:
        | region          |
        | ap-guangzhou    |
        | ap-shanghai-fsi |
        | eu-frankfurt    |
        | na-toronto      |

    Scenario: without Region the request is refused
      Given the parameter "Region" is left out of the request
      When the caller calls GetCallerIdentity
      Then the request fails with code "MissingParameter"

    Scenario Outline: region <region> is not supported
      Given the request's Region is "<region>"
      When the caller calls GetCallerIdentity
      Then the request fails with code "UnsupportedRegion"

      Examples:
        | region       |
        | mars-north-1 |
        | cn-hangzhou  |

  @doc-tencent-5.2-unknown-parameter
  Rule: A parameter the action does not define is an error ("用户多传未定义的参数会导致错误", Tencent API 3.0 common error codes)

    Scenario Outline: <parameter> is unknown to <action>
      When the caller calls <action> with:
        | <parameter> | <value> |
      Then the request fails with code "UnknownParameter"

      Examples:
        | action            | parameter | value |
        | GetCallerIdentity | Foo       | bar   |
        | AssumeRole        | DryRun    | true  |
        | QueryApiKey       | Limit     | 10    |

  @doc-tencent-2.8-types
  Rule: Business parameters have the documented types; integers may also travel as numeric strings (Tencent parameter encoding, Tencent STS API model, Tencent API 3.0 common error codes InvalidParameter)

    Scenario: DurationSeconds as a numeric string, as in the official example, is accepted
      When the caller assumes role "mock-role" as session "s1" with:
        | DurationSeconds | json:"1800" |
      Then the request succeeds
      And the credentials expire 1800 seconds after the request

    Scenario Outline: <parameter> given <what> is a type error
      When the caller assumes role "mock-role" as session "s1" with:
        | <parameter> | <value> |
      Then the request fails with code "InvalidParameter"

      Examples:
        | parameter       | what            | value                    |
        | DurationSeconds | a word          | json:"an hour"           |
        | DurationSeconds | a boolean       | json:true                |
        | DurationSeconds | a fraction      | json:1800.5              |
        | Tags            | a string        | json:"department"        |
        | Tags            | a list of words | json:["department"]      |

    Scenario Outline: a body that is <what> is refused
      Given the request body is "<body>" with Content-Type "application/json"
      When the caller calls GetCallerIdentity
      Then the request fails with code "InvalidParameter"

      Examples:
        | what                | body         |
        | not JSON            | not json     |
        | a JSON list         | [1,2]        |
        | a JSON number       | 12           |

  @doc-tencent-5.2-precedence @doc-gap-tencent-gaps-3
  Rule: When a request has several faults, the first in this order answers: method, size, Action, Version, action name, Region, authentication, types, unknown parameters, missing parameters, the action's own checks (Tencent API 3.0 common error codes; the order is the reference STS's, Tencent documents none)

    Scenario Outline: <first> is reported before <second>
      Given <first fault>
      And <second fault>
      When the caller assumes role "mock-role" as session "s1"
      Then the request fails with code "<code>"

      Examples:
        | first                 | second              | first fault                                            | second fault                                                      | code                         |
        | an unsupported method | a wrong signature   | the request is sent with HTTP method "PUT"             | the request is signed with a wrong SecretKey                      | UnsupportedProtocol          |
        | a missing Action      | a wrong signature   | the parameter "Action" is left out of the request      | the request is signed with a wrong SecretKey                      | MissingParameter             |
        | an unknown Version    | a wrong signature   | the request's Version is "2019-01-01"                  | the request is signed with a wrong SecretKey                      | NoSuchVersion                |
        | an unsupported Region | a wrong signature   | the request's Region is "mars-north-1"                 | the request is signed with a wrong SecretKey                      | UnsupportedRegion            |
        | a wrong signature     | a type error        | the request is signed with a wrong SecretKey           | the parameter "DurationSeconds" is changed to "json:true" after signing | AuthFailure.SignatureFailure |

    Scenario: an unknown action is reported before a wrong signature
      Given the request is signed with a wrong SecretKey
      When the caller calls DescribeInstances
      Then the request fails with code "InvalidAction"

    Scenario: a type error is reported before an unknown parameter
      When the caller assumes role "mock-role" as session "s1" with:
        | DurationSeconds | json:"an hour" |
        | DryRun          | true           |
      Then the request fails with code "InvalidParameter"

    Scenario: a type error is reported before a missing parameter
      When the caller calls AssumeRole with:
        | RoleSessionName | s1             |
        | DurationSeconds | json:"an hour" |
      Then the request fails with code "InvalidParameter"

    Scenario: an unknown parameter is reported before a missing one
      When the caller calls AssumeRole with:
        | RoleSessionName | s1   |
        | DryRun          | true |
      Then the request fails with code "UnknownParameter"

    Scenario: a missing parameter is reported before the action's own checks
      When the caller calls AssumeRole with:
        | RoleSessionName | a b |
      Then the request fails with code "MissingParameter"

  @doc-tencent-2.2-size @load
  Rule: A GET is at most 32 KB, a v1 POST 1 MB and a TC3 POST 10 MB (Tencent API 3.0 request structure)

    Scenario: a GET over 32 KB is refused before anything else
      Given the request is sent with HTTP method "GET"
      When the caller calls GetCallerIdentity with:
        | Padding | ${a*33000} |
      Then the request fails with code "RequestSizeLimitExceeded"

    Scenario: a v1 form POST over 1 MB is refused
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      When the caller calls GetCallerIdentity with:
        | Padding | ${a*1100000} |
      Then the request fails with code "RequestSizeLimitExceeded"

    Scenario: a TC3 POST of 2 MB is not refused for its size
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | ${policy:2000000} |
      Then the request fails with code "InvalidParameter.PolicyTooLong"

    Scenario: a TC3 POST over 10 MB is refused
      When the caller calls GetCallerIdentity with:
        | Padding | ${a*10500000} |
      Then the request fails with code "RequestSizeLimitExceeded"

  @doc-tencent-2.3-language
  Rule: X-TC-Language zh-CN or en-US chooses the language of error messages (Tencent API 3.0 common parameters)

    Scenario: zh-CN answers the Chinese message
      Given the request asks for messages in "zh-CN"
      When the caller assumes role "no-such-role" as session "s1"
      Then the request fails with code "ResourceNotFound.RoleNotFound"
      And the error message is the catalogue's Chinese text for "ResourceNotFound.RoleNotFound"

    Scenario: zh-CN also applies to authentication errors
      Given the request asks for messages in "zh-CN"
      And the request is signed with a wrong SecretKey
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SignatureFailure"
      And the error message is the catalogue's Chinese text for "AuthFailure.SignatureFailure"

    Scenario: en-US answers the English message
      Given the request asks for messages in "en-US"
      When the caller assumes role "no-such-role" as session "s1"
      Then the request fails with code "ResourceNotFound.RoleNotFound"

    Scenario: signature v1 asks for the language with the Language parameter
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the request asks for messages in "zh-CN"
      When the caller assumes role "no-such-role" as session "s1"
      Then the request fails with code "ResourceNotFound.RoleNotFound"
      And the error message is the catalogue's Chinese text for "ResourceNotFound.RoleNotFound"

  # POST bodies are application/json (TC3) or application/x-www-form-urlencoded (v1) (Request
  # Structure, https://github.com/tencentyun/intlcloud-documents API 3.0 调用方式/请求结构.md); a
  # Content-Type without a media type is neither, answered with the documented parameter error.
  @doc-tencent-2.2-content-type
  Rule: A POST body's Content-Type names JSON or a form (Tencent API 3.0 request structure)

    Scenario Outline: a body with Content-Type "<content type>" is a type error
      Given the request body is "{}" with Content-Type "<content type>"
      When the caller calls GetCallerIdentity
      Then the request fails with code "InvalidParameter"

      Examples:
        | content type |
        | ;;;          |
        | ;            |
        | text/plain   |

  # The v1 signature covers each parameter once, sorted by name (Signature, same repository,
  # 接口鉴权.md); nothing documents a repeated name. The reference STS refuses one, in the query, the
  # body or both, before authentication.
  @doc-gap-tencent-duplicate-parameters
  Rule: A parameter name occurs at most once in a request

    Scenario Outline: a v1 <method> request with a second <name> is refused
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the request is sent with HTTP method "<method>"
      And the parameter "<name>" is sent a second time with the value "<value>"
      When the caller calls GetCallerIdentity
      Then the request fails with code "InvalidParameter"

      Examples:
        | method | name      | value        |
        | POST   | Signature | AAAAAAAAAAA= |
        | GET    | Signature | AAAAAAAAAAA= |
        | POST   | Region    | ap-guangzhou |

    Scenario: a JSON body with a repeated member is refused
      Given the parameter "RoleSessionName" is sent a second time with the value "mallory"
      When the caller assumes role "mock-role" as session "s1"
      Then the request fails with code "InvalidParameter"

  # Nested v1 parameters are flattened with dots, e.g. Tags.0.Key (Request Structure, same
  # repository); the documented names are three segments deep. The reference STS refuses a name of
  # more than eight segments, or an index of more than four digits, before any signature check.
  @doc-gap-tencent-nested-names
  Rule: A flattened v1 parameter name is shallow: at most eight segments (Tencent TC3-HMAC-SHA256 signature, Tencent parameter encoding)

    Scenario Outline: a v1 parameter named <what> is refused
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the parameter "<name>" with the value "1" is added after signing
      When the caller calls GetCallerIdentity
      Then the request fails with code "InvalidParameter"

      Examples:
        | what                        | name              |
        | with nine segments          | a.b.c.d.e.f.g.h.i |
        | 15,000 levels deep          | ${a.*14999}a      |
        | with a five-digit index     | Tags.10000.Key    |

    Scenario: a v1 request with documented flattened names is accepted
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      When the caller assumes role "mock-role" as session "v1-tags" with:
        | Tags | [{"Key":"department","Value":"engineering"}] |
      Then the request succeeds
