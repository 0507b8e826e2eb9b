@alibaba @action-AssumeRole
Feature: Alibaba Cloud STS AssumeRole
  Results sample: one scenario per result of the report's vocabulary.

  @doc-alibaba-4.1-response
  Rule: A trusted RAM user receives temporary credentials of the role

    Scenario: the JSON response carries every documented field
      When the caller assumes role "mock-role" as session "alice-session"
      Then the request succeeds

    Scenario: the credentials expire after the requested duration
      When the caller assumes role "mock-role" for 900 seconds
      Then the request succeeds

  @doc-alibaba-4.1-role-arn
  Rule: RoleArn is required

    Scenario: without RoleArn the request is refused
      When the caller calls AssumeRole without RoleArn
      Then the request fails with HTTP 400 and code "MissingRoleArn"

    Scenario: a RoleArn of another account is refused
      When the caller assumes a role of another account
      Then the request fails with HTTP 403 and code "NoPermission"

    @wip
    Scenario: a RoleArn with quotes is refused
      When the caller assumes role "a\"b"
      Then the request fails with HTTP 400 and code "InvalidParameter.RoleArn"

  @doc-gap-alibaba-rolesessionname-1
  Rule: RoleSessionName characters the pages disagree on

    Scenario: a session name with an at sign
      When the caller assumes role "mock-role" as session "a@b"
      Then the request succeeds
