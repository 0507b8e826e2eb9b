@alibaba @mock-only @faults
Feature: Alibaba Cloud errors of the service's own troubles, injected
  Throttling, an unavailable service and internal errors are answered by the real STS only when it
  is overloaded or broken, so no request can provoke them. The mock answers them on demand through
  its fault injection (docs/faults.md), with the status, message and envelope the documentation
  gives, so that a client's handling of them can be tested. A live STS cannot do this: these
  scenarios are mock-only.
  Spec: Alibaba gateway common errors (gateway errors), Alibaba STS error codes (STS errors), Alibaba responses and errors (envelopes).
  Sources:
    Alibaba Cloud OpenAPI common (gateway) error codes (document_detail 48054): https://help.aliyun.com/document_detail/48054.html
    Alibaba Cloud STS API reference: error codes (AlibabaCloudDocs/ram, 错误代码表): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E9%99%84%E5%BD%95/%E9%94%99%E8%AF%AF%E4%BB%A3%E7%A0%81%E8%A1%A8.md
    Alibaba Cloud STS API reference: responses and error bodies (AlibabaCloudDocs/ram, 返回结果): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md

  Background:
    Given the caller is the RAM user "alice" of account "main"

  @doc-alibaba-5.2-injected
  Rule: A gateway error of the service's own is answered with its documented status, message and envelope (Alibaba gateway common errors)

    Scenario Outline: an injected <code> answers HTTP <status>
      Given the target answers the next GetCallerIdentity call with the error "<code>"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP <status> and code "<code>"
      And the error body carries RequestId, HostId, Code, Message and Recommend

      Examples:
        | code               | status |
        | Throttling         | 400    |
        | ServiceUnavailable | 503    |
        | UnknownError       | 500    |

    Scenario: an injected error is answered in XML when the request asks for XML
      Given the target answers the next GetCallerIdentity call with the error "ServiceUnavailable"
      And the request asks for "XML" responses
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 503 and code "ServiceUnavailable"
      And the response is XML with the root element "Error"
      And the error body carries RequestId, HostId, Code, Message and Recommend

    Scenario: a fault of the next call leaves the call after it alone
      Given the target answers the next GetCallerIdentity call with the error "ServiceUnavailable"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 503 and code "ServiceUnavailable"
      When the caller calls GetCallerIdentity
      Then the request succeeds

  @doc-alibaba-5.1-injected
  Rule: An STS internal error is answered with HTTP 500 and its documented message (Alibaba STS error codes)

    Scenario: an injected InternalError on AssumeRole
      Given the target answers the next AssumeRole call with the error "InternalError"
      When the caller assumes role "mock-role" as session "fault-session"
      Then the request fails with HTTP 500 and code "InternalError"
      And the error body carries RequestId, HostId, Code, Message and Recommend

    Scenario: the injected throttling of AssumeRole is the documented per-user flow control
      Given the target answers the next 2 AssumeRole calls with the error "Throttling.User"
      When the caller assumes role "mock-role" as session "fault-session"
      Then the request fails with HTTP 400 and code "Throttling.User"
      When the caller assumes role "mock-role" as session "fault-session"
      Then the request fails with HTTP 400 and code "Throttling.User"
      When the caller assumes role "mock-role" as session "fault-session"
      Then the request succeeds
