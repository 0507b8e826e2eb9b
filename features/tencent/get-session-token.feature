@tencent @action-GetSessionToken
Feature: Tencent Cloud STS GetSessionToken
  A long-term key proves possession of its virtual MFA device and receives temporary credentials
  of the same identity (CN site only).
  Spec: tencent-sts.md §4.5 (parameters, response, errors), §5.1 (FailedOperation.* codes), §3.4.

  Background:
    Given the caller is the CAM user "alice" of account "main"

  @doc-tencent-4.5-response
  Rule: The current code of the caller's softToken device yields Credentials, ExpiredTime and Expiration (§4.5 Response, §3.4)

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
  Rule: SerialNumber and TokenCode are required (§4.5)

    Scenario Outline: without <parameter> the request is refused
      When the caller calls GetSessionToken with:
        | <other> | <value> |
      Then the request fails with code "MissingParameter"

      Examples:
        | parameter    | other        | value                                       |
        | SerialNumber | TokenCode    | ${mfa-code:alice}                           |
        | TokenCode    | SerialNumber | qcs::cam:uin/${account:main}::mfa/softToken |

  @doc-tencent-4.5-serial-number
  Rule: SerialNumber is qcs::cam:uin/<ownerUin>::mfa/<mfaType>, mfaType softToken, naming the caller's own device (§4.5, §7.1)

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
  Rule: TokenCode is the code the device shows now, give or take one 30-second step (§4.5)

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
  Rule: DurationSeconds defaults to 1800; a sub-user may ask for up to 129600 (§4.5, §7.3)

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
  Rule: GetSessionToken does not accept temporary keys (§5.1 FailedOperation.TempKeyNotAllowed)

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
