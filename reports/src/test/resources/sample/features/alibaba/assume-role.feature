@alibaba @action-AssumeRole
Feature: Alibaba Cloud STS AssumeRole
  A RAM user exchanges its AccessKey for temporary credentials of a role whose trust policy names it.
  Spec: Alibaba AssumeRole reference (parameters, response, errors), https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md; RAM roles and trust policies, https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/RAM%20Role%20Management/Edit%20the%20trust%20policy%20of%20a%20RAM%20role.md.

  Background:
    Given the caller is the RAM user "alice" of account "main"

  @doc-alibaba-4.1-response
  Rule: A trusted RAM user receives temporary credentials of the role (AssumeRole reference, response)

    Scenario: the JSON response carries every documented field
      When the caller assumes role "mock-role" as session "alice-session"
      Then the request succeeds
      And the temporary credentials have the documented shapes

  @doc-alibaba-4.1-role-arn
  Rule: RoleArn is required and has the form acs:ram::<account_id>:role/<role_name> (AssumeRole reference, RAM roles)

    Scenario: without RoleArn the request is refused
      When the caller calls AssumeRole with:
        | RoleSessionName | s1 |
      Then the request fails with HTTP 400 and code "MissingRoleArn"

    Scenario Outline: a RoleArn of another form is wrongly formed: <arn>
      When the caller calls AssumeRole with:
        | RoleArn         | <arn> |
        | RoleSessionName | s1    |
      Then the request fails with HTTP 400 and code "InvalidParameter.RoleArn"

      Examples: other forms
        | arn                                      |
        | mock-role                                |
        | acs:ram::${account:main}:user/alice      |
        | arn:aws:iam::123456789012:role/mock-role |

      @wip
      Examples: characters the documentation does not settle
        | arn                            |
        | acs:ram::<&>:role/"quoted"     |

    Scenario: a role that does not exist is reported as such
      When the caller assumes role "no-such-role" as session "s1"
      Then the request fails with HTTP 404 and code "EntityNotExist.Role"

  @doc-alibaba-4.1-duration
  Rule: DurationSeconds is 900 up to the role's maximum session duration (AssumeRole reference)

    @wip
    Scenario: a DurationSeconds below 900 is refused
      When the caller assumes role "mock-role" as session "s1" for 899 seconds
      Then the request fails with HTTP 400 and code "InvalidParameter.DurationSeconds"

  @doc-alibaba-8-trust
  Rule: Only principals the role's trust policy names may assume it (RAM trust policies)

    @mock-only
    Scenario: a user the trust policy does not name is refused
      Given the caller is the RAM user "mallory" of account "main"
      When the caller assumes role "mock-role" as session "s1"
      Then the request fails with HTTP 403 and code "NoPermission"
