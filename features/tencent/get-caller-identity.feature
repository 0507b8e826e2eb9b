@tencent @action-GetCallerIdentity
Feature: Tencent Cloud STS GetCallerIdentity
  Any valid key (a root account's, a sub-user's, or the temporary credentials of AssumeRole,
  GetFederationToken and GetSessionToken) learns who it is.
  Spec: Tencent GetCallerIdentity API model (response fields and examples), Tencent STS: who may call, Tencent CAM resource names (ARNs),
  open question on GetCallerIdentity Type and ARN forms (Type, Arn and UserId forms not documented for every kind of caller).
  Sources:
    Tencent Cloud STS 2018-08-13 API model (TencentCloud/tencentcloud-cli, api.json): https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json
    Tencent Cloud STS API: AssumeRoleWithSAML: https://cloud.tencent.com.cn/document/product/1312/48196
    Tencent Cloud STS API: AssumeRoleWithWebIdentity: https://cloud.tencent.com/document/product/1312/73070
    Tencent Cloud CAM: resource description (ARN) syntax (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E7%AD%96%E7%95%A5/%E8%AF%AD%E6%B3%95%E9%80%BB%E8%BE%91/%E8%B5%84%E6%BA%90%E6%8F%8F%E8%BF%B0%E6%96%B9%E5%BC%8F_intl_en.md
    Tencent Cloud API 3.0 common error codes: https://tencentcloud.com/document/product/1140/51177
    Tencent Cloud STS API category (actions and rate limits): https://www.tencentcloud.website/document/product/1150/49443

  @doc-tencent-4.6-sub-user @doc-gap-tencent-gaps-10
  Rule: A sub-user is a CAMUser whose UserId and PrincipalId are its own UIN (Tencent GetCallerIdentity API model; the example Arn qcs::cam:<owner>:uin/<sub> is read as the standard qcs::cam::uin/<owner>:uin/<sub>)

    Scenario: a sub-user learns its identity
      Given the caller is the CAM user "alice" of account "main"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response is a Response envelope with a RequestId
      And the response carries the fields:
        | Type        | CAMUser                                         |
        | AccountId   | ${account:main}                                 |
        | UserId      | ${uin:alice}                                    |
        | PrincipalId | ${uin:alice}                                    |
        | Arn         | qcs::cam::uin/${account:main}:uin/${uin:alice}  |

    Scenario Outline: every field is a JSON string: <field>
      Given the caller is the CAM user "alice" of account "main"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response field "<field>" is a JSON string

      Examples:
        | field       |
        | Arn         |
        | AccountId   |
        | UserId      |
        | PrincipalId |
        | Type        |
        | RequestId   |

  @doc-tencent-4.6-root @doc-gap-tencent-gaps-10
  Rule: A root account is a CAMUser whose UserId, PrincipalId and AccountId are the owner UIN (Tencent GetCallerIdentity API model: "调用者是云账号时，返回的是当前账号Uin")

    Scenario: the root account learns its identity
      Given the caller is the root identity of account "main"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response carries the fields:
        | Type        | CAMUser                                            |
        | AccountId   | ${account:main}                                    |
        | UserId      | ${account:main}                                    |
        | PrincipalId | ${account:main}                                    |
        | Arn         | qcs::cam::uin/${account:main}:uin/${account:main}  |

  @doc-tencent-4.6-assumed-role
  Rule: A role session is a CAMRole: UserId <roleId>:<sessionName>, PrincipalId the UIN whose key assumed the role, Arn qcs::sts:<owner>:assumed-role/<roleId> (Tencent GetCallerIdentity API model)

    Scenario: a sub-user's role session learns its identity
      Given the caller is the CAM user "alice" of account "main"
      And the caller has assumed role "mock-role" as session "alice-session"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response carries the fields:
        | Type        | CAMRole         |
        | AccountId   | ${account:main} |
        | PrincipalId | ${uin:alice}    |
      And the response field "UserId" is the id of role "mock-role" and session "alice-session"
      And the response field "Arn" is the ARN of a session of role "mock-role"

    Scenario: the root account's role session names the owner as principal
      Given the caller is the root identity of account "main"
      And the caller has assumed role "mock-role" as session "root-session"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response carries the fields:
        | Type        | CAMRole         |
        | AccountId   | ${account:main} |
        | PrincipalId | ${account:main} |
      And the response field "UserId" is the id of role "mock-role" and session "root-session"

    Scenario: a role session of another account's user names that user as principal
      Given the caller is the CAM user "mallory" of account "other"
      And the caller assumes role "mock-foreign-role" of account "main" as session "cross"
      And the caller holds the temporary credentials just issued
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response carries the fields:
        | Type        | CAMRole               |
        | AccountId   | ${account:main}       |
        | PrincipalId | ${uin:other/mallory}  |
      And the response field "UserId" is the id of role "mock-foreign-role" and session "cross"

  @doc-tencent-4.6-federated-user
  Rule: A federated user is a CAMUser: UserId <uin>:<name>, PrincipalId <uin>, Arn qcs::sts:<owner>:federated-user/<uin> (Tencent GetCallerIdentity API model)

    Scenario: a federated user learns its identity
      Given the caller is the CAM user "alice" of account "main"
      And the caller holds federated-user credentials named "fed"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response carries the fields:
        | Type        | CAMUser                                              |
        | AccountId   | ${account:main}                                      |
        | UserId      | ${uin:alice}:fed                                     |
        | PrincipalId | ${uin:alice}                                         |
        | Arn         | qcs::sts:${account:main}:federated-user/${uin:alice} |

  @doc-tencent-4.5-session @doc-gap-tencent-gaps-10
  Rule: GetSessionToken credentials answer like the user who obtained them (Tencent GetSessionToken API model, open question on GetCallerIdentity Type and ARN forms)

    Scenario: MFA session credentials learn the user's identity
      Given the caller holds MFA session credentials of user "alice" of account "main"
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response carries the fields:
        | Type        | CAMUser                                         |
        | AccountId   | ${account:main}                                 |
        | UserId      | ${uin:alice}                                    |
        | PrincipalId | ${uin:alice}                                    |
        | Arn         | qcs::cam::uin/${account:main}:uin/${uin:alice}  |

  @doc-tencent-4.6-parameters
  Rule: GetCallerIdentity takes no parameters of its own (Tencent GetCallerIdentity API model, Tencent API 3.0 common error codes)

    Scenario: a parameter the action does not define is unknown
      Given the caller is the CAM user "alice" of account "main"
      When the caller calls GetCallerIdentity with:
        | RoleSessionName | s1 |
      Then the request fails with code "UnknownParameter"

  @doc-tencent-1.1-rate-limit
  Rule: An account may call GetCallerIdentity 20 times a second (Tencent STS actions and rate limits)

    @mock-only @load
    Scenario: a call beyond the account's rate is refused
      Given the caller is the CAM user "alice" of account "main"
      And the target allows 2 GetCallerIdentity calls a second per account
      When the caller calls GetCallerIdentity 5 times in a row, stopping once throttled
      Then the request fails with code "RequestLimitExceeded"

    @load
    Scenario: a burst of calls beyond the documented rate still succeeds for a client that retries as the SDKs do
      Given the caller is the CAM user "alice" of account "main"
      When the caller calls GetCallerIdentity 25 times in a row, stopping once throttled
      Then the request succeeds
