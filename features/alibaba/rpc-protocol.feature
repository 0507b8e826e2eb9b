@alibaba @protocol
Feature: Alibaba Cloud RPC protocol: envelopes, common parameters and gateway errors
  Every Alibaba STS action shares the RPC protocol: parameters in the query or a form body, the
  Format, Action and Version common parameters, and one error envelope.
  Spec: Alibaba RPC request structure and Alibaba common parameters (transport, common parameters), Alibaba responses and errors (envelopes), Alibaba gateway common errors (gateway errors).
  Sources:
    Alibaba Cloud STS API reference: request structure (AlibabaCloudDocs/ram, 请求结构): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md
    Alibaba Cloud OpenAPI metadata, Sts 2015-04-01 (api-docs.json, mirrored by dew-serverless/acs-metadata): https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json
    Alibaba Cloud STS API reference: common parameters (AlibabaCloudDocs/ram, 公共参数): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0.md
    Alibaba Cloud STS API reference: responses and error bodies (AlibabaCloudDocs/ram, 返回结果): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md
    Alibaba Cloud OpenAPI common (gateway) error codes (document_detail 48054): https://help.aliyun.com/document_detail/48054.html
    Alibaba Cloud STS common errors and troubleshooting (doc-detail 42775): https://www.alibabacloud.com/help/doc-detail/42775.htm
    Alibaba Cloud Java SDK core 4.7.10 (com.aliyun:aliyun-java-sdk-core, sources on Maven Central): https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-core/4.7.10/
    Alibaba Cloud Java SDK for STS 3.1.2 (com.aliyun:aliyun-java-sdk-sts, Maven Central): https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-sts/3.1.2/
    Alibaba Cloud Tea SDK for STS 1.1.4 (com.aliyun:sts20150401, Maven Central): https://repo1.maven.org/maven2/com/aliyun/sts20150401/1.1.4/
    Alibaba Cloud credentials-java 1.0.3 (com.aliyun:credentials-java, Maven Central): https://repo1.maven.org/maven2/com/aliyun/credentials-java/1.0.3/
    Alibaba Cloud STS API reference: AssumeRole (AlibabaCloudDocs/ram, zh-CN): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md
    Alibaba Cloud STS API reference: error codes (AlibabaCloudDocs/ram, 错误代码表): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E9%99%84%E5%BD%95/%E9%94%99%E8%AF%AF%E4%BB%A3%E7%A0%81%E8%A1%A8.md

  Background:
    Given the caller is the RAM user "alice" of account "main"

  @doc-alibaba-3.2-error-envelope
  Rule: Errors carry RequestId, HostId, Code, Message and Recommend, in the requested format (Alibaba error body)

    Scenario: a JSON error envelope
      When the caller assumes role "no-such-role" as session "s1"
      Then the request fails with HTTP 404 and code "EntityNotExist.Role"
      And the response is JSON
      And the error body carries RequestId, HostId, Code, Message and Recommend

    Scenario: an XML error envelope under Error
      Given the request asks for "XML" responses
      When the caller assumes role "no-such-role" as session "s1"
      Then the request fails with HTTP 404 and code "EntityNotExist.Role"
      And the response is XML with the root element "Error"
      And the error body carries RequestId, HostId, Code, Message and Recommend

  @doc-alibaba-2.3-format
  Rule: Format is JSON or XML, case-insensitive; without it the answer is JSON (Alibaba common parameters, Alibaba Java SDKs)

    Scenario Outline: Format=<format> answers <kind>
      Given the request asks for "<format>" responses
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And <check>

      Examples:
        | format | kind | check                                                          |
        | JSON   | JSON | the response is JSON                                           |
        | json   | JSON | the response is JSON                                           |
        | XML    | XML  | the response is XML with the root element "GetCallerIdentityResponse" |
        | xml    | XML  | the response is XML with the root element "GetCallerIdentityResponse" |

    @doc-gap-alibaba-default-format
    Scenario: without Format the answer is JSON
      Given the request carries no Format parameter
      When the caller calls GetCallerIdentity
      Then the request succeeds
      And the response is JSON

    Scenario: an unknown Format is refused
      Given the request asks for "YAML" responses
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "InvalidParameter.Format"

  @doc-alibaba-2.3-action-version
  Rule: Action and Version 2015-04-01 are required and must name an STS API (Alibaba common parameters, Alibaba gateway common errors)

    Scenario: without Action the request is refused
      Given the parameter "Action" is left out of the request
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "MissingParameter"

    Scenario: without Version the request is refused
      Given the parameter "Version" is left out of the request
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "MissingParameter"

    Scenario: another API version is refused
      Given the request's Version is "2019-01-01"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "InvalidParameter"

    Scenario: an action STS does not have is refused
      When the caller calls GetFederationToken
      Then the request fails with HTTP 404 and code "InvalidAction.NotFound"

  @doc-alibaba-2.2-transport
  Rule: Requests are GET or POST; a body is a form or JSON (Alibaba RPC request structure)

    Scenario: another HTTP method is refused
      Given the request is sent with HTTP method "PUT"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "UnsupportedHTTPMethod"

    Scenario: a body of another content type is refused
      Given the request body is "RoleSessionName=s1" with Content-Type "text/plain"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "InvalidParameter.ContentType"

    Scenario: a request line far above Jetty's 8 KB default is answered by the STS, not the web server
      When the caller assumes role "mock-role" as session "s1" with:
        | Policy | ${policy:150000} |
      Then the request fails with HTTP 400 and code "InvalidParameter.PolicySize"

  # The ContentType header must be "application/json" or "application/x-www-form-urlencoded"
  # (InvalidParameter.ContentType among AssumeRole's documented errors in the STS OpenAPI
  # metadata, https://github.com/dew-serverless/acs-metadata en_us/sts/2015-04-01/api-docs.json).
  # A value with no media type before its parameters names neither.
  @doc-alibaba-2.2-content-type
  Rule: A body's Content-Type names a form or JSON; a value without a media type names neither (Alibaba RPC request structure, Alibaba AssumeRole reference)

    Scenario Outline: a body with Content-Type "<content type>" is refused
      Given the request body is "RoleSessionName=s1" with Content-Type "<content type>"
      When the caller calls GetCallerIdentity
      Then the request fails with HTTP 400 and code "InvalidParameter.ContentType"

      Examples:
        | content type   |
        | ;              |
        | ;;;            |
        | ;charset=utf-8 |

  # The V1 string to sign is built from the request's parameters sorted by name, one entry per name
  # (Signature mechanism, https://github.com/AlibabaCloudDocs/ram intl.en-US/API Reference/Calling
  # methods/Signature mechanism.md); nothing documents a repeated name. The reference STS refuses one before authentication, so
  # that no value the signature did not cover can reach an action.
  @doc-gap-alibaba-duplicate-parameters
  Rule: A parameter name occurs at most once in a request, across the query and the body

    Scenario Outline: a second <name> parameter is refused
      Given the parameter "<name>" is sent a second time with the value "<value>"
      When the caller assumes role "mock-role" as session "s1"
      Then the request fails with HTTP 400 and code "InvalidParameter"

      Examples:
        | name            | value                        |
        | Signature       | AAAAAAAAAAAAAAAAAAAAAAAAAAA= |
        | RoleSessionName | mallory                      |
        | RoleSessionName | s1                           |

    Scenario: a name in the query and again in the form body is refused
      Given the business parameters travel in a form body
      And the parameter "RoleSessionName" is sent a second time with the value "s1"
      When the caller assumes role "mock-role" as session "s1"
      Then the request fails with HTTP 400 and code "InvalidParameter"

    Scenario: the same request without the repetition is accepted
      Given the business parameters travel in a form body
      When the caller assumes role "mock-role" as session "s1"
      Then the request succeeds

  # "GET请求最大不得超过4 KB，POST请求最大不得超过10 MB" (STS API reference, request structure:
  # https://github.com/AlibabaCloudDocs/ram, cn.zh-CN/API参考/API 参考（STS）/请求结构.md). No code
  # is documented for a request beyond the limit; the reference STS answers InvalidParameter, HTTP
  # 400, naming the limit. A POST may carry its parameters in the query (the pop SDK does), so the
  # 4 KB rule is about GET only.
  @doc-gap-alibaba-get-size
  Rule: A GET request is at most 4 KB (Alibaba RPC request structure)

    Scenario: a GET whose query string exceeds 4 KB is refused
      Given the request is sent with HTTP method "GET"
      When the caller calls GetCallerIdentity with:
        | Pad | ${x*5000} |
      Then the request fails with HTTP 400 and code "InvalidParameter"

    Scenario: the same parameters in a POST are not refused for their size
      When the caller calls GetCallerIdentity with:
        | Pad | ${x*5000} |
      Then the request succeeds
