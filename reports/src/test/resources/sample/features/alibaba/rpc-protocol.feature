@alibaba @protocol
Feature: Alibaba Cloud RPC protocol
  Common parameters, signatures and gateway errors (Alibaba RPC wire protocol, https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md; gateway common errors, https://help.aliyun.com/document_detail/48054.html).

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
