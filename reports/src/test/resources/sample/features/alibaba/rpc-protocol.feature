@alibaba @protocol
Feature: Alibaba Cloud RPC protocol
  Common parameters, signatures and gateway errors (alibaba-sts.md §2, §5.2).

  Scenario: a request without Action is refused
    When the caller sends a signed request without the parameter "Action"
    Then the request fails with HTTP 400 and code "MissingParameter"

  Scenario: temporary credentials without their SecurityToken are refused
    Given the caller uses temporary credentials without their SecurityToken
    When the caller calls GetCallerIdentity
    Then the request fails with HTTP 400 and code "MissingSecurityToken"

  Scenario: a Format of "<xml>" & 'friends' is refused
    When the caller calls GetCallerIdentity with the parameter "Format" set to "<xml>"
    Then the request fails with HTTP 400 and code "InvalidParameter.Format"

  Scenario: a V3 signature over an empty body verifies
    Given the caller signs with ACS3-HMAC-SHA256
    When the caller calls GetCallerIdentity
    Then the request succeeds

  Scenario: the caller identity names the RAM user
    When the caller calls GetCallerIdentity
    Then the request succeeds
    And the response field "Arn" names the RAM user "alice"
