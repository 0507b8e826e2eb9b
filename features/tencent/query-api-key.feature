@tencent @action-QueryApiKey
Feature: Tencent Cloud STS QueryApiKey
  A long-term key lists the API keys of its own UIN, or, for a root account, of any UIN of its
  account: SecretId, creation time and status.
  Spec: Tencent QueryApiKey API model (parameters, response, example), Tencent API 3.0 common error codes (AuthFailure.UnauthorizedOperation),
  Tencent STS error codes (InvalidParameter.ParamError).
  Sources:
    Tencent Cloud STS 2018-08-13 API model (TencentCloud/tencentcloud-cli, api.json): https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json
    Tencent Cloud API 3.0 common error codes: https://tencentcloud.com/document/product/1140/51177
    Tencent Cloud SDK for Go: STS 2018-08-13 error codes (errors.go): https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go

  @doc-tencent-4.7-response
  Rule: IdKeys lists SecretId, CreateTime (UNIX seconds) and Status (2 active, 3 disabled) of the caller's own UIN by default (Tencent QueryApiKey API model)

    Scenario: a sub-user lists its own keys
      Given the caller is the CAM user "alice" of account "main"
      When the caller calls QueryApiKey
      Then the request succeeds
      And the response is a Response envelope with a RequestId
      And the response lists 1 key
      And the response lists the key of user "alice" of account "main" as active

    Scenario: a sub-user names its own UIN
      Given the caller is the CAM user "alice" of account "main"
      When the caller calls QueryApiKey with:
        | TargetUin | ${uin:alice} |
      Then the request succeeds
      And the response lists the key of user "alice" of account "main" as active

    Scenario: the documented GET form is accepted
      Given the caller is the CAM user "alice" of account "main"
      And the request is sent with HTTP method "GET"
      When the caller calls QueryApiKey with:
        | TargetUin | ${uin:alice} |
      Then the request succeeds
      And the response lists the key of user "alice" of account "main" as active

    Scenario: a root account lists its own keys
      Given the caller is the root identity of account "main"
      When the caller calls QueryApiKey
      Then the request succeeds
      And the response lists the root key of account "main" as active

  @doc-tencent-4.7-target-uin
  Rule: A root account may name any UIN of its account (Tencent QueryApiKey API model "待查询的账号uin")

    Scenario Outline: the root account lists the keys of <user>
      Given the caller is the root identity of account "main"
      When the caller calls QueryApiKey with:
        | TargetUin | ${uin:<user>} |
      Then the request succeeds
      And the response lists the key of user "<user>" of account "main" as <status>

      Examples:
        | user  | status   |
        | alice | active   |
        | bob   | active   |
        | carol | disabled |

    Scenario Outline: a UIN <what> is a parameter error
      Given the caller is the root identity of account "main"
      When the caller calls QueryApiKey with:
        | TargetUin | <uin> |
      Then the request fails with code "InvalidParameter.ParamError"

      Examples:
        | what                              | uin                  |
        | of another account                | ${uin:other/mallory} |
        | of another account's owner        | ${account:other}     |
        | that no identity of the account has | 100000000099       |

    Scenario: a UIN that is not a number is a type error
      Given the caller is the root identity of account "main"
      When the caller calls QueryApiKey with:
        | TargetUin | json:"alice" |
      Then the request fails with code "InvalidParameter"

  @doc-tencent-5.2-unauthorized
  Rule: A sub-user may not list another UIN's keys, and temporary credentials may not list keys at all (Tencent API 3.0 common error codes)

    Scenario Outline: a sub-user naming <whom> is not authorized
      Given the caller is the CAM user "alice" of account "main"
      When the caller calls QueryApiKey with:
        | TargetUin | <uin> |
      Then the request fails with code "AuthFailure.UnauthorizedOperation"

      Examples:
        | whom              | uin              |
        | another sub-user  | ${uin:bob}       |
        | the root account  | ${account:main}  |

    Scenario Outline: <which> temporary credentials are not authorized
      Given the caller is the CAM user "alice" of account "main"
      And <credentials>
      When the caller calls QueryApiKey
      Then the request fails with code "AuthFailure.UnauthorizedOperation"

      Examples:
        | which             | credentials                                                         |
        | a role session's  | the caller has assumed role "mock-role" as session "s1"             |
        | federated         | the caller holds federated-user credentials named "fed"             |
