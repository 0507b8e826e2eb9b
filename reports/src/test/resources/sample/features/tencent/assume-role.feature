@tencent @action-AssumeRole
Feature: Tencent Cloud STS AssumeRole

  Scenario: without RoleArn the request is refused
    When the caller calls AssumeRole with:
      | RoleSessionName | s1 |
    Then the request fails with HTTP 400 and code "MissingParameter"

  Scenario: a malformed RoleArn is refused
    When the caller assumes role "not-an-arn" as session "s1"
    Then the request fails with HTTP 400 and code "InvalidParameter"
