@alibaba @action-GetCallerIdentity
Feature: Alibaba Cloud STS GetCallerIdentity
  Any valid credential (an account's own key, a RAM user's key, STS credentials) learns who it is.
  Spec: Alibaba GetCallerIdentity reference (response fields), Alibaba gateway common errors (gateway errors for STS credentials).
  Sources:
    Alibaba Cloud STS API reference: GetCallerIdentity (AlibabaCloudDocs/ram, zh-CN): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/GetCallerIdentity.md
    Alibaba Cloud OpenAPI metadata, Sts 2015-04-01 (api-docs.json, mirrored by dew-serverless/acs-metadata): https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json
    Alibaba Cloud OpenAPI common (gateway) error codes (document_detail 48054): https://help.aliyun.com/document_detail/48054.html
    Alibaba Cloud STS common errors and troubleshooting (doc-detail 42775): https://www.alibabacloud.com/help/doc-detail/42775.htm

  @doc-alibaba-4.4-ram-user
  Rule: A RAM user is reported as RAMUser with its user id; RoleId is absent (Alibaba GetCallerIdentity reference)

    Scenario: a RAM user learns its identity
      Given the caller is the RAM user "alice" of account "main"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response is JSON
      And the response carries the fields:
        | IdentityType | RAMUser                             |
        | AccountId    | ${account:main}                     |
        | Arn          | acs:ram::${account:main}:user/${user:alice} |
        | RequestId    | shape: request id                   |
        | UserId       | shape: numeric id                   |
        | PrincipalId  | shape: numeric id                   |
      And the response has no field "RoleId"

    Scenario: the same answer in XML under GetCallerIdentityResponse
      Given the caller is the RAM user "alice" of account "main"
      And the request asks for "XML" responses
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response is XML with the root element "GetCallerIdentityResponse"
      And the response carries the fields:
        | IdentityType | RAMUser                             |
        | AccountId    | ${account:main}                     |
        | Arn          | acs:ram::${account:main}:user/${user:alice} |

  @doc-alibaba-4.4-account
  Rule: An account's own key is reported as Account; UserId is the account id (Alibaba GetCallerIdentity reference)

    @doc-gap-alibaba-root-arn
    Scenario: the root identity learns its identity
      Given the caller is the root identity of account "main"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response carries the fields:
        | IdentityType | Account                      |
        | AccountId    | ${account:main}              |
        | UserId       | ${account:main}              |
        | Arn          | acs:ram::${account:main}:root |
      And the response has no field "RoleId"

  @doc-alibaba-4.4-assumed-role
  Rule: STS credentials are reported as AssumedRoleUser with RoleId and PrincipalId <roleId>:<session> (Alibaba GetCallerIdentity reference)

    Scenario: a role session learns its identity
      Given the caller is the RAM user "alice" of account "main"
      And the caller has assumed role "mock-role" as session "alice-session"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response carries the fields:
        | IdentityType | AssumedRoleUser                                            |
        | AccountId    | ${account:main}                                            |
        | Arn          | acs:ram::${account:main}:assumed-role/${role-lower:mock-role}/alice-session |
        | RoleId       | shape: numeric id                                          |
      And the response field "PrincipalId" is the id of role "mock-role" and session "alice-session"
      And the response has no field "UserId"

  @doc-alibaba-5.2-security-token
  Rule: STS credentials are refused without their token, with an altered or mismatched token, or once expired (Alibaba gateway common errors)

    Background:
      Given the caller is the RAM user "alice" of account "main"
      And the caller has assumed role "mock-role" as session "s1"

    Scenario: the temporary AccessKeyId without its security token is refused
      Given the caller holds those temporary credentials without the security token
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "MissingSecurityToken"

    Scenario: an altered security token is refused
      Given the caller holds those temporary credentials with one character of the token changed
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "InvalidSecurityToken.Malformed"

    Scenario: the security token of another session is refused
      Given the caller is the RAM user "alice" of account "main"
      And the caller holds temporary credentials whose security token belongs to another session
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "InvalidSecurityToken.MismatchWithAccessKey"

    @mock-only
    Scenario: expired STS credentials are refused
      When the target's clock moves forward 3601 seconds
      And the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "InvalidSecurityToken.Expired"

    @mock-only
    Scenario: STS credentials still work one second before they expire
      When the target's clock moves to 1 second before the credentials expire
      And the caller calls GetCallerIdentity
      Then the request succeeds
