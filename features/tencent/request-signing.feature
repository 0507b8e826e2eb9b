@tencent @protocol @signing
Feature: Tencent Cloud request signatures (TC3-HMAC-SHA256 and v1 HmacSHA1/HmacSHA256)
  Every keyed call is signed; the STS checks the Authorization header or the v1 signature
  parameters, the key, the timestamp window and the token of temporary credentials before any
  action runs.
  Spec: Tencent API 3.0 common parameters, Tencent TC3-HMAC-SHA256 signature, Tencent timestamp skew, Tencent signature v1, Tencent API 3.0 common error codes
  (common errors), Tencent Java SDK endpoint configuration and docs/architecture.md, rule 10 (what the Node.js SDKs sign). The kit signs with its own
  signers, tested against the documented vectors, never shared with the mock (docs/architecture.md, rule 1).
  Sources:
    Tencent Cloud API 3.0: common parameters (tencentyun/intlcloud-documents, 公共参数): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md
    Tencent Cloud API 3.0: signature v3, TC3-HMAC-SHA256 (tencentyun/intlcloud-documents, 接口鉴权 v3): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md
    Tencent Cloud API 3.0 common error codes: https://tencentcloud.com/document/product/1140/51177
    Tencent Cloud API 3.0: signature v1, HmacSHA1/HmacSHA256 (tencentyun/intlcloud-documents, 接口鉴权): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md
    Tencent Cloud Java SDK common 3.1.678 (com.tencentcloudapi:tencentcloud-sdk-java-common, Maven Central): https://repo1.maven.org/maven2/com/tencentcloudapi/tencentcloud-sdk-java-common/3.1.678/
    Tencent Cloud Java SDK: AbstractClient (TencentCloud/tencentcloud-sdk-java): https://github.com/TencentCloud/tencentcloud-sdk-java/blob/970d68bd0f0d/src/main/java/com/tencentcloudapi/common/AbstractClient.java

  Background:
    Given the caller is the CAM user "alice" of account "main"

  @doc-tencent-2.4-tc3
  Rule: A TC3-HMAC-SHA256 Authorization over content-type and host authenticates the caller (Tencent TC3-HMAC-SHA256 signature)

    Scenario Outline: a TC3-signed <how> is accepted
      Given <shape>
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response field "UserId" is "${uin:alice}"

      Examples:
        | how                                  | shape                                                                  |
        | JSON POST                            | the request is signed with TC3-HMAC-SHA256                             |
        | GET with the parameters in the query | the request is sent with HTTP method "GET"                             |
        | form POST                            | the business parameters travel in a form body                          |
        | POST with an unsigned payload        | the request declares an unsigned payload                               |

    Scenario: a TC3-signed GET carrying business parameters is accepted
      Given the request is sent with HTTP method "GET"
      When the caller assumes role "mock-role" as session "s1" with:
        | DurationSeconds | 900 |
      Then the request succeeds
      And the credentials expire 900 seconds after the request

    @mock-only
    Scenario: a signature over the host without its port is accepted (the Node.js SDK's signature)
      Given the request is signed over the host without its port
      When the caller calls GetCallerIdentity
      Then the request succeeds

    @mock-only
    Scenario: a scope naming the first label of the host as service is accepted (the Java SDK's scope)
      Given the credential scope names the first label of the host as the service
      When the caller calls GetCallerIdentity
      Then the request succeeds

    Scenario: a signature made with the wrong SecretKey is refused
      Given the request is signed with a wrong SecretKey
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SignatureFailure"

    Scenario: a body changed after signing breaks the signature
      Given the parameter "RoleSessionName" is changed to "mallory" after signing
      When the caller assumes role "mock-role" as session "alice"
      Then the request fails with code "AuthFailure.SignatureFailure"

    Scenario: a query changed after signing breaks the signature
      Given the request is sent with HTTP method "GET"
      And the parameter "DurationSeconds" is changed to "43200" after signing
      When the caller assumes role "mock-role" as session "s1" with:
        | DurationSeconds | 900 |
      Then the request fails with code "AuthFailure.SignatureFailure"

    Scenario: an unsigned-payload declaration sent after signing the body breaks the signature
      Given the parameter "X-TC-Content-SHA256" is changed to "UNSIGNED-PAYLOAD" after signing
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SignatureFailure"

    @doc-gap-tencent-gaps-6
    Scenario: a credential scope whose date is not the UTC date of the timestamp is refused
      Given the credential scope names the day before the timestamp's UTC date
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SignatureFailure"

  @doc-tencent-2.3-authorization @doc-gap-tencent-gaps-6
  Rule: An Authorization header that is not TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request, SignedHeaders=<content-type;host...>, Signature=<hex> is invalid (Tencent API 3.0 common parameters, Tencent TC3-HMAC-SHA256 signature, an inference from the documented behaviour)

    Scenario Outline: an Authorization header <what> is invalid
      Given the parameter "Authorization" is changed to "<authorization>" after signing
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.InvalidAuthorization"

      Examples:
        | what                                | authorization                                                                                                        |
        | of another scheme                   | Bearer abc                                                                                                           |
        | of Alibaba's V3 scheme              | ACS3-HMAC-SHA256 Credential=${secret-id:alice},SignedHeaders=host,Signature=abc                                      |
        | without SignedHeaders or Signature  | TC3-HMAC-SHA256 Credential=${secret-id:alice}/${today}/sts/tc3_request                                               |
        | whose scope lacks tc3_request       | TC3-HMAC-SHA256 Credential=${secret-id:alice}/${today}/sts, SignedHeaders=content-type;host, Signature=0a1b2c        |
        | whose SignedHeaders lack content-type | TC3-HMAC-SHA256 Credential=${secret-id:alice}/${today}/sts/tc3_request, SignedHeaders=host, Signature=0a1b2c       |
        | that says SKIP on a keyed action    | SKIP                                                                                                                 |

    Scenario: a JSON POST without Authorization is refused
      Given the request carries no Authorization header
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.InvalidAuthorization"

    Scenario: without X-TC-Timestamp the request is refused
      Given the parameter "Timestamp" is left out of the request
      When the caller calls GetCallerIdentity
      Then the request fails with code "MissingParameter"

    Scenario: an X-TC-Timestamp that is not an integer is a type error
      Given the common parameter "Timestamp" is "yesterday"
      When the caller calls GetCallerIdentity
      Then the request fails with code "InvalidParameter"

  @doc-tencent-5.2-secret-id
  Rule: The SecretId must be a TencentCloud API key that exists and is enabled (Tencent API 3.0 common error codes)

    Scenario Outline: a SecretId that <what> is not found
      Given the caller uses the SecretId "<id>"
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SecretIdNotFound"

      Examples:
        | what           | id                                    |
        | nobody holds   | AKIDNoSuchSecretId0000000000000000001 |

    Scenario: a disabled key is not found
      Given the caller is the CAM user "carol" of account "main"
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SecretIdNotFound"

    Scenario Outline: a SecretId <what> is not a TencentCloud API key
      Given the caller uses the SecretId "<id>"
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.InvalidSecretId"

      Examples:
        | what                        | id                        |
        | of Alibaba Cloud's form     | LTAI5tMockAliceAccessKey  |
        | without the AKID prefix     | MockAliceSecretId0001     |
        | with punctuation            | AKID-Mock_Alice.1         |

  @doc-tencent-2.5-timestamp
  Rule: X-TC-Timestamp (v1 Timestamp) must be within five minutes of the server's time (Tencent timestamp skew)

    Scenario Outline: a timestamp <minutes> minutes in the <direction> is <verdict>
      Given the request's timestamp is <minutes> minutes in the <direction>
      When the caller calls GetCallerIdentity
      Then <outcome>

      Examples: inside the window
        | minutes | direction | verdict  | outcome              |
        | 4       | past      | accepted | the request succeeds |
        | 4       | future    | accepted | the request succeeds |
      Examples: outside the window in the past
        | minutes | direction | verdict | outcome                                                  |
        | 6       | past      | expired | the request fails with code "AuthFailure.SignatureExpire" |

      @doc-gap-tencent-gaps-6
      Examples: outside the window in the future (symmetry UNCONFIRMED)
        | minutes | direction | verdict | outcome                                                  |
        | 6       | future    | expired | the request fails with code "AuthFailure.SignatureExpire" |

    @mock-only
    Scenario Outline: a request signed <seconds> seconds <relation> the target's time is <verdict>
      Given the target's clock runs <seconds> seconds <position> the caller's
      When the caller calls GetCallerIdentity
      Then <outcome>

      Examples:
        | seconds | relation | position | verdict  | outcome                                                  |
        | 295     | before   | ahead of | accepted | the request succeeds                                     |
        | 305     | before   | ahead of | expired  | the request fails with code "AuthFailure.SignatureExpire" |
        | 295     | after    | behind   | accepted | the request succeeds                                     |
        | 305     | after    | behind   | expired  | the request fails with code "AuthFailure.SignatureExpire" |

    Scenario: a v1 timestamp outside the window is expired
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the request's timestamp is 6 minutes in the past
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SignatureExpire"

  @doc-tencent-2.6-v1
  Rule: Signature v1 over the sorted raw parameters authenticates the caller; only SignatureMethod HmacSHA256 selects SHA-256, anything else SHA-1 (Tencent signature v1)

    Scenario Outline: a v1 <method> request signed with <signature method> is accepted
      Given the request is signed with signature v1 and SignatureMethod "<signature method>"
      And the request is sent with HTTP method "<method>"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response field "UserId" is "${uin:alice}"

      Examples:
        | method | signature method |
        | GET    | HmacSHA1         |
        | POST   | HmacSHA1         |
        | GET    | HmacSHA256       |
        | POST   | HmacSHA256       |
        | POST   | HmacMD5          |

    Scenario: a v1 request without SignatureMethod is verified with HmacSHA1
      Given the request is signed with signature v1 without a SignatureMethod
      When the caller calls GetCallerIdentity
      Then the request succeeds

    Scenario Outline: a v1 <method> request carrying business parameters is accepted
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the request is sent with HTTP method "<method>"
      When the caller assumes role "mock-role" as session "v1-session" with:
        | DurationSeconds | 900                                                                                                   |
        | Policy          | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["*"]}]} |
        | Tags            | [{"Key":"department","Value":"engineering"}]                                                          |
      Then the request succeeds
      And the credentials expire 900 seconds after the request

      Examples:
        | method |
        | GET    |
        | POST   |

    Scenario Outline: a v1 signature made with the wrong SecretKey is refused (<method>)
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the request is sent with HTTP method "<method>"
      And the request is signed with a wrong SecretKey
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SignatureFailure"

      Examples:
        | method |
        | GET    |
        | POST   |

    Scenario: a v1 signature made with SHA-256 but declared as HmacSHA1 is refused
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the parameter "SignatureMethod" is changed to "HmacSHA1" after signing
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SignatureFailure"

    Scenario Outline: a v1 request without <parameter> is refused
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the parameter "<parameter>" is left out of the request
      When the caller calls GetCallerIdentity
      Then the request fails with code "MissingParameter"

      Examples:
        | parameter |
        | Signature |
        | SecretId  |
        | Nonce     |
        | Timestamp |

    Scenario Outline: a v1 <parameter> that is not an integer is a type error
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the common parameter "<parameter>" is "<value>"
      When the caller calls GetCallerIdentity
      Then the request fails with code "InvalidParameter"

      Examples:
        | parameter | value     |
        | Nonce     | abc       |
        | Timestamp | yesterday |

  @doc-tencent-2.3-token
  Rule: Temporary credentials sign with TmpSecretId/TmpSecretKey and carry their Token in X-TC-Token (v1 Token); a missing, altered, foreign or expired token is refused (Tencent API 3.0 common parameters, Tencent API 3.0 common error codes)

    Background:
      Given the caller has assumed role "mock-role" as session "s1"

    Scenario Outline: temporary credentials with their token are accepted (<signature>)
      Given <shape>
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response field "Type" is "CAMRole"

      Examples:
        | signature  | shape                                                                  |
        | TC3        | the request is signed with TC3-HMAC-SHA256                             |
        | v1         | the request is signed with signature v1 and SignatureMethod "HmacSHA256" |

    Scenario: a temporary SecretId without its token is not found
      Given the caller holds those temporary credentials without the security token
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.SecretIdNotFound"

    Scenario: an altered token is refused
      Given the caller holds those temporary credentials with one character of the token changed
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.TokenFailure"

    Scenario: the token of another session is refused
      Given the caller is the CAM user "alice" of account "main"
      And the caller holds temporary credentials whose security token belongs to another session
      When the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.TokenFailure"

    @mock-only
    Scenario: expired temporary credentials are refused
      When the target's clock moves forward 7201 seconds
      And the caller calls GetCallerIdentity
      Then the request fails with code "AuthFailure.TokenFailure"

    @mock-only
    Scenario: temporary credentials still work one second before they expire
      When the target's clock moves to 1 second before the credentials expire
      And the caller calls GetCallerIdentity
      Then the request succeeds

  # v1 common parameters: "Nonce: a random positive integer, which is used together with Timestamp
  # to prevent replay attacks" (Common Params, https://github.com/tencentyun/intlcloud-documents
  # API 3.0 调用方式/公共参数.md). No length is documented; the Python SDK sends
  # random.randint(1, sys.maxsize), up to 19 digits.
  @doc-tencent-2.6-nonce
  Rule: A v1 Nonce is a positive integer of any length the official SDKs send (Tencent signature v1)

    Scenario Outline: a v1 <method> request with a 19-digit Nonce signed with <signature method> is accepted
      Given the request is signed with signature v1 and SignatureMethod "<signature method>"
      And the request is sent with HTTP method "<method>"
      And the common parameter "Nonce" is "<nonce>"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response field "UserId" is "${uin:alice}"

      Examples:
        | method | signature method | nonce               |
        | GET    | HmacSHA1         | 9223372036854775807 |
        | POST   | HmacSHA1         | 1234567890123456789 |
        | GET    | HmacSHA256       | 1000000000000000001 |
        | POST   | HmacSHA256       | 9223372036854775806 |

  # The same page says Nonce and Timestamp together prevent replay, but documents no error code for
  # a replay. The reference STS refuses a signed (SecretId, Timestamp, Nonce) it saw within twice
  # the five-minute window with AuthFailure.SignatureExpire, the code of the timestamp rule the nonce
  # completes; a live run records what Tencent answers.
  @doc-gap-tencent-v1-nonce-replay
  Rule: A v1 request may be sent once: its Nonce and Timestamp prevent replay (Tencent signature v1)

    Scenario Outline: a v1 <method> request sent a second time is refused
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the request is sent with HTTP method "<method>"
      When the caller calls GetCallerIdentity
      And the caller sends the same request again
      Then the request fails with code "AuthFailure.SignatureExpire"

      Examples:
        | method |
        | GET    |
        | POST   |

    Scenario: two v1 requests with fresh nonces are both accepted
      Given the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      When the caller calls GetCallerIdentity
      And the request is signed with signature v1 and SignatureMethod "HmacSHA256"
      And the caller calls GetCallerIdentity
      Then the request succeeds
