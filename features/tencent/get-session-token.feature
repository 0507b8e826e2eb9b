@tencent @action-GetSessionToken
Feature: Tencent Cloud STS GetSessionToken
  A long-term key proves possession of its virtual MFA device and receives temporary credentials
  of the same identity (CN site only).
  Spec: Tencent GetSessionToken API model (parameters, response, errors), Tencent STS error codes (FailedOperation.* codes), Tencent credential fields.
  Sources:
    Tencent Cloud STS 2018-08-13 API model (TencentCloud/tencentcloud-cli, api.json): https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json
    Tencent Cloud SDK for Go: STS 2018-08-13 error codes (errors.go): https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go
    Tencent Cloud STS API: data types: https://www.tencentcloud.com/document/product/1150/49457
    Tencent Cloud CAM: resource description (ARN) syntax (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E7%AD%96%E7%95%A5/%E8%AF%AD%E6%B3%95%E9%80%BB%E8%BE%91/%E8%B5%84%E6%BA%90%E6%8F%8F%E8%BF%B0%E6%96%B9%E5%BC%8F_intl_en.md

  Background:
    Given the caller is the CAM user "alice" of account "main"

  @doc-tencent-4.5-response
  Rule: The current code of the caller's softToken device yields Credentials, ExpiredTime and Expiration (Tencent GetSessionToken API model Response, Tencent credential fields)

    Scenario: the response carries every documented field
      When the caller calls GetSessionToken with:
        | SerialNumber | qcs::cam:uin/${account:main}::mfa/softToken |
        | TokenCode    | ${mfa-code:alice}                           |
      Then the request succeeds
      And the response is a Response envelope with a RequestId
      And the temporary credentials have the documented shapes
      And ExpiredTime is a JSON number and Expiration names the same instant in UTC
      And the credentials expire 1800 seconds after the request

    Scenario: the credentials work as the user's own
      Given the caller holds MFA session credentials of user "alice" of account "main"
      When the caller assumes role "mock-role" as session "after-mfa"
      Then the request succeeds

  @doc-tencent-4.5-required
  Rule: SerialNumber and TokenCode are required (Tencent GetSessionToken API model)

    Scenario Outline: without <parameter> the request is refused
      When the caller calls GetSessionToken with:
        | <other> | <value> |
      Then the request fails with code "MissingParameter"

      Examples:
        | parameter    | other        | value                                       |
        | SerialNumber | TokenCode    | ${mfa-code:alice}                           |
        | TokenCode    | SerialNumber | qcs::cam:uin/${account:main}::mfa/softToken |

  @doc-tencent-4.5-serial-number
  Rule: SerialNumber is qcs::cam:uin/<ownerUin>::mfa/<mfaType>, mfaType softToken, naming the caller's own device (Tencent GetSessionToken API model, Tencent CAM resource names)

    Scenario: an MFA type other than softToken is not supported
      When the caller calls GetSessionToken with:
        | SerialNumber | qcs::cam:uin/${account:main}::mfa/hardToken |
        | TokenCode    | ${mfa-code:alice}                           |
      Then the request fails with code "FailedOperation.MFATypeNotSupported"

    Scenario Outline: a serial number <what> is a parameter error
      When the caller calls GetSessionToken with:
        | SerialNumber | <serial>          |
        | TokenCode    | ${mfa-code:alice} |
      Then the request fails with code "InvalidParameter.ParamError"

      Examples:
        | what                         | serial                                       |
        | of another form              | my-phone                                     |
        | without the owner UIN        | qcs::cam:uin/::mfa/softToken                 |
        | with a non-numeric owner     | qcs::cam:uin/main::mfa/softToken             |

    Scenario: the device of another account fails the MFA check
      When the caller calls GetSessionToken with:
        | SerialNumber | qcs::cam:uin/${account:other}::mfa/softToken |
        | TokenCode    | ${mfa-code:alice}                            |
      Then the request fails with code "FailedOperation.CheckMFAError"

    Scenario: a caller without an MFA device fails the MFA check
      Given the caller is the root identity of account "main"
      When the caller calls GetSessionToken with:
        | SerialNumber | qcs::cam:uin/${account:main}::mfa/softToken |
        | TokenCode    | 123456                                      |
      Then the request fails with code "FailedOperation.CheckMFAError"

  @doc-tencent-4.5-token-code
  Rule: TokenCode is the code the device shows now, give or take one 30-second step (Tencent GetSessionToken API model)

    Scenario Outline: <what> fails the MFA check
      When the caller calls GetSessionToken with:
        | SerialNumber | qcs::cam:uin/${account:main}::mfa/softToken |
        | TokenCode    | <code>                                      |
      Then the request fails with code "FailedOperation.CheckMFAError"

      Examples:
        | what                              | code                    |
        | a code the device does not show   | ${wrong-mfa-code:alice} |
        | a code that is not six digits     | 12345                   |

  @doc-tencent-4.5-duration
  Rule: DurationSeconds defaults to 1800; a sub-user may ask for up to 129600 (Tencent GetSessionToken API model, Tencent session duration)

    Scenario: a sub-user may ask for 129600 seconds
      When the caller calls GetSessionToken with:
        | SerialNumber    | qcs::cam:uin/${account:main}::mfa/softToken |
        | TokenCode       | ${mfa-code:alice}                           |
        | DurationSeconds | 129600                                      |
      Then the request succeeds
      And the credentials expire 129600 seconds after the request

    Scenario: a sub-user asking for 129601 seconds exceeds the threshold
      When the caller calls GetSessionToken with:
        | SerialNumber    | qcs::cam:uin/${account:main}::mfa/softToken |
        | TokenCode       | ${mfa-code:alice}                           |
        | DurationSeconds | 129601                                      |
      Then the request fails with code "InvalidParameter.OverTimeError"

    @doc-gap-tencent-gaps-2
    Scenario: a lifetime of 0 seconds is a parameter error
      When the caller calls GetSessionToken with:
        | SerialNumber    | qcs::cam:uin/${account:main}::mfa/softToken |
        | TokenCode       | ${mfa-code:alice}                           |
        | DurationSeconds | 0                                           |
      Then the request fails with code "InvalidParameter.ParamError"

  @doc-tencent-5.1-temp-key
  Rule: GetSessionToken does not accept temporary keys (Tencent STS error codes FailedOperation.TempKeyNotAllowed)

    Scenario Outline: <which> temporary credentials are refused
      Given <credentials>
      When the caller calls GetSessionToken with:
        | SerialNumber | qcs::cam:uin/${account:main}::mfa/softToken |
        | TokenCode    | ${mfa-code:alice}                           |
      Then the request fails with code "FailedOperation.TempKeyNotAllowed"

      Examples:
        | which                  | credentials                                                          |
        | a role session's       | the caller has assumed role "mock-role" as session "s1"              |
        | MFA session            | the caller holds MFA session credentials of user "alice" of account "main" |
