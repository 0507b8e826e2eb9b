# The whole feature needs an ID token the target trusts. The kit signs them with the bundled TEST
# issuer (fixtures/oidc/), which only a mock with the default world registers; a live account would
# need its own IdP, hence @mock-only.
@alibaba @action-AssumeRoleWithOIDC @mock-only
Feature: Alibaba Cloud STS AssumeRoleWithOIDC
  A workload holding an ID token of an OIDC provider registered in RAM exchanges it, without any
  AccessKey, for temporary credentials of a role whose trust policy names the provider.
  Spec: Alibaba AssumeRoleWithOIDC reference (parameters, response, errors), Alibaba OIDC SSO (OIDC provider, trust conditions,
  IssuanceLimitTime), Alibaba STS: who may call (anonymous), Alibaba Java SDKs: what they send (what the SDKs send), an inference from the documented behaviour (order of the checks).
  Sources:
    Alibaba Cloud STS API reference: AssumeRoleWithOIDC: https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc
    Alibaba Cloud OpenAPI metadata, Sts 2015-04-01 (api-docs.json, mirrored by dew-serverless/acs-metadata): https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json
    Alibaba Cloud RAM: overview of OIDC-based SSO: https://www.alibabacloud.com/help/en/ram/overview-of-oidc-based-sso
    Alibaba Cloud RAM: manage an OIDC IdP: https://www.alibabacloud.com/help/en/ram/user-guide/manage-an-oidc-idp
    Alibaba Cloud RAM: create a RAM role for a trusted IdP: https://alibabacloud.com/help/en/ram/user-guide/create-a-ram-role-for-a-trusted-idp
    Alibaba Cloud STS API reference: AssumeRole (AlibabaCloudDocs/ram, zh-CN): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md
    Alibaba Cloud STS common errors and troubleshooting (doc-detail 42775): https://www.alibabacloud.com/help/doc-detail/42775.htm
    Alibaba Cloud Java SDK core 4.7.10 (com.aliyun:aliyun-java-sdk-core, sources on Maven Central): https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-core/4.7.10/
    Alibaba Cloud Tea OpenAPI runtime 0.3.15 (com.aliyun:tea-openapi, Maven Central): https://repo1.maven.org/maven2/com/aliyun/tea-openapi/0.3.15/
    Alibaba Cloud RAM: edit the trust policy of a RAM role (AlibabaCloudDocs/ram, en-US): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/RAM%20Role%20Management/Edit%20the%20trust%20policy%20of%20a%20RAM%20role.md
    Alibaba Cloud RAM: FAQ about RAM roles and STS tokens (AlibabaCloudDocs/ram, en-US): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/FAQ/FAQ%20about%20RAM%20roles%20and%20STS%20tokens.md
    Alibaba Cloud RAM: use ExternalId to prevent the confused deputy problem: https://www.alibabacloud.com/help/en/ram/use-cases/use-externalid-to-prevent-the-confused-deputy-problem

  Background:
    Given an OIDC token of the bundled issuer for subject "system:serviceaccount:default:app"

  @doc-alibaba-4.3-response
  Rule: A valid token of a trusted provider buys credentials; OIDCTokenInfo echoes the token (Alibaba AssumeRoleWithOIDC reference Response)

    Scenario: the JSON response carries every documented field
      When the token is exchanged for role "mock-oidc-role" as session "oidc-session"
      Then the request succeeds
      And the response is JSON
      And the response field "RequestId" has the shape of a request id
      And the OIDC token info describes the token
      And the assumed role user is session "oidc-session" of role "mock-oidc-role"
      And the temporary credentials have the documented shapes
      And the credentials expire 3600 seconds after the request
      And the response has no field "SourceIdentity"

    Scenario: the XML response carries the same fields under AssumeRoleWithOIDCResponse
      Given the request asks for "XML" responses
      When the token is exchanged for role "mock-oidc-role" as session "oidc-session"
      Then the request succeeds
      And the response is XML with the root element "AssumeRoleWithOIDCResponse"
      And the OIDC token info describes the token
      And the assumed role user is session "oidc-session" of role "mock-oidc-role"
      And the temporary credentials have the documented shapes

    Scenario: several audiences are reported as ClientIds joined with commas
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | audience | sts.aliyuncs.com,another-client |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request succeeds
      And the response field "OIDCTokenInfo.ClientIds" is "sts.aliyuncs.com,another-client"

    Scenario Outline: a token signed with <algorithm> is accepted
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | algorithm | <algorithm> |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request succeeds

      Examples:
        | algorithm |
        | RS256     |
        | PS256     |
        | RS512     |
        | ES256     |

    Scenario: the credentials are a session of the role
      When the token is exchanged for role "mock-oidc-role" as session "oidc-session"
      And the caller holds the temporary credentials just issued
      And the caller calls GetCallerIdentity
      Then the request succeeds
      And the response carries the fields:
        | IdentityType | AssumedRoleUser                                                 |
        | Arn          | acs:ram::${account:main}:assumed-role/${role-lower:mock-oidc-role}/oidc-session |
      And the response field "PrincipalId" is the id of role "mock-oidc-role" and session "oidc-session"

  @doc-alibaba-1.2-anonymous
  Rule: The call is anonymous: no AccessKey signs it, and a signature, if any, is not checked (Alibaba STS: who may call, Alibaba Java SDKs: what they send, an inference from the documented behaviour)

    Scenario: the business parameters may travel in a form body, as credentials-java sends them
      Given the business parameters travel in a form body
      When the token is exchanged for role "mock-oidc-role" as session "credentials-java"
      Then the request succeeds

    Scenario: a call signed with an AccessKey nobody has is still answered on the token's merits
      Given the OIDC request is signed with an AccessKey the target does not know
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request succeeds

  @doc-alibaba-4.3-required
  Rule: OIDCProviderArn, RoleArn, OIDCToken and RoleSessionName are required (Alibaba AssumeRoleWithOIDC reference)

    Scenario Outline: without <parameter> the request is refused
      Given the parameter "<parameter>" is left out of the request
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request fails with HTTP 400 and code "Missing<parameter>"

      Examples:
        | parameter       |
        | OIDCProviderArn |
        | RoleArn         |
        | OIDCToken       |
        | RoleSessionName |

  @doc-alibaba-4.3-role-arn
  Rule: RoleArn names an existing role as acs:ram::<account_id>:role/<role_name> (Alibaba AssumeRoleWithOIDC reference, Alibaba RAM roles and trust policies)

    Scenario: a RoleArn of another form is wrongly formed
      When the token is exchanged for role "mock-oidc-role" as session "s1" with:
        | RoleArn | ${role:mock-oidc-role} |
      Then the request fails with HTTP 400 and code "InvalidParameter.RoleArn"

    Scenario: a role that does not exist is reported with its ARN
      When the token is exchanged for role "no-such-role" as session "s1"
      Then the request fails with HTTP 404 and code "EntityNotExist.Role"

  @doc-alibaba-4.3-token-length
  Rule: OIDCToken is the original token of 4 to 20,000 characters (Alibaba AssumeRoleWithOIDC reference)

    Scenario: a long token within the limit is accepted
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | claim pad | ${x*14000} |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request succeeds

    Scenario Outline: a token of <what> is refused
      When the token is exchanged for role "mock-oidc-role" as session "s1" with:
        | OIDCToken | <token> |
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.Invalid"

      Examples:
        | what              | token        |
        | 3 characters      | abc          |
        | 20,001 characters | ${x*20001}   |

  @doc-alibaba-4.3-session-name
  Rule: RoleSessionName is 2 to 64 letters, digits and . @ - _ (Alibaba AssumeRoleWithOIDC reference)

    Scenario Outline: a session name of <what> is accepted
      When the token is exchanged for role "mock-oidc-role" as session "<name>"
      Then the request succeeds
      And the assumed role user is session "<name>" of role "mock-oidc-role"

      Examples:
        | what                            | name      |
        | 2 characters                    | ab        |
        | 64 characters                   | ${s*64}   |
        | every allowed special character | a.b@c-d_e |

    Scenario Outline: a session name of <what> is wrongly formed
      When the token is exchanged for role "mock-oidc-role" as session "<name>"
      Then the request fails with HTTP 400 and code "InvalidParameter.RoleSessionName"

      Examples:
        | what          | name      |
        | 1 character   | a         |
        | 65 characters | ${s*65}   |
        | a space       | alice bob |

  @doc-alibaba-4.3-duration
  Rule: DurationSeconds is between 900 and the role's MaxSessionDuration, 3600 by default (Alibaba AssumeRoleWithOIDC reference)

    Scenario: a lifetime of 900 seconds is granted
      When the token is exchanged for role "mock-oidc-role" as session "s1" with:
        | DurationSeconds | 900 |
      Then the request succeeds
      And the credentials expire 900 seconds after the request

    Scenario Outline: a lifetime of <seconds> seconds is refused
      When the token is exchanged for role "mock-oidc-role" as session "s1" with:
        | DurationSeconds | <seconds> |
      Then the request fails with HTTP 400 and code "InvalidParameter.DurationSeconds"

      Examples:
        | seconds |
        | 899     |
        | 3601    |
        | an hour |

  @doc-alibaba-4.3-policy
  Rule: Policy is a grammatical RAM policy of 1 to 2,048 characters (Alibaba AssumeRoleWithOIDC reference)

    Scenario: the documented example policy is accepted
      When the token is exchanged for role "mock-oidc-role" as session "s1" with:
        | Policy | {"Statement": [{"Action": ["*"],"Effect": "Allow","Resource": ["*"]}],"Version":"1"} |
      Then the request succeeds

    Scenario: a policy of 2,049 characters is too large
      When the token is exchanged for role "mock-oidc-role" as session "s1" with:
        | Policy | ${policy:2049} |
      Then the request fails with HTTP 400 and code "InvalidParameter.PolicySize"

    Scenario: a policy that is not JSON fails the grammar check
      When the token is exchanged for role "mock-oidc-role" as session "s1" with:
        | Policy | allow everything |
      Then the request fails with HTTP 400 and code "InvalidParameter.PolicyGrammar"

  @doc-alibaba-4.3-provider
  Rule: OIDCProviderArn names a provider registered in RAM whose public keys can be obtained (Alibaba AssumeRoleWithOIDC reference, Alibaba OIDC SSO)

    Scenario Outline: <what> is not a registered provider
      When the token is exchanged for role "mock-oidc-role" as session "s1" with:
        | OIDCProviderArn | <arn> |
      Then the request fails with HTTP 401 and code "AuthenticationFail.NoPermission"
      And the response field "Message" is "No such OIDC Provider registered."

      Examples:
        | what                        | arn                                                 |
        | an unknown provider name    | acs:ram::${account:main}:oidc-provider/no-such-idp  |
        | a SAML provider             | acs:ram::${account:main}:saml-provider/${saml-provider:mock-idp}     |
        | a name without an ARN       | ${oidc-provider:mock-oidc}                                           |

    Scenario: a provider whose keys cannot be obtained refuses every token
      When the token is exchanged for role "mock-oidc-role" as session "s1" with:
        | OIDCProviderArn | acs:ram::${account:main}:oidc-provider/${oidc-provider:mock-oidc-unreachable} |
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.IssuerConfigurationBroken"

  @doc-alibaba-7-signature
  Rule: STS validates the token's signature against the provider's keys (Alibaba OIDC SSO)

    Scenario Outline: a token that is <what> is invalid
      Given the OIDC token is tampered with: "<tampering>"
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.Invalid"

      Examples:
        | what                                         | tampering                      |
        | unsecured (alg none)                         | alg none                       |
        | HS256-signed with the public key as secret   | HS256 keyed with the public key |
        | without its signature                        | signature stripped             |
        | edited after signing                         | payload edited                 |
        | cut to two segments                          | two segments                   |
        | not base64url                                | not base64url                  |

    Scenario Outline: a token signed <how> is invalid
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | signed by | the attacker |
        | kid       | <kid>        |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.Invalid"

      Examples:
        | how                                        | kid             |
        | with an untrusted key under its own kid    | attacker-rsa-1  |
        | with an untrusted key borrowing a trusted kid | mock-oidc-rsa-1 |

    Scenario: a token whose kid names no key of the provider is invalid
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | kid | mock-oidc-rsa-2 |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.Invalid"

    # pac4j-jwt CVE-2026-29000: a JWE encrypted to the issuer's public key wraps a token nobody
    # signed. The STS holds only public keys and the documented OIDCToken is a signed JWT, so an
    # encrypted token is refused unread, whatever it wraps.
    Scenario Outline: a token encrypted as a JWE wrapping <what> is invalid
      When the token is exchanged for role "mock-oidc-role" as session "s1" with:
        | OIDCToken | <token> |
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.Invalid"

      Examples:
        | what                                            | token                          |
        | an unsigned (alg none) token                    | ${oidc-token:ci,jwe-none}      |
        | a JWS-shaped token whose header is alg none     | ${oidc-token:ci,jwe-none-jws}  |
        | an unsigned token under cty JWT                 | ${oidc-token:ci,jwe-cty-jwt}   |
        | a genuinely signed token under cty JWT (nested) | ${oidc-token:ci,jwe-signed}    |

  @doc-alibaba-7-claims
  Rule: iss must be the provider's IssuerUrl, aud one of its ClientIds; sub, exp and iat are required (Alibaba AssumeRoleWithOIDC reference, Alibaba OIDC SSO)

    Scenario: a token of another issuer does not match the provider
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | issuer | https://token.actions.githubusercontent.com |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.IssuerNotMatch"

    Scenario: a token for another client has the wrong audience
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | audience | sts.cloud.tencent.com |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.AudienceNotMatch"

    Scenario Outline: a token without <claim> is invalid
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | without | <claim> |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.Invalid"

      Examples:
        | claim |
        | sub   |
        | exp   |
        | iat   |

  @doc-alibaba-7-times
  Rule: The token must be unexpired, valid already, not issued in the future, nor before the IssuanceLimitTime (Alibaba AssumeRoleWithOIDC reference, Alibaba OIDC SSO)

    Scenario: a token past its exp has expired
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | lifetime | 60 |
      When the target's clock moves forward 60 seconds
      And the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.Expired"

    Scenario: a token within its lifetime is accepted after the clock has moved
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | lifetime | 120 |
      When the target's clock moves forward 60 seconds
      And the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request succeeds

    Scenario Outline: a token <what> is invalid
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | issued at  | <iat> |
        | not before | <nbf> |
        | expires at | <exp> |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request fails with HTTP 401 and code "AuthenticationFail.OIDCToken.Invalid"

      Examples:
        | what                                               | iat      | nbf      | exp     |
        | issued in the future (iat later than now)          | now+300s | now      | now+1h  |
        | not valid before five minutes from now             | now      | now+5m   | now+1h  |
        | issued 13 hours ago (IssuanceLimitTime: 12 hours)  | now-13h  | now-13h  | now+1h  |

    Scenario: a token issued just under 12 hours ago is accepted
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | issued at  | now-11h |
        | expires at | now+1h  |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request succeeds

  @doc-alibaba-7-trust
  Rule: The role's trust policy must name the provider under its oidc:iss and oidc:aud conditions (Alibaba OIDC SSO, Alibaba RAM roles and trust policies)

    Scenario: a role that trusts only its account refuses the provider
      When the token is exchanged for role "mock-role" as session "s1"
      Then the request fails with HTTP 401 and code "AuthenticationFail.NoPermission"
      And the response field "Message" is "There is no permission"

    Scenario: a token with several audiences is admitted through the one the condition names
      Given an OIDC token of the bundled issuer for subject "ci" with:
        | audience | another-client,sts.aliyuncs.com |
      When the token is exchanged for role "mock-oidc-role" as session "s1"
      Then the request succeeds
