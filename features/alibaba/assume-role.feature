@alibaba @action-AssumeRole
Feature: Alibaba Cloud STS AssumeRole
  A RAM user or a RAM role session exchanges its AccessKey for temporary credentials of a role
  whose trust policy names it.
  Spec: Alibaba AssumeRole reference (parameters, response, errors), Alibaba STS: who may call, Alibaba credential fields (credential
  formats), Alibaba RAM roles and trust policies (RAM model), Alibaba STS error codes (error catalogue).
  Sources:
    Alibaba Cloud STS API reference: AssumeRole (AlibabaCloudDocs/ram, zh-CN): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md
    Alibaba Cloud OpenAPI metadata, Sts 2015-04-01 (api-docs.json, mirrored by dew-serverless/acs-metadata): https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json
    Alibaba Cloud STS API reference: error codes (AlibabaCloudDocs/ram, 错误代码表): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E9%99%84%E5%BD%95/%E9%94%99%E8%AF%AF%E4%BB%A3%E7%A0%81%E8%A1%A8.md
    Alibaba Cloud STS common errors and troubleshooting (doc-detail 42775): https://www.alibabacloud.com/help/doc-detail/42775.htm
    Alibaba Cloud RAM: edit the trust policy of a RAM role (AlibabaCloudDocs/ram, en-US): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/RAM%20Role%20Management/Edit%20the%20trust%20policy%20of%20a%20RAM%20role.md
    Alibaba Cloud RAM: FAQ about RAM roles and STS tokens (AlibabaCloudDocs/ram, en-US): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/FAQ/FAQ%20about%20RAM%20roles%20and%20STS%20tokens.md
    Alibaba Cloud RAM: use ExternalId to prevent the confused deputy problem: https://www.alibabacloud.com/help/en/ram/use-cases/use-externalid-to-prevent-the-confused-deputy-problem
    Alibaba Cloud STS API reference: error messages (AlibabaCloudDocs/ram, en-US): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference%20(STS)/Appendix/Error%20messages.md

  Background:
    Given the caller is the RAM user "alice" of account "main"

  @doc-alibaba-4.1-response
  Rule: A trusted RAM user receives temporary credentials of the role (Alibaba AssumeRole reference Response)

    Scenario: the JSON response carries every documented field
      When the caller assumes role "mock-role" as session "alice-session"
      Then the request succeeds
      And the response is JSON
      And the response field "RequestId" has the shape of a request id
      And the assumed role user is session "alice-session" of role "mock-role"
      And the temporary credentials have the documented shapes
      And the credentials expire 3600 seconds after the request
      And the response has no field "SourceIdentity"

    Scenario: the XML response carries the same fields under AssumeRoleResponse
      Given the request asks for "XML" responses
      When the caller assumes role "mock-role" as session "alice-session"
      Then the request succeeds
      And the response is XML with the root element "AssumeRoleResponse"
      And the response field "RequestId" has the shape of a request id
      And the assumed role user is session "alice-session" of role "mock-role"
      And the temporary credentials have the documented shapes

    Scenario Outline: the parameters may travel by <method> in the <place>
      Given the request is sent with HTTP method "<method>"
      And <how>
      When the caller assumes role "mock-role" as session "s1"
      Then the request succeeds
      And the assumed role user is session "s1" of role "mock-role"

      Examples:
        | method | place      | how                                               |
        | GET    | query      | the request asks for "JSON" responses             |
        | POST   | query      | the request asks for "JSON" responses             |
        | POST   | form body  | the business parameters travel in a form body     |

  @doc-alibaba-4.1-role-arn
  Rule: RoleArn is required and has the form acs:ram::<account_id>:role/<role_name> (Alibaba AssumeRole reference, Alibaba RAM roles and trust policies)

    Scenario: without RoleArn the request is refused
      When the caller calls AssumeRole with:
        | RoleSessionName | s1 |
      Then the request fails with HTTP 400 and code "MissingRoleArn"

    Scenario Outline: a RoleArn of another form is wrongly formed: <arn>
      When the caller calls AssumeRole with:
        | RoleArn         | <arn> |
        | RoleSessionName | s1    |
      Then the request fails with HTTP 400 and code "InvalidParameter.RoleArn"

      Examples:
        | arn                                             |
        | ${role:mock-role}                                       |
        | acs:ram::${account:main}:user/${user:alice}             |
        | acs:ram::${account:main}:role/                  |
        | acs:ram::not-digits:role/${role:mock-role}              |
        | arn:aws:iam::123456789012:role/${role:mock-role}        |
        | acs:ram::${account:main}:role/mock role         |

    Scenario: a role that does not exist is reported as such
      When the caller assumes role "no-such-role" as session "s1"
      Then the request fails with HTTP 404 and code "EntityNotExist.Role"

    Scenario: a role in an account that does not exist is reported as such
      When the caller calls AssumeRole with:
        | RoleArn         | acs:ram::1000000000000009:role/${role:mock-role} |
        | RoleSessionName | s1                                       |
      Then the request fails with HTTP 404 and code "EntityNotExist.Role"

  @doc-alibaba-4.1-session-name
  Rule: RoleSessionName is required, 2 to 64 letters, digits and . @ - _ (Alibaba AssumeRole reference)

    Scenario: without RoleSessionName the request is refused
      When the caller calls AssumeRole with:
        | RoleArn | ${role-arn:mock-role} |
      Then the request fails with HTTP 400 and code "MissingRoleSessionName"

    Scenario Outline: a session name of <what> is accepted
      When the caller assumes role "mock-role" as session "<name>"
      Then the request succeeds
      And the assumed role user is session "<name>" of role "mock-role"

      Examples: at the boundaries and with every allowed special character
        | what                                  | name       |
        | 2 characters (the minimum)            | ab         |
        | 64 characters (the maximum)           | ${s*64}    |
        | every allowed special character       | a.b@c-d_e  |

      @doc-gap-alibaba-rolesessionname-32
      Examples: longer than the 2021 limit of 32 characters (current metadata: 64)
        | what          | name    |
        | 33 characters | ${s*33} |

    Scenario Outline: a session name of <what> is wrongly formed
      When the caller assumes role "mock-role" as session "<name>"
      Then the request fails with HTTP 400 and code "InvalidParameter.RoleSessionName"

      Examples:
        | what                        | name       |
        | 1 character                 | a          |
        | 65 characters               | ${s*65}    |
        | a space                     | alice bob  |
        | a slash                     | alice/bob  |
        | a plus sign                 | alice+bob  |
        | non-ASCII letters           | 名前        |

  @doc-alibaba-4.1-duration
  Rule: DurationSeconds is between 900 and the role's MaxSessionDuration, 3600 by default (Alibaba AssumeRole reference, Alibaba RAM roles and trust policies)

    Scenario: the default lifetime is one hour
      When the caller assumes role "mock-role" as session "s1"
      Then the request succeeds
      And the credentials expire 3600 seconds after the request

    Scenario Outline: a lifetime of <seconds> seconds on <role> is granted
      When the caller assumes role "<role>" as session "s1" for <seconds> seconds
      Then the request succeeds
      And the credentials expire <seconds> seconds after the request

      Examples:
        | role           | seconds |
        | mock-role      | 900     |
        | mock-role      | 3600    |
        | mock-long-role | 43200   |

    Scenario Outline: a lifetime of <seconds> on <role> is refused
      When the caller assumes role "<role>" as session "s1" with:
        | DurationSeconds | <seconds> |
      Then the request fails with HTTP 400 and code "InvalidParameter.DurationSeconds"

      Examples: below the minimum
        | role      | seconds |
        | mock-role | 899     |
        | mock-role | 0       |
        | mock-role | -900    |
      Examples: above the role's maximum
        | role           | seconds |
        | mock-role      | 3601    |
        | mock-long-role | 43201   |
      Examples: not an integer
        | role      | seconds |
        | mock-role | 1800.5  |
        | mock-role | an hour |

  @doc-alibaba-4.1-policy
  Rule: Policy is a grammatical RAM policy of 1 to 2,048 characters (Alibaba AssumeRole reference)

    Scenario: the documented example policy is accepted
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | {"Statement": [{"Action": ["*"],"Effect": "Allow","Resource": ["*"]}],"Version":"1"} |
      Then the request succeeds

    Scenario: a policy of exactly 2,048 characters is accepted
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | ${policy:2048} |
      Then the request succeeds

    Scenario Outline: a policy of <length> characters is too large
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | ${policy:<length>} |
      Then the request fails with HTTP 400 and code "InvalidParameter.PolicySize"

      Examples:
        | length |
        | 2049   |
        | 4096   |

    Scenario Outline: a policy that is <what> fails the grammar check
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | <policy> |
      Then the request fails with HTTP 400 and code "InvalidParameter.PolicyGrammar"

      Examples:
        | what                         | policy                                                                                   |
        | not JSON                     | allow everything                                                                         |
        | a JSON array                 | [{"Effect":"Allow","Action":"*","Resource":"*"}]                                         |
        | of another version           | {"Version":"2","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}             |
        | without statements           | {"Version":"1","Statement":[]}                                                           |
        | without an Effect            | {"Version":"1","Statement":[{"Action":"*","Resource":"*"}]}                              |
        | with an unknown Effect       | {"Version":"1","Statement":[{"Effect":"Maybe","Action":"*","Resource":"*"}]}             |
        | without a Resource           | {"Version":"1","Statement":[{"Effect":"Allow","Action":"*"}]}                            |
        | carrying a Principal         | {"Version":"1","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Principal":"*"}]} |
        | followed by trailing text    | {"Version":"1","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]} and more    |

  @doc-alibaba-4.1-external-id
  Rule: ExternalId is 2 to 1,224 characters of [\w+=,.@:/-] and must match the trust policy (Alibaba AssumeRole reference, Alibaba RAM roles and trust policies)

    Scenario: the role's external id lets the caller in
      When the caller assumes role "mock-external-role" as session "s1" with:
        | ExternalId | mock-external-id |
      Then the request succeeds

    Scenario Outline: <what> keeps the caller out
      When the caller assumes role "mock-external-role" as session "s1" with:
        | ExternalId | <external id> |
      Then the request fails with HTTP 403 and code "NoPermission"

      Examples:
        | what                                              | external id   |
        | another external id                               | other-id      |
        | a well-formed external id of 1,224 characters     | ${x*1224}     |

    Scenario: no external id keeps the caller out of a role that requires one
      When the caller assumes role "mock-external-role" as session "s1"
      Then the request fails with HTTP 403 and code "NoPermission"

    Scenario Outline: an external id of <what> is wrongly formed
      When the caller assumes role "mock-external-role" as session "s1" with:
        | ExternalId | <external id> |
      Then the request fails with HTTP 400 and code "InvalidParameter.ExternalId"

      Examples:
        | what             | external id |
        | 1 character      | x           |
        | 1,225 characters | ${x*1225}   |
        | a space          | mock id     |
        | a semicolon      | mock;id     |

  @doc-alibaba-4.1-source-identity
  Rule: SourceIdentity is returned only when set; 2 to 64 characters of [\w+=,.@-], no reserved prefix (Alibaba AssumeRole reference)

    Scenario: a source identity is echoed in the response
      When the caller assumes role "mock-role" as session "s1" with:
        | SourceIdentity | alice@example.com |
      Then the request succeeds
      And the response field "SourceIdentity" is "alice@example.com"

    Scenario: a source identity persists when a role session assumes a role again
      When the caller assumes role "mock-role" as session "first" with:
        | SourceIdentity | alice |
      And the caller holds the temporary credentials just issued
      And the caller assumes role "mock-role" as session "second"
      Then the request succeeds
      And the response field "SourceIdentity" is "alice"

    @doc-gap-alibaba-sourceidentity-code
    Scenario Outline: a source identity of <what> is refused
      When the caller assumes role "mock-role" as session "s1" with:
        | SourceIdentity | <source identity> |
      Then the request fails with HTTP 400 and code "InvalidParameter.SourceIdentity"

      Examples:
        | what                          | source identity   |
        | 1 character                   | a                 |
        | 65 characters                 | ${a*65}           |
        | a space                       | alice smith       |
        | the reserved prefix acs:      | acs:alice         |
        | the reserved prefix aliyun:   | aliyun:alice      |
        | the reserved prefix alibabacloud: | alibabacloud:alice |

  @doc-alibaba-1.2-callers
  Rule: Only RAM users and RAM roles with sts:AssumeRole, named by the role's trust policy, may assume it (Alibaba STS: who may call, Alibaba RAM roles and trust policies)

    Scenario: the root identity of an account may not assume roles
      Given the caller is the root identity of account "main"
      When the caller assumes role "mock-role" as session "s1"
      Then the request fails with HTTP 403 and code "NoPermission"

    Scenario: a RAM user without sts:AssumeRole permission is refused
      Given the caller is the RAM user "bob" of account "main"
      When the caller assumes role "mock-role" as session "s1"
      Then the request fails with HTTP 403 and code "NoPermission"

    Scenario: a role that does not trust the caller's account refuses it
      When the caller assumes role "mock-foreign-role" as session "s1"
      Then the request fails with HTTP 403 and code "NoPermission"

    Scenario: a RAM user of the trusted account assumes a role of another account
      Given the caller is the RAM user "mallory" of account "other"
      When the caller assumes role "mock-foreign-role" of account "main" as session "cross"
      Then the request succeeds
      And the assumed role user is session "cross" of role "mock-foreign-role" of account "main"

    Scenario: a role session may assume a role that trusts its account
      Given the caller has assumed role "mock-role" as session "first"
      When the caller assumes role "mock-long-role" as session "second"
      Then the request succeeds
      And the assumed role user is session "second" of role "mock-long-role"

  @doc-alibaba-1.2-rate-limit
  Rule: An account and its RAM identities share 6,000 AssumeRole calls a minute (Alibaba STS: who may call)

    @mock-only
    Scenario: a call beyond the account's rate is denied by flow control
      Given the target allows 2 AssumeRole calls a minute per account
      When the caller assumes role "mock-role" as session "s1"
      And the caller assumes role "mock-role" as session "s2"
      And the caller assumes role "mock-role" as session "s3"
      Then the request fails with HTTP 400 and code "Throttling.User"

    @mock-only
    Scenario: the account's other identities share the same budget
      Given the target allows 1 AssumeRole calls a minute per account
      And the caller has assumed role "mock-role" as session "first"
      When the caller assumes role "mock-long-role" as session "second"
      Then the request fails with HTTP 400 and code "Throttling.User"

