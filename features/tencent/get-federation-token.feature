@tencent @action-GetFederationToken
Feature: Tencent Cloud STS GetFederationToken
  A long-term key obtains temporary credentials for a named federated user, limited by a policy.
  Spec: Tencent GetFederationToken reference (parameters, response, errors), Tencent STS: who may call ("此接口仅支持永久密钥调用"), Tencent credential fields
  (credential formats), Tencent policy length limits (policies), Tencent STS error codes (error catalogue).
  Sources:
    Tencent Cloud STS API: GetFederationToken: https://cloud.tencent.com.cn/document/api/1312/48195
    Tencent Cloud STS 2018-08-13 API model (TencentCloud/tencentcloud-cli, api.json): https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json
    Tencent Cloud STS API: AssumeRoleWithSAML: https://cloud.tencent.com.cn/document/product/1312/48196
    Tencent Cloud STS API: AssumeRoleWithWebIdentity: https://cloud.tencent.com/document/product/1312/73070
    Tencent Cloud STS API: data types: https://www.tencentcloud.com/document/product/1150/49457
    Tencent Cloud CAM: usage limits (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E4%BA%A7%E5%93%81%E7%AE%80%E4%BB%8B/%E4%BD%BF%E7%94%A8%E9%99%90%E5%88%B6_intl_en.md
    Tencent Cloud SDK for Go: STS 2018-08-13 error codes (errors.go): https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go
    Tencent Cloud CAM: creating a role, trust policies (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%A7%92%E8%89%B2/%E5%88%9B%E5%BB%BA%E8%A7%92%E8%89%B2_intl_en.md
    Tencent Cloud STS API category (actions and rate limits): https://www.tencentcloud.website/document/product/1150/49443

  Background:
    Given the caller is the CAM user "alice" of account "main"

  @doc-tencent-4.4-response
  Rule: A permanent key receives Credentials, ExpiredTime and Expiration for the federated user (Tencent GetFederationToken reference Response, Tencent credential fields)

    Scenario: the response carries every documented field
      When the caller calls GetFederationToken with:
        | Name   | readOnly                                                                                          |
        | Policy | {"version":"2.0","statement":[{"effect":"allow","action":"sts:AssumeRole","resource":"*"}]}       |
      Then the request succeeds
      And the response is a Response envelope with a RequestId
      And the temporary credentials have the documented shapes
      And ExpiredTime is a JSON number and Expiration names the same instant in UTC
      And the credentials expire 1800 seconds after the request

    Scenario: the documented GET example with a double-encoded COS policy is accepted
      Given the request is sent with HTTP method "GET"
      When the caller calls GetFederationToken with:
        | Name   | SUN                                                                                                                                                     |
        | Policy | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:PutObject"],"resource":["qcs::cos:ap-beijing:uid/123456:prefix//123456/bucketA/*"]}]} |
      Then the request succeeds
      And the temporary credentials have the documented shapes

    Scenario: the credentials are those of the federated user
      Given the caller holds federated-user credentials named "fed"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response field "UserId" is "${uin:alice}:fed"

  @doc-tencent-4.4-name
  Rule: Name is required and consists of letters (Tencent GetFederationToken reference; length limit UNCONFIRMED, 128 in the reference STS)

    Scenario: without Name the request is refused
      When the caller calls GetFederationToken with:
        | Policy | ${policy:200} |
      Then the request fails with code "MissingParameter"

    Scenario Outline: a name of <what> is accepted
      When the caller calls GetFederationToken with:
        | Name   | <name>        |
        | Policy | ${policy:200} |
      Then the request succeeds

      Examples:
        | what                     | name      |
        | one letter               | a         |
        | upper and lower case     | ReadOnly  |

      @doc-gap-tencent-gaps-2
      Examples: the reference STS's maximum length
        | what          | name      |
        | 128 letters   | ${n*128}  |

    Scenario Outline: a name of <what> is a parameter error
      When the caller calls GetFederationToken with:
        | Name   | <name>        |
        | Policy | ${policy:200} |
      Then the request fails with code "InvalidParameter.ParamError"

      Examples:
        | what             | name       |
        | a digit          | user1      |
        | a space          | read only  |
        | a hyphen         | read-only  |
        | non-ASCII letters | 名前         |

      @doc-gap-tencent-gaps-2
      Examples: beyond the reference STS's maximum length
        | what          | name      |
        | 129 letters   | ${n*129}  |

  @doc-tencent-4.4-policy
  Rule: Policy is required: a URL-encoded CAM policy of at most 6,144 characters, without principal, granting only resources of the caller's account (Tencent GetFederationToken reference, Tencent policy length limits)

    Scenario: without Policy the request is refused
      When the caller calls GetFederationToken with:
        | Name | readOnly |
      Then the request fails with code "MissingParameter"

    Scenario: a policy of exactly 6,144 characters is accepted
      When the caller calls GetFederationToken with:
        | Name   | readOnly       |
        | Policy | ${policy:6144} |
      Then the request succeeds

    @doc-gap-tencent-gaps-2
    Scenario: a policy of 6,145 characters is too long
      When the caller calls GetFederationToken with:
        | Name   | readOnly       |
        | Policy | ${policy:6145} |
      Then the request fails with code "InvalidParameter.PolicyTooLong"

    @doc-gap-tencent-gaps-3
    Scenario Outline: a policy <what> is a policy syntax error
      When the caller calls GetFederationToken with:
        | Name   | readOnly |
        | Policy | <policy> |
      Then the request fails with code "InvalidParameter.StrategyFormatError"

      Examples:
        | what                 | policy                                                                                              |
        | that is not JSON     | allow everything                                                                                    |
        | of another version   | {"version":"1.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["*"]}]} |
        | without a statement  | {"version":"2.0"}                                                                                   |

    Scenario: a policy with a principal element is invalid
      When the caller calls GetFederationToken with:
        | Name   | readOnly                                                                                                                                                      |
        | Policy | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["*"],"principal":{"qcs":["qcs::cam::uin/${account:main}:root"]}}]} |
      Then the request fails with code "InvalidParameter.StrategyInvalid"

    @doc-gap-tencent-gaps-3
    Scenario: a resource that is not a six-segment description is refused
      When the caller calls GetFederationToken with:
        | Name   | readOnly                                                                                                     |
        | Policy | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["my-bucket/*"]}]} |
      Then the request fails with code "InvalidParameter.ResouceError"

    @doc-gap-tencent-gaps-3
    Scenario: a resource of another account grants what the caller does not own
      When the caller calls GetFederationToken with:
        | Name   | readOnly                                                                                                                                                  |
        | Policy | {"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["qcs::cos:ap-guangzhou:uin/${account:other}:prefix//bucket/*"]}]} |
      Then the request fails with code "InvalidParameter.GrantOtherResource"

  @doc-tencent-4.4-duration
  Rule: DurationSeconds defaults to 1800; a root account may ask for up to 7200, a sub-user for up to 129600 (Tencent GetFederationToken reference, Tencent session duration)

    Scenario Outline: <who> may ask for <seconds> seconds
      Given <caller>
      When the caller calls GetFederationToken with:
        | Name            | readOnly      |
        | Policy          | ${policy:200} |
        | DurationSeconds | <seconds>     |
      Then the request succeeds
      And the credentials expire <seconds> seconds after the request

      Examples:
        | who                | caller                                                  | seconds |
        | a sub-user         | the caller is the CAM user "alice" of account "main"    | 129600  |
        | a root account     | the caller is the root identity of account "main"       | 7200    |

    Scenario Outline: <who> asking for <seconds> seconds exceeds the threshold
      Given <caller>
      When the caller calls GetFederationToken with:
        | Name            | readOnly      |
        | Policy          | ${policy:200} |
        | DurationSeconds | <seconds>     |
      Then the request fails with code "InvalidParameter.OverTimeError"

      Examples:
        | who                | caller                                                  | seconds |
        | a sub-user         | the caller is the CAM user "alice" of account "main"    | 129601  |
        | a root account     | the caller is the root identity of account "main"       | 7201    |

    @doc-gap-tencent-gaps-2
    Scenario: a lifetime of 0 seconds is a parameter error
      When the caller calls GetFederationToken with:
        | Name            | readOnly      |
        | Policy          | ${policy:200} |
        | DurationSeconds | 0             |
      Then the request fails with code "InvalidParameter.ParamError"

  @doc-tencent-1.2-permanent-keys
  Rule: Only permanent keys with an sts grant may call GetFederationToken (Tencent STS: who may call, Tencent permissions to call STS)

    Scenario: a sub-user without an sts grant is refused
      Given the caller is the CAM user "bob" of account "main"
      When the caller calls GetFederationToken with:
        | Name   | readOnly      |
        | Policy | ${policy:200} |
      Then the request fails with code "UnauthorizedOperation"

    Scenario Outline: <which> temporary credentials are not supported
      Given <credentials>
      When the caller calls GetFederationToken with:
        | Name   | readOnly      |
        | Policy | ${policy:200} |
      Then the request fails with code "UnsupportedOperation"

      Examples:
        | which             | credentials                                                   |
        | a role session's  | the caller has assumed role "mock-role" as session "s1"       |
        | federated         | the caller holds federated-user credentials named "fed"       |

  @doc-tencent-1.1-rate-limit
  Rule: An account may call GetFederationToken 600 times a second (Tencent STS actions and rate limits)

    @mock-only @load
    Scenario: a call beyond the account's rate is refused
      Given the target allows 2 GetFederationToken calls a second per account
      When the caller calls GetFederationToken 5 times in a row, stopping once throttled, with:
        | Name   | burst         |
        | Policy | ${policy:200} |
      Then the request fails with code "RequestLimitExceeded"
