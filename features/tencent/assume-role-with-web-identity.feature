@tencent @action-AssumeRoleWithWebIdentity
Feature: Tencent Cloud STS AssumeRoleWithWebIdentity
  A workload presents an OIDC token of a trusted identity provider and receives temporary
  credentials of a role; the call carries no key ("Authorization: SKIP").
  Spec: Tencent AssumeRoleWithWebIdentity reference (parameters, response, errors), Tencent unsigned federation calls (unsigned calls), Tencent parameter encoding (numeric
  strings), Tencent STS actions and rate limits. Every token failure is InvalidParameter.WebIdentityTokenError, the
  only OIDC code Tencent documents; the hostile tokens are in testkit's OidcHostileCorpusTest.
  Sources:
    Tencent Cloud STS API: AssumeRoleWithWebIdentity: https://cloud.tencent.com/document/product/1312/73070
    Tencent Cloud STS 2018-08-13 API model (TencentCloud/tencentcloud-cli, api.json): https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json
    Tencent Cloud SDK for Go: common client, unsigned requests (client.go): https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go
    Tencent Cloud Java SDK: AbstractClient (TencentCloud/tencentcloud-sdk-java): https://github.com/TencentCloud/tencentcloud-sdk-java/blob/970d68bd0f0d/src/main/java/com/tencentcloudapi/common/AbstractClient.java
    Tencent Cloud CAM: role SSO with OIDC (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E8%A7%92%E8%89%B2%20SSO/%E4%BD%BF%E7%94%A8%20OIDC%20%E8%BF%9B%E8%A1%8C%E8%A7%92%E8%89%B2%20SSO_intl_en.md
    Tencent Cloud STS API category (actions and rate limits): https://www.tencentcloud.website/document/product/1150/49443
    Tencent Cloud CAM: resource description (ARN) syntax (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E7%AD%96%E7%95%A5/%E8%AF%AD%E6%B3%95%E9%80%BB%E8%BE%91/%E8%B5%84%E6%BA%90%E6%8F%8F%E8%BF%B0%E6%96%B9%E5%BC%8F_intl_en.md
    Tencent Cloud SDK for Go: STS 2018-08-13 error codes (errors.go): https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go

  Background:
    Given the request carries Authorization SKIP instead of a signature

  @doc-tencent-4.3-response @mock-only
  Rule: A valid token of a trusted provider yields ExpiredTime, Expiration and Credentials (Tencent AssumeRoleWithWebIdentity reference Response)

    # tokens of the bundled test OIDC issuer (mock-sts.jar oidc-token --vendor tencent); a live
    # account would need the issuer registered as its provider
    Scenario: the response carries every documented field
      When the caller calls AssumeRoleWithWebIdentity with:
        | ProviderId       | ${oidc-provider:mock-oidc}                          |
        | WebIdentityToken | ${oidc-token:workload}             |
        | RoleArn          | ${role-arn:mock-oidc-role}         |
        | RoleSessionName  | test_OIDC                          |
      Then the request succeeds
      And the response is a Response envelope with a RequestId
      And the temporary credentials have the documented shapes
      And ExpiredTime is a JSON number and Expiration names the same instant in UTC
      And the credentials expire 7200 seconds after the request

    # the documented example sends DurationSeconds as a string (Tencent parameter encoding)
    Scenario: the documented example's DurationSeconds "1800" is honoured
      When the caller calls AssumeRoleWithWebIdentity with:
        | ProviderId       | ${oidc-provider:mock-oidc}                          |
        | WebIdentityToken | ${oidc-token:workload}             |
        | RoleArn          | ${role-arn:mock-oidc-role}         |
        | RoleSessionName  | test_OIDC                          |
        | DurationSeconds  | json:"1800"                        |
      Then the request succeeds
      And the credentials expire 1800 seconds after the request

  @doc-tencent-2.7-unsigned
  Rule: The call needs no key: Authorization may be SKIP, absent or a signature, and is not checked (Tencent unsigned federation calls, open question on unsigned calls)

    Scenario Outline: with <what> the request reaches the token check
      Given <authorization>
      When the caller calls AssumeRoleWithWebIdentity with:
        | ProviderId       | ${oidc-provider:mock-oidc}                      |
        | WebIdentityToken | eyJraWQiOiJkT**********CNOQ    |
        | RoleArn          | ${role-arn:mock-oidc-role}     |
        | RoleSessionName  | test_OIDC                      |
        | DurationSeconds  | json:"1800"                    |
      Then the request fails with code "InvalidParameter.WebIdentityTokenError"

      Examples:
        | what                               | authorization                                                 |
        | Authorization SKIP                 | the request carries Authorization SKIP instead of a signature |
        | no Authorization header            | the request carries no Authorization header                   |
        | a TC3 signature with empty keys    | the request is signed with TC3-HMAC-SHA256                    |
        | an Authorization of another scheme | the parameter "Authorization" is changed to "Bearer abc" after signing |
        | an X-TC-Token this STS never issued | the parameter "X-TC-Token" is changed to "not-a-token-of-this-sts" after signing |

  @doc-tencent-4.3-parameters
  Rule: ProviderId, WebIdentityToken, RoleArn and RoleSessionName are required; RoleArn has the documented forms (Tencent AssumeRoleWithWebIdentity reference, Tencent CAM resource names)

    Scenario Outline: without <parameter> the request is refused
      When the caller calls AssumeRoleWithWebIdentity with:
        | <first>  | <first value>  |
        | <second> | <second value> |
        | <third>  | <third value>  |
      Then the request fails with code "MissingParameter"

      Examples:
        | parameter        | first            | first value                  | second           | second value                 | third           | third value                |
        | ProviderId       | WebIdentityToken | eyJraWQiOiJkT**********CNOQ  | RoleArn          | ${role-arn:mock-oidc-role}   | RoleSessionName | s1                         |
        | WebIdentityToken | ProviderId       | ${oidc-provider:mock-oidc}                    | RoleArn          | ${role-arn:mock-oidc-role}   | RoleSessionName | s1                         |
        | RoleArn          | ProviderId       | ${oidc-provider:mock-oidc}                    | WebIdentityToken | eyJraWQiOiJkT**********CNOQ  | RoleSessionName | s1                         |
        | RoleSessionName  | ProviderId       | ${oidc-provider:mock-oidc}                    | WebIdentityToken | eyJraWQiOiJkT**********CNOQ  | RoleArn         | ${role-arn:mock-oidc-role} |

    Scenario Outline: a RoleArn of another form is a parameter error: <arn>
      When the caller calls AssumeRoleWithWebIdentity with:
        | ProviderId       | ${oidc-provider:mock-oidc}                    |
        | WebIdentityToken | eyJraWQiOiJkT**********CNOQ  |
        | RoleArn          | <arn>                        |
        | RoleSessionName  | s1                           |
      Then the request fails with code "InvalidParameter.ParamError"

      Examples:
        | arn                                          |
        | ${role:mock-oidc-role}                               |
        | acs:ram::${account:main}:role/${role:mock-oidc-role} |

  @doc-tencent-4.3-token
  Rule: A token the STS cannot validate is refused with WebIdentityTokenError (Tencent AssumeRoleWithWebIdentity reference; OIDC validation arrives with the OIDC issue)

    Scenario Outline: <what> is refused
      When the caller calls AssumeRoleWithWebIdentity with:
        | ProviderId       | ${oidc-provider:mock-oidc}                    |
        | WebIdentityToken | <token>                      |
        | RoleArn          | ${role-arn:mock-oidc-role}   |
        | RoleSessionName  | test_OIDC                    |
      Then the request fails with code "InvalidParameter.WebIdentityTokenError"

      Examples:
        | what                              | token                                                                        |
        | the documented example token      | eyJraWQiOiJkT**********CNOQ                                                  |
        | an unsigned JWT                   | eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL29pZGMubW9jay1zdHMubG9jYWwifQ.      |

  @doc-tencent-1.1-rate-limit
  Rule: An account may call AssumeRoleWithWebIdentity 20 times a second (Tencent STS actions and rate limits)

    @mock-only @load
    Scenario: a call beyond the account's rate is refused
      Given the target allows 2 AssumeRoleWithWebIdentity calls a second per account
      When the caller calls AssumeRoleWithWebIdentity 5 times in a row, stopping once throttled, with:
        | ProviderId       | ${oidc-provider:mock-oidc}                    |
        | WebIdentityToken | eyJraWQiOiJkT**********CNOQ  |
        | RoleArn          | ${role-arn:mock-oidc-role}   |
        | RoleSessionName  | burst                        |
      Then the request fails with code "RequestLimitExceeded"

  @doc-tencent-4.3-token @mock-only
  Rule: A token the provider's keys, issuer, audience and times do not vouch for is InvalidParameter.WebIdentityTokenError (Tencent AssumeRoleWithWebIdentity reference, Tencent STS error codes)

    Scenario Outline: a token <what> is refused
      When the caller calls AssumeRoleWithWebIdentity with:
        | ProviderId       | ${oidc-provider:mock-oidc}                  |
        | WebIdentityToken | <token>                    |
        | RoleArn          | ${role-arn:mock-oidc-role} |
        | RoleSessionName  | test_OIDC                  |
      Then the request fails with code "InvalidParameter.WebIdentityTokenError"

      Examples:
        | what                                         | token                                              |
        | that has expired                             | ${oidc-token:workload,expired}                     |
        | issued in the future                         | ${oidc-token:workload,future-iat}                  |
        | for another audience (Alibaba's client id)   | ${oidc-token:workload,aud=sts.aliyuncs.com}        |
        | of another issuer                            | ${oidc-token:workload,iss=https://evil.example}    |
        | without a subject                            | ${oidc-token:workload,without=sub}                 |
        | signed by an attacker under the issuer's kid | ${oidc-token:workload,attacker}                    |
        | of 20,001 characters                         | ${a*20001}                                         |

      # pac4j-jwt CVE-2026-29000: a JWE encrypted to the issuer's public key wraps a token nobody
      # signed; the STS holds only public keys, so an encrypted token is refused unread
      Examples: encrypted (JWE, RSA-OAEP-256 / A256GCM)
        | what                                                      | token                               |
        | wrapping an unsigned (alg none) token                     | ${oidc-token:workload,jwe-none}     |
        | wrapping a JWS-shaped token whose header is alg none      | ${oidc-token:workload,jwe-none-jws} |
        | wrapping an unsigned token under cty JWT                  | ${oidc-token:workload,jwe-cty-jwt}  |
        | wrapping a genuinely signed token under cty JWT (nested)  | ${oidc-token:workload,jwe-signed}   |

    Scenario: a token of the bundled issuer for a role that trusts another provider is unauthorized
      When the caller calls AssumeRoleWithWebIdentity with:
        | ProviderId       | ${oidc-provider:mock-oidc}                  |
        | WebIdentityToken | ${oidc-token:workload}     |
        | RoleArn          | ${role-arn:mock-role}      |
        | RoleSessionName  | test_OIDC                  |
      Then the request fails with code "UnauthorizedOperation"
