@tencent @action-AssumeRole
Feature: Tencent Cloud STS AssumeRole
  A CAM sub-user, the root account or a role session exchanges its key for temporary credentials
  of a role whose trust policy names it.
  Spec: Tencent AssumeRole reference (parameters, response, errors), Tencent STS: who may call and Tencent permissions to call STS (who may call), Tencent credential fields
  (credential formats), Tencent CAM resource model (CAM model), Tencent STS error codes (error catalogue).
  Sources:
    Tencent Cloud STS API: AssumeRole: https://cloud.tencent.com/document/product/598/33164
    Tencent Cloud STS API: AssumeRole (international site): https://intl.cloud.tencent.com/document/product/598/35840
    Tencent Cloud STS 2018-08-13 API model (TencentCloud/tencentcloud-cli, api.json): https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json
    Tencent Cloud STS API: AssumeRoleWithSAML: https://cloud.tencent.com.cn/document/product/1312/48196
    Tencent Cloud STS API: AssumeRoleWithWebIdentity: https://cloud.tencent.com/document/product/1312/73070
    Tencent Cloud CAM: creating a role, trust policies (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%A7%92%E8%89%B2/%E5%88%9B%E5%BB%BA%E8%A7%92%E8%89%B2_intl_en.md
    Tencent Cloud STS API: data types: https://www.tencentcloud.com/document/product/1150/49457
    Tencent Cloud CAM: resource description (ARN) syntax (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E7%AD%96%E7%95%A5/%E8%AF%AD%E6%B3%95%E9%80%BB%E8%BE%91/%E8%B5%84%E6%BA%90%E6%8F%8F%E8%BF%B0%E6%96%B9%E5%BC%8F_intl_en.md
    Tencent Cloud SDK for Go: STS 2018-08-13 error codes (errors.go): https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go
    Tencent Cloud CAM: role SSO with OIDC (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E8%A7%92%E8%89%B2%20SSO/%E4%BD%BF%E7%94%A8%20OIDC%20%E8%BF%9B%E8%A1%8C%E8%A7%92%E8%89%B2%20SSO_intl_en.md
    Tencent Cloud CAM: usage limits (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E4%BA%A7%E5%93%81%E7%AE%80%E4%BB%8B/%E4%BD%BF%E7%94%A8%E9%99%90%E5%88%B6_intl_en.md
    Tencent Cloud CAM: policy element reference (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E7%AD%96%E7%95%A5/%E8%AF%AD%E6%B3%95%E9%80%BB%E8%BE%91/%E5%85%83%E7%B4%A0%E5%8F%82%E8%80%83_intl_en.md
    Tencent Cloud STS API category (actions and rate limits): https://www.tencentcloud.website/document/product/1150/49443

  Background:
    Given the caller is the CAM user "alice" of account "main"

  @doc-tencent-4.1-response
  Rule: A trusted caller receives Credentials{Token, TmpSecretId, TmpSecretKey}, ExpiredTime and Expiration (Tencent AssumeRole reference Response, Tencent credential fields)

    Scenario: the response carries every documented field
      When the caller assumes role "mock-role" as session "alice-session"
      Then the request succeeds
      And the response is a Response envelope with a RequestId
      And the temporary credentials have the documented shapes
      And ExpiredTime is a JSON number and Expiration names the same instant in UTC
      And the credentials expire 7200 seconds after the request

    Scenario: no STS action returns AWS-style user or policy-size fields
      When the caller assumes role "mock-role" as session "alice-session"
      Then the request succeeds
      And the response has no field "AssumedRoleUser"
      And the response has no field "PackedPolicySize"
      And the response has no field "SourceIdentity"

    Scenario Outline: the parameters may travel as <how>
      Given <shape>
      When the caller assumes role "mock-role" as session "s1"
      Then the request succeeds
      And the temporary credentials have the documented shapes

      Examples:
        | how                         | shape                                            |
        | a JSON POST (recommended)   | the request is signed with TC3-HMAC-SHA256       |
        | the query of a GET          | the request is sent with HTTP method "GET"       |
        | a form POST                 | the business parameters travel in a form body    |

    Scenario: the temporary credentials are those of a session of the role
      When the caller assumes role "mock-role" as session "alice-session"
      And the caller holds the temporary credentials just issued
      And the caller calls GetCallerIdentity
      Then the request succeeds
      And the response field "Type" is "CAMRole"
      And the response field "UserId" is the id of role "mock-role" and session "alice-session"

  @doc-tencent-4.1-role-arn
  Rule: RoleArn is required, qcs::cam::uin/<uin>:roleName/<name> or qcs::cam::uin/<uin>:role/<roleId> (Tencent AssumeRole reference, Tencent CAM resource names)

    Scenario: a RoleArn naming the role by its id is accepted
      When the caller calls AssumeRole with:
        | RoleArn         | ${role-arn-by-id:mock-role} |
        | RoleSessionName | s1                          |
      Then the request succeeds
      And the temporary credentials have the documented shapes

    Scenario: without RoleArn the request is refused
      When the caller calls AssumeRole with:
        | RoleSessionName | s1 |
      Then the request fails with code "MissingParameter"

    Scenario Outline: a RoleArn of another form is a parameter error: <arn>
      When the caller calls AssumeRole with:
        | RoleArn         | <arn> |
        | RoleSessionName | s1    |
      Then the request fails with code "InvalidParameter.ParamError"

      Examples:
        | arn                                              |
        | ${role:mock-role}                                        |
        | acs:ram::${account:main}:role/${role:mock-role}          |
        | qcs::cam::uin/${account:main}:uin/${uin:alice}   |
        | qcs::cam::uin/${account:main}:roleName/          |
        | qcs::cam::uin/not-digits:roleName/${role:mock-role}      |
        | qcs::cam::${account:main}:roleName/${role:mock-role}     |

    Scenario Outline: a role the account does not have is not found (<form>)
      When the caller calls AssumeRole with:
        | RoleArn         | <arn> |
        | RoleSessionName | s1    |
      Then the request fails with code "ResourceNotFound.RoleNotFound"

      Examples:
        | form      | arn                                                    |
        | by name   | qcs::cam::uin/${account:main}:roleName/no-such-role    |
        | by id     | qcs::cam::uin/${account:main}:role/4611686018427000000 |

    Scenario: a role of an account that does not exist is refused
      When the caller calls AssumeRole with:
        | RoleArn         | qcs::cam::uin/999999999999:roleName/${role:mock-role} |
        | RoleSessionName | s1                                            |
      Then the request fails with code "InvalidParameter.AccountNotAvaliable"

  @doc-tencent-4.1-session-name
  Rule: RoleSessionName is required, 2 to 128 characters of [\w+=,.@_-] (Tencent AssumeRole reference)

    Scenario: without RoleSessionName the request is refused
      When the caller calls AssumeRole with:
        | RoleArn | ${role-arn:mock-role} |
      Then the request fails with code "MissingParameter"

    Scenario Outline: a session name of <what> is accepted
      When the caller assumes role "mock-role" as session "<name>"
      Then the request succeeds

      Examples:
        | what                              | name               |
        | 2 characters (the minimum)        | ab                 |
        | 128 characters (the maximum)      | ${s*128}           |
        | every allowed special character   | a+b=c,d.e@f_g-h    |

    Scenario Outline: a session name of <what> is a parameter error
      When the caller assumes role "mock-role" as session "<name>"
      Then the request fails with code "InvalidParameter.ParamError"

      Examples:
        | what              | name        |
        | 1 character       | a           |
        | 129 characters    | ${s*129}    |
        | a space           | alice bob   |
        | a slash           | alice/bob   |
        | a colon           | alice:bob   |
        | non-ASCII letters | 名前          |

  @doc-tencent-4.1-duration
  Rule: DurationSeconds defaults to 7200 and may not exceed 43200 nor the role's maximum session duration (Tencent AssumeRole reference, Tencent session duration)

    Scenario: the default lifetime is two hours
      When the caller assumes role "mock-role" as session "s1"
      Then the request succeeds
      And the credentials expire 7200 seconds after the request

    Scenario Outline: a lifetime of <seconds> seconds on <role> is granted
      When the caller assumes role "<role>" as session "s1" for <seconds> seconds
      Then the request succeeds
      And the credentials expire <seconds> seconds after the request

      Examples:
        | role            | seconds |
        | mock-role       | 900     |
        | mock-role       | 43200   |
        | mock-short-role | 3600    |

      @doc-gap-tencent-gaps-2
      Examples: the smallest lifetime (the documented minimum is UNCONFIRMED)
        | role      | seconds |
        | mock-role | 1       |

    Scenario: a lifetime above the documented maximum of 43200 exceeds the threshold
      When the caller assumes role "mock-role" as session "s1" for 43201 seconds
      Then the request fails with code "InvalidParameter.OverTimeError"

    @doc-gap-tencent-gaps-2
    Scenario: a lifetime above the role's maximum session duration exceeds the threshold
      When the caller assumes role "mock-short-role" as session "s1" for 3601 seconds
      Then the request fails with code "InvalidParameter.OverTimeError"

    @doc-gap-tencent-gaps-2
    Scenario Outline: a lifetime of <seconds> seconds is a parameter error
      When the caller assumes role "mock-role" as session "s1" for <seconds> seconds
      Then the request fails with code "InvalidParameter.ParamError"

      Examples:
        | seconds |
        | 0       |
        | -1      |

  @doc-tencent-4.1-policy
  Rule: Policy is a URL-encoded CAM policy of at most 6,144 characters, without principal, granting only * or six-segment resources of the caller's account (Tencent AssumeRole reference, Tencent parameter encoding, Tencent CAM resource names, Tencent policy length limits)

    Scenario Outline: the documented policy <which> is accepted
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | <policy> |
      Then the request succeeds

      Examples:
        | which                               | policy                                                                                                            |
        | of the AssumeRole example           | {"version":"2.0","statement":[{"effect":"allow","action":["cam:GetUser"],"resource":["*"]}]}                     |
        | naming a resource of the account    | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["qcs::cos:ap-guangzhou:uin/${account:main}:prefix//bucket/*"]}]} |

    Scenario: the policy travels double-encoded in a GET and is decoded once
      Given the request is sent with HTTP method "GET"
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["*"]}]} |
      Then the request succeeds

    Scenario: a policy of exactly 6,144 characters is accepted
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | ${policy:6144} |
      Then the request succeeds

    @doc-gap-tencent-gaps-2
    Scenario: a policy of 6,145 characters is too long
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | ${policy:6145} |
      Then the request fails with code "InvalidParameter.PolicyTooLong"

    @doc-gap-tencent-gaps-3
    Scenario Outline: a policy <what> is a policy syntax error
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | <policy> |
      Then the request fails with code "InvalidParameter.StrategyFormatError"

      Examples:
        | what                       | policy                                                                                                 |
        | that is not JSON           | allow everything                                                                                       |
        | that is a JSON list        | [{"effect":"allow","action":["name/cos:GetObject"],"resource":["*"]}]                                  |
        | of another version         | {"version":"1.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["*"]}]}    |
        | without a statement        | {"version":"2.0"}                                                                                      |
        | without an effect          | {"version":"2.0","statement":[{"action":["name/cos:GetObject"],"resource":["*"]}]}                     |
        | with an unknown effect     | {"version":"2.0","statement":[{"effect":"maybe","action":["name/cos:GetObject"],"resource":["*"]}]}    |
        | without an action          | {"version":"2.0","statement":[{"effect":"allow","resource":["*"]}]}                                    |
        | without a resource         | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"]}]}                     |

    Scenario: a policy with a principal element is invalid
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["*"],"principal":{"qcs":["qcs::cam::uin/${account:main}:root"]}}]} |
      Then the request fails with code "InvalidParameter.StrategyInvalid"

    @doc-gap-tencent-gaps-3
    Scenario Outline: a resource that is <what> is a six-segment description error
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["<resource>"]}]} |
      Then the request fails with code "InvalidParameter.ResouceError"

      Examples:
        | what                        | resource                     |
        | not a qcs description       | my-bucket/*                  |
        | of four segments            | qcs::cos:ap-guangzhou        |
        | an AWS ARN                  | arn:aws:s3:::my-bucket/*     |

    @doc-gap-tencent-gaps-3
    Scenario: a resource of another account grants what the caller does not own
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["qcs::cos:ap-guangzhou:uin/${account:other}:prefix//bucket/*"]}]} |
      Then the request fails with code "InvalidParameter.GrantOtherResource"

  @doc-tencent-4.1-external-id
  Rule: ExternalId is 2 to 128 characters of [\w+=,.@:/-] and must be the one the role's trust policy requires (Tencent AssumeRole reference, Tencent role trust policies)

    Scenario: the role's external id lets the caller in
      When the caller assumes role "mock-external-role" as session "s1" with:
        | ExternalId | mock-external-id |
      Then the request succeeds

    @doc-gap-tencent-gaps-3
    Scenario Outline: <what> keeps the caller out
      When the caller assumes role "mock-external-role" as session "s1" with:
        | ExternalId | <external id> |
      Then the request fails with code "UnauthorizedOperation"

      Examples:
        | what                                       | external id  |
        | another external id                        | other-id     |
        | a well-formed id of 128 characters         | ${x*128}     |

    @doc-gap-tencent-gaps-3
    Scenario: no external id keeps the caller out of a role that requires one
      When the caller assumes role "mock-external-role" as session "s1"
      Then the request fails with code "UnauthorizedOperation"

    Scenario Outline: an external id of <what> is a parameter error
      When the caller assumes role "mock-external-role" as session "s1" with:
        | ExternalId | <external id> |
      Then the request fails with code "InvalidParameter.ParamError"

      Examples:
        | what            | external id |
        | 1 character     | x           |
        | 129 characters  | ${x*129}    |
        | a space         | mock id     |
        | a semicolon     | mock;id     |

  @doc-tencent-4.1-tags
  Rule: Tags are at most 50 session tags with distinct keys, Key up to 128 and Value up to 256 characters (Tencent AssumeRole reference)

    Scenario Outline: <what> are accepted
      When the caller assumes role "mock-role" as session "s1" with:
        | Tags | <tags> |
      Then the request succeeds

      Examples:
        | what                                  | tags                                           |
        | the documented example tag            | [{"Key":"department","Value":"engineering"}]   |
        | 50 tags                               | ${tags:50}                                     |
        | a 128-character key, 256-character value | [{"Key":"${k*128}","Value":"${v*256}"}]     |

    Scenario: session tags may travel flattened in a GET
      Given the request is sent with HTTP method "GET"
      When the caller assumes role "mock-role" as session "s1" with:
        | Tags | [{"Key":"department","Value":"engineering"},{"Key":"team","Value":"sts"}] |
      Then the request succeeds

    Scenario Outline: <what> are a parameter error
      When the caller assumes role "mock-role" as session "s1" with:
        | Tags | <tags> |
      Then the request fails with code "InvalidParameter.ParamError"

      Examples:
        | what                        | tags                                                              |
        | 51 tags                     | ${tags:51}                                                        |
        | two tags with the same key  | [{"Key":"team","Value":"a"},{"Key":"team","Value":"b"}]           |
        | a 129-character key         | [{"Key":"${k*129}","Value":"v"}]                                  |
        | a 257-character value       | [{"Key":"k","Value":"${v*257}"}]                                  |

  @doc-tencent-4.1-source-identity
  Rule: SourceIdentity is the initiator's UIN; no STS response carries it (Tencent AssumeRole reference, Tencent STS actions and rate limits)

    Scenario: the caller's UIN as source identity is accepted and not echoed
      When the caller assumes role "mock-role" as session "s1" with:
        | SourceIdentity | ${uin:alice} |
      Then the request succeeds
      And the response has no field "SourceIdentity"

    @doc-gap-tencent-gaps-2
    Scenario Outline: a source identity of <what> is a parameter error
      When the caller assumes role "mock-role" as session "s1" with:
        | SourceIdentity | <source identity> |
      Then the request fails with code "InvalidParameter.ParamError"

      Examples:
        | what            | source identity |
        | 129 characters  | ${1*129}        |

      Examples: text that is not a UIN
        | what             | source identity |
        | a name and space | alice smith     |

  @doc-tencent-4.1-mfa
  Rule: SerialNumber qcs::cam:uin/<ownerUin>::mfa/softToken and TokenCode, when given, must name the caller's device and its current code (Tencent AssumeRole reference, Tencent GetSessionToken API model)

    Scenario: the current code of the caller's virtual MFA device is accepted
      When the caller assumes role "mock-role" as session "s1" with:
        | SerialNumber | qcs::cam:uin/${account:main}::mfa/softToken |
        | TokenCode    | ${mfa-code:alice}                           |
      Then the request succeeds

    Scenario: an MFA type other than softToken is not supported
      When the caller assumes role "mock-role" as session "s1" with:
        | SerialNumber | qcs::cam:uin/${account:main}::mfa/hardToken |
        | TokenCode    | ${mfa-code:alice}                           |
      Then the request fails with code "FailedOperation.MFATypeNotSupported"

    Scenario Outline: <what> fails the MFA check
      When the caller assumes role "mock-role" as session "s1" with:
        | SerialNumber | <serial> |
        | TokenCode    | <code>   |
      Then the request fails with code "FailedOperation.CheckMFAError"

      Examples:
        | what                                  | serial                                        | code                    |
        | a code the device does not show       | qcs::cam:uin/${account:main}::mfa/softToken   | ${wrong-mfa-code:alice} |
        | the device of another account         | qcs::cam:uin/${account:other}::mfa/softToken  | ${mfa-code:alice}       |

    Scenario: a caller without an MFA device fails the MFA check
      Given the caller is the root identity of account "main"
      When the caller assumes role "mock-role" as session "s1" with:
        | SerialNumber | qcs::cam:uin/${account:main}::mfa/softToken |
        | TokenCode    | 123456                                      |
      Then the request fails with code "FailedOperation.CheckMFAError"

    Scenario: a serial number of another form is a parameter error
      When the caller assumes role "mock-role" as session "s1" with:
        | SerialNumber | my-phone          |
        | TokenCode    | ${mfa-code:alice} |
      Then the request fails with code "InvalidParameter.ParamError"

  @doc-tencent-1.2-callers
  Rule: The caller needs an sts grant and must be named by the role's trust policy; root keys and role sessions may assume roles, federated users may not (Tencent STS: who may call, Tencent permissions to call STS)

    Scenario: the root account may assume a role that trusts its account
      Given the caller is the root identity of account "main"
      When the caller assumes role "mock-role" as session "root-session"
      Then the request succeeds

    Scenario: a sub-user the trust policy names by UIN may assume the role
      When the caller assumes role "mock-alice-role" as session "s1"
      Then the request succeeds

    @doc-gap-tencent-gaps-3
    Scenario: an identity of the account that the trust policy does not name is refused
      Given the caller is the root identity of account "main"
      When the caller assumes role "mock-alice-role" as session "s1"
      Then the request fails with code "UnauthorizedOperation"

    Scenario: a sub-user without an sts grant is refused
      Given the caller is the CAM user "bob" of account "main"
      When the caller assumes role "mock-role" as session "s1"
      Then the request fails with code "UnauthorizedOperation"

    Scenario: a role that trusts only another account refuses the caller
      When the caller assumes role "mock-foreign-role" as session "s1"
      Then the request fails with code "UnauthorizedOperation"

    Scenario: a sub-user of the trusted account assumes a role of another account
      Given the caller is the CAM user "mallory" of account "other"
      When the caller assumes role "mock-foreign-role" of account "main" as session "cross"
      Then the request succeeds
      And the temporary credentials have the documented shapes

    Scenario: a role session may assume a role that trusts its account (temporary keys, Tencent STS: who may call)
      Given the caller has assumed role "mock-role" as session "first"
      When the caller assumes role "mock-short-role" as session "second" for 3600 seconds
      Then the request succeeds

    Scenario: federated-user credentials may not assume roles
      Given the caller holds federated-user credentials named "fed"
      When the caller assumes role "mock-role" as session "s1"
      Then the request fails with code "UnauthorizedOperation"

  @doc-tencent-1.1-rate-limit
  Rule: An account may call AssumeRole 600 times a second (Tencent STS actions and rate limits)

    @mock-only @load
    Scenario: a call beyond the account's rate is refused
      Given the target allows 2 AssumeRole calls a second per account
      When the caller calls AssumeRole 5 times in a row, stopping once throttled, with:
        | RoleArn         | ${role-arn:mock-role} |
        | RoleSessionName | burst                 |
      Then the request fails with code "RequestLimitExceeded"
