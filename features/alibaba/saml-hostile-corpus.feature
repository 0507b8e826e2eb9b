@alibaba @action-AssumeRoleWithSAML @saml-hostile-corpus
Feature: Alibaba Cloud STS AssumeRoleWithSAML against the hostile-assertion corpus
  Every recipe of the hostile corpus (io.mocksts.testkit.saml.HostileCorpus, 115 forged variants
  and controls derived from one valid Response of the bundled test IdP) is presented to the STS.
  A validating STS refuses each forgery with the documented code and issues no credentials, and it
  accepts the controls and the shapes a correct validator reads safely, reporting the genuine
  identity (SAML attack catalogue, positive controls).
  Spec: Alibaba AssumeRoleWithSAML reference (error codes), Alibaba role-based SSO: SAML assertion content (required assertion content); SAML validation pipeline
  (pipeline), SAML attack catalogue, positive controls (kit notes). The corpus names the reason each forgery must
  be refused for (column "reason"); Alibaba's documented codes are coarser: an assertion past its
  NotOnOrAfter is AuthenticationFail.SAMLAssertion.Expired, a bad RoleSessionName or SessionDuration
  attribute the InvalidParameter code of that parameter, anything else
  AuthenticationFail.SAMLAssertion.Invalid (which code answers which failure is UNCONFIRMED,
  open question on SAML error codes and role-pair checks: on a live target the code is recorded, while "no credentials" is always required).
  The forgeries are @hostile: a live run never sends attack payloads, so on a live account only
  the controls run (the account registers the test IdP, mock-sts.jar idp-metadata); recipes minted
  with the IdP's key are @mock-only (SAML attack catalogue, "Needs IdP key"). HostileCorpusFeaturesTest keeps these rows in step with
  the corpus.
  The recipes MD, SI, DV, PI, CZ and XP follow advisories published since the corpus was first
  written: GitHub Enterprise Server CVE-2024-6800 (signed metadata as the signed element),
  xml-crypto CVE-2025-29774 / CVE-2025-29775 (two SignedInfo, a comment in DigestValue), OneUptime
  2025 (a processing instruction in signed text: refused wherever it is, since OpenSAML would
  read a split value truncated), ruby-saml CVE-2025-66567 / CVE-2025-66568 (canonicalization
  differentials, each with a harmless twin that must be accepted) and SimpleSAMLphp
  CVE-2026-49283 (the key must be that of the provider the request names: the XP recipes use the
  account's second SAML provider mock-second-idp, whose test IdP has its own key).
  Sources:
    Somorovsky et al., On Breaking SAML: Be Whoever You Want to Be (USENIX Security 2012): https://www.usenix.org/conference/usenixsecurity12/technical-sessions/presentation/somorovsky
    SAML Raider, XSW1–XSW8 recipes (CompassSecurity/SAMLRaider, XSWHelpers.java): https://github.com/CompassSecurity/SAMLRaider/blob/master/src/main/java/helpers/XSWHelpers.java
    Duo Labs, SAML vulnerabilities affecting multiple implementations (CVE-2017-11427, -11428, -11429, -11430, CVE-2018-0489, CVE-2018-7340): https://duo.com/blog/duo-finds-saml-vulnerabilities-affecting-multiple-implementations
    OWASP XML External Entity Prevention Cheat Sheet: https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html
    Alibaba Cloud STS API reference: AssumeRoleWithSAML: https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml
    Alibaba Cloud STS API reference: AssumeRoleWithSAML (AlibabaCloudDocs/ram, en-US): https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/intl.en-US/API%20Reference%20(STS)/Operation%20interfaces/AssumeRoleWithSAML.md
    Alibaba Cloud OpenAPI metadata, Sts 2015-04-01 (api-docs.json, mirrored by dew-serverless/acs-metadata): https://github.com/dew-serverless/acs-metadata/blob/b3c749cc/en_us/sts/2015-04-01/api-docs.json
    Alibaba Cloud RAM: SAML response for role-based SSO: https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso
    OASIS, Assertions and Protocols for the OASIS SAML V2.0 (saml-core-2.0-os): https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf
    OASIS, Profiles for the OASIS SAML V2.0 (saml-profiles-2.0-os), §4.1.4 Web Browser SSO response rules: https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf
    W3C, XML Signature Syntax and Processing Version 1.1: https://www.w3.org/TR/xmldsig-core1/

  @doc-alibaba-4.2-errors @doc-gap-alibaba-gaps-4 @hostile
  Rule: A forged, malformed, expired or replayed Response is refused with the documented code and no credentials (Alibaba AssumeRoleWithSAML reference, Alibaba role-based SSO: SAML assertion content)

    Scenario Outline: <recipe> (<attack>) is refused with <code>
      Given the SAML response is forged as "<recipe>"
      When the caller presents the SAML response
      Then the SAML response is refused without credentials
      And the request fails with HTTP <status> and code "<code>"

      Examples: control, derived from a captured valid Response
        | recipe | attack                          | reason   | status | code                                     |
        | C2     | valid, only the Response signed | UNSIGNED | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.1 signature exclusion, derived from a captured valid Response
        | recipe | attack                                    | reason   | status | code                                     |
        | SX1    | C1, Assertion signature deleted           | UNSIGNED | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | SX2    | C3, both signatures deleted               | UNSIGNED | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | SX3    | C2, the only (Response) signature deleted | UNSIGNED | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.1 signature exclusion, minted with the IdP key
        | recipe | attack       | reason   | status | code                                     |
        | SX4    | never signed | UNSIGNED | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.1 tampering, derived from a captured valid Response
        | recipe | attack                                                | reason        | status | code                                     |
        | TM1    | C1, NameID changed after signing                      | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | TM2    | C2, role attribute changed inside the signed Response | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | TM3    | C1, first character of SignatureValue flipped         | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | TM4    | C1, role attribute changed to another role            | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | TM5    | C1, Conditions NotOnOrAfter extended by a day         | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | TM6    | C1, Audience changed after signing                    | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.1 trust, derived from a captured valid Response
        | recipe | attack                                                           | reason        | status | code                                     |
        | KI1    | signed with the attacker's key, attacker certificate in KeyInfo  | UNTRUSTED_KEY | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | KI2    | C3 signed with the attacker's key                                | UNTRUSTED_KEY | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | KI4    | attacker signature, KeyInfo removed                              | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | KI5    | attacker signature presenting the trusted certificate in KeyInfo | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.2 wrapping, derived from a captured valid Response
        | recipe | attack                                                                               | reason                    | status | code                                     |
        | XSW1   | C2, Response clone inside the Response signature, outer Response evil                | MALFORMED_SAML            | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XSW2   | C2, Response clone before the signature, outer Response evil                         | NOT_EXACTLY_ONE_ASSERTION | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XSW3   | C1, unsigned evil Assertion before the signed one                                    | NOT_EXACTLY_ONE_ASSERTION | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XSW4   | C1, evil Assertion replaces the original, which moves inside it                      | NOT_EXACTLY_ONE_ASSERTION | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XSW5   | C1, original edited in place (new ID, dangling signature), genuine copy appended     | NOT_EXACTLY_ONE_ASSERTION | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XSW6   | as XSW5, the genuine copy inside the evil Assertion's signature                      | MALFORMED_SAML            | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XSW7   | C1, evil copy with the same ID in samlp:Extensions before the signed Assertion       | NOT_EXACTLY_ONE_ASSERTION | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XSW7u  | as XSW7 with SAML Raider's un-namespaced Extensions                                  | NOT_EXACTLY_ONE_ASSERTION | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XSW8   | C1, original edited in place (same ID), genuine copy in a ds:Object of its signature | NOT_EXACTLY_ONE_ASSERTION | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XSW8u  | as XSW8 with SAML Raider's un-namespaced Object                                      | MALFORMED_SAML            | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | MA2    | C1 plus an appended unsigned evil Assertion (CVE-2022-41912 shape)                   | NOT_EXACTLY_ONE_ASSERTION | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.2 wrapping, minted with the IdP key
        | recipe | attack                              | reason                    | status | code                                     |
        | MA1    | two independently signed Assertions | NOT_EXACTLY_ONE_ASSERTION | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.4 parser, derived from a captured valid Response
        | recipe | attack                                                     | reason  | status | code                                     |
        | XX1    | XXE: external entity file:///etc/hostname in the NameID    | DOCTYPE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XX2    | billion laughs, ten levels of ten                          | DOCTYPE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XX3    | a harmless internal DOCTYPE                                | DOCTYPE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XX4    | DTD declaring another ID attribute (CVE-2025-23369 family) | DOCTYPE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XX5    | external DTD subset by URL (must not be fetched)           | DOCTYPE | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.5 references, derived from a captured valid Response
        | recipe | attack                                                     | reason        | status | code                                     |
        | RF1    | Assertion signature's Reference URI points at the Response | BAD_REFERENCE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | RF2    | Reference URI empty (whole document)                       | BAD_REFERENCE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | RF3    | Reference without URI                                      | BAD_REFERENCE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | RF4    | a second Reference in SignedInfo                           | BAD_REFERENCE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | RF5    | an extra XPath transform                                   | BAD_REFERENCE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | RF6    | Reference URI #ID of an element that does not exist        | BAD_REFERENCE | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.7 algorithms, minted with the IdP key
        | recipe | attack                                    | reason         | status | code                                     |
        | AL1    | RSA-SHA1 with a SHA-1 digest, trusted key | WEAK_ALGORITHM | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | AL2    | RSA-SHA256 with a SHA-1 digest            | WEAK_ALGORITHM | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.7 algorithms, derived from a captured valid Response
        | recipe | attack                                                                             | reason         | status | code                                     |
        | AL3    | SignatureMethod rewritten to RSA-MD5 (Santuario refuses it while unmarshalling)    | MALFORMED_SAML | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | AL4    | DigestMethod rewritten to MD5 (the allow-list refuses it before Santuario's check) | WEAK_ALGORITHM | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | AL5    | SignatureMethod rewritten to HMAC-SHA256 (a shared-secret MAC)                     | WEAK_ALGORITHM | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.8 time, minted with the IdP key
        | recipe | attack                                 | reason        | status | code                                     |
        | TI1    | NotOnOrAfter ten minutes ago           | EXPIRED       | 401    | AuthenticationFail.SAMLAssertion.Expired |
        | TI2    | NotBefore in ten minutes               | NOT_YET_VALID | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | TI4    | IssueInstant ten minutes in the future | NOT_YET_VALID | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | TI5    | SessionNotOnOrAfter ten minutes ago    | EXPIRED       | 401    | AuthenticationFail.SAMLAssertion.Expired |

      @mock-only
      Examples: 1.8 audience, minted with the IdP key
        | recipe | attack                 | reason         | status | code                                     |
        | AU1    | Audience of another SP | WRONG_AUDIENCE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | AU2    | no AudienceRestriction | WRONG_AUDIENCE | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.8 recipient, minted with the IdP key
        | recipe | attack                  | reason          | status | code                                     |
        | RC1    | Recipient of another SP | WRONG_RECIPIENT | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | RC2    | no Recipient            | WRONG_RECIPIENT | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.8 destination, derived from a captured valid Response
        | recipe | attack                                                  | reason            | status | code                                     |
        | DS1    | C1, unsigned Response Destination changed to another SP | WRONG_DESTINATION | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.8 unsolicited, derived from a captured valid Response
        | recipe | attack                                          | reason                    | status | code                                     |
        | IR1    | C1, InResponseTo added to the unsigned Response | UNEXPECTED_IN_RESPONSE_TO | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.8 issuer, minted with the IdP key
        | recipe | attack                                                | reason       | status | code                                     |
        | IS1    | Issuer of another entity, signed with the trusted key | WRONG_ISSUER | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | IS3    | Assertion without Issuer                              | WRONG_ISSUER | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.8 issuer, derived from a captured valid Response
        | recipe | attack                               | reason       | status | code                                     |
        | IS2    | C1, unsigned Response Issuer changed | WRONG_ISSUER | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.8 status, minted with the IdP key
        | recipe | attack               | reason             | status | code                                     |
        | ST1    | StatusCode Requester | STATUS_NOT_SUCCESS | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.8 replay, derived from a captured valid Response
        | recipe | attack                                          | reason   | status | code                                     |
        | RP1    | the same valid Response submitted a second time | REPLAYED | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.9 encryption, derived from a captured valid Response
        | recipe | attack                                      | reason              | status | code                                     |
        | EA1    | Assertion replaced by an EncryptedAssertion | ENCRYPTED_ASSERTION | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.8 confirmation, minted with the IdP key
        | recipe | attack                                                                   | reason                 | status | code                                     |
        | SC1    | SubjectConfirmation Method urn:oasis:names:tc:SAML:2.0:cm:holder-of-key  | NO_BEARER_CONFIRMATION | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | SC2    | SubjectConfirmation Method urn:oasis:names:tc:SAML:2.0:cm:sender-vouches | NO_BEARER_CONFIRMATION | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | SC3    | no SubjectConfirmation                                                   | NO_BEARER_CONFIRMATION | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.8 subject, minted with the IdP key
        | recipe | attack                 | reason          | status | code                                     |
        | SJ1    | Subject without NameID | MISSING_SUBJECT | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.8 conditions, minted with the IdP key
        | recipe | attack                                    | reason                | status | code                                     |
        | CN1    | no Conditions                             | MISSING_CONDITIONS    | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | CN2    | an unsupported ProxyRestriction condition | UNSUPPORTED_CONDITION | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: S7 attributes, minted with the IdP key
        | recipe | attack                                                     | reason                 | status | code                                     |
        | RL1    | the assertion lists another role than the request names    | ROLE_NOT_IN_ASSERTION  | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | RL2    | no role attribute                                          | MISSING_ROLE_ATTRIBUTE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | RL3    | a role value without a provider ARN                        | BAD_ROLE_ATTRIBUTE     | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | SN1    | no session-name attribute                                  | BAD_SESSION_NAME       | 400    | InvalidParameter.RoleSessionName         |
        | SN2    | a session name one character longer than the vendor allows | BAD_SESSION_NAME       | 400    | InvalidParameter.RoleSessionName         |
        | SN3    | a session name with a space                                | BAD_SESSION_NAME       | 400    | InvalidParameter.RoleSessionName         |
        | SD1    | SessionDuration that is not a number                       | BAD_SESSION_DURATION   | 400    | InvalidParameter.DurationSeconds         |
        | SD2    | SessionDuration below 900 seconds                          | BAD_SESSION_DURATION   | 400    | InvalidParameter.DurationSeconds         |

      Examples: 1.10 encoding, derived from a captured valid Response
        | recipe | attack                                                                  | reason          | status | code                                     |
        | OV1    | a valid Response padded beyond 100,000 Base64 characters with a comment | TOO_LONG        | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | SH1    | three characters                                                        | TOO_SHORT       | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | B64-1  | %%%not-base64%%%                                                        | NOT_BASE64      | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | B64-2  | Base64 of 512 random bytes                                              | NOT_UTF8        | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | B64-3  | Base64 of 'hello world'                                                 | NOT_WELL_FORMED | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | B64-4  | the valid Response in MIME Base64 (76-character lines)                  | NOT_BASE64      | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | U1     | one 0xFF byte in the NameID                                             | NOT_UTF8        | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | U2     | the whole valid document re-encoded as UTF-16                           | NOT_UTF8        | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | MF1    | C1, unsigned Response IssueInstant that is not a date                   | MALFORMED_SAML  | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.10 namespaces, derived from a captured valid Response
        | recipe | attack                                           | reason         | status | code                                     |
        | NS2    | root Response in the SAML 1.x protocol namespace | NOT_A_RESPONSE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | NS3    | the bare signed Assertion as root                | NOT_A_RESPONSE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | VS1    | C1, unsigned Response Version 1.1                | NOT_A_RESPONSE | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.11 signed metadata, minted with the IdP key
        | recipe | attack                                                                                                                                                             | reason         | status | code                                     |
        | MD1    | the IdP's own signed metadata (EntityDescriptor) as the SAMLAssertion (GitHub Enterprise Server CVE-2024-6800)                                                     | NOT_A_RESPONSE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | MD2    | an unsigned evil Response carrying the IdP's signed metadata in samlp:Extensions (CVE-2024-6800)                                                                   | UNSIGNED       | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | MD3    | evil Assertion wearing the signed metadata's signature, the metadata in samlp:Extensions (CVE-2024-6800)                                                           | BAD_REFERENCE  | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | MD4    | unsigned evil Assertion in a Response wearing the signed metadata's signature, the metadata in samlp:Extensions (CVE-2024-6800; Tencent takes Response signatures) | BAD_REFERENCE  | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.5 signature shape, derived from a captured valid Response
        | recipe | attack                                                                                                                      | reason         | status | code                                     |
        | SI1    | C1, NameID edited; a second SignedInfo whose DigestValue matches the edit after the genuine one (xml-crypto CVE-2025-29774) | MALFORMED_SAML | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | SI2    | as SI1 with the forged SignedInfo before the genuine one (CVE-2025-29774)                                                   | MALFORMED_SAML | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | DV1    | C1, NameID edited; the digest of the edit in a comment before the genuine DigestValue (xml-crypto CVE-2025-29775)           | BAD_SIGNATURE  | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.3 processing instructions, derived from a captured valid Response
        | recipe | attack                                                                                     | reason         | status | code                                     |
        | PI1    | signed NameID victim@example.test.evil.test split by <?x?> after signing (OneUptime, 2025) | MALFORMED_SAML | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | PI2    | signed role value split by <?x?> before the provider ARN (OneUptime, 2025)                 | MALFORMED_SAML | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.3 processing instructions, minted with the IdP key
        | recipe | attack                                                                                                                                              | reason         | status | code                                     |
        | PI3    | the IdP signs NameID victim@example.test.evil.test with a <?x?> inside (the signature holds; it was read truncated as .evil.test) (OneUptime, 2025) | MALFORMED_SAML | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | PI4    | the IdP signs a role value with a <?x?> before the provider ARN (OneUptime, 2025)                                                                   | MALFORMED_SAML | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      Examples: 1.12 canonicalization, derived from a captured valid Response
        | recipe | attack                                                                                                                                                  | reason        | status | code                                     |
        | CZ2    | C1, the saml2 prefix shadowed by a foreign namespace on the signed NameID (its element leaves the SAML namespace; CVE-2025-66567)                       | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | CZ4    | C1, xml:lang and xml:space added to the signed Assertion (CVE-2025-66567)                                                                               | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | CZ7    | C1, the Response's saml2p prefix added to the exclusive C14N transform's InclusiveNamespaces PrefixList after signing (CVE-2025-66567)                  | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | CZ8    | C1, DigestValue replaced by the SHA-256 of empty input, what a verifier whose canonicalization failed silently would compute (ruby-saml CVE-2025-66568) | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.12 canonicalization, minted with the IdP key
        | recipe | attack                                                                                                                                           | reason        | status | code                                     |
        | CZ6    | as CZ5, that outside declaration rebound to another URI after signing (the verifier must canonicalize the inherited declaration; CVE-2025-66567) | BAD_SIGNATURE | 401    | AuthenticationFail.SAMLAssertion.Invalid |

      @mock-only
      Examples: 1.13 provider binding, minted with the IdP key
        | recipe | attack                                                                                                                  | reason        | status | code                                     |
        | XP1    | signed with the first IdP's key, Issuer the second IdP, presented to the second provider (SimpleSAMLphp CVE-2026-49283) | UNTRUSTED_KEY | 401    | AuthenticationFail.SAMLAssertion.Invalid |
        | XP2    | the same Response presented to the first provider, whose key signed it (CVE-2026-49283)                                 | WRONG_ISSUER  | 401    | AuthenticationFail.SAMLAssertion.Invalid |

  @doc-alibaba-6.2-assertion
  Rule: The controls, and shapes a correct validator reads safely, are accepted with the genuine identity (SAML attack catalogue, positive controls)

    Scenario Outline: <recipe> (<attack>) is accepted for <subject>
      Given the SAML response is forged as "<recipe>"
      When the caller presents the SAML response
      Then the request succeeds
      And the response field "SAMLAssertionInfo.Subject" is "<subject>"
      And the response field "SAMLAssertionInfo.Issuer" is "${saml-issuer}"
      And the assumed role user is session "alice" of role "mock-saml-role"
      And the temporary credentials have the documented shapes

      Examples: control, derived from a captured valid Response
        | recipe | attack                  | subject                       |
        | C1     | valid, Assertion signed | alice                         |
        | C3     | valid, both signed      | alice                         |

      Examples: 1.1 trust, derived from a captured valid Response
        | recipe | attack                                                                               | subject                       |
        | KI3    | trusted signature, KeyInfo swapped to the attacker certificate (KeyInfo is unsigned) | alice                         |

      Examples: 1.10 namespaces, derived from a captured valid Response
        | recipe | attack                                                                | subject                       |
        | NS1    | an Assertion of a foreign namespace (same prefix) before the real one | alice                         |

      Examples: 1.3 comment injection, derived from a captured valid Response
        | recipe | attack                                                                                                   | subject                       |
        | CI1    | signed NameID victim@example.test.evil.test split by <!----> after signing; the whole value must be read | victim@example.test.evil.test |
        | CI2    | signed role value split by <!----> before the provider ARN                                               | alice                         |

      @mock-only
      Examples: 1.8 time, minted with the IdP key
        | recipe | attack                                               | subject                       |
        | TI3    | expired two minutes ago, inside the five-minute skew | alice                         |

      Examples: 1.5 signature shape, derived from a captured valid Response
        | recipe | attack                                                                                         | subject |
        | DV2    | C1, a comment inside DigestValue and nothing edited (the twin of DV1: comments are not signed) | alice   |

      Examples: 1.12 canonicalization, derived from a captured valid Response
        | recipe | attack                                                                                                                                                   | subject |
        | CZ1    | C1, the saml2 prefix redeclared to its own URI on the signed NameID and AttributeValue (redundant: exclusive C14N drops it; twin of CZ2, CVE-2025-66567) | alice   |
        | CZ3    | C1, xml:lang and xml:space on the unsigned Response (exclusive C14N does not inherit xml: attributes; twin of CZ4, CVE-2025-66567)                       | alice   |

      @mock-only
      Examples: 1.12 canonicalization, minted with the IdP key
        | recipe | attack                                                                                                                                           | subject |
        | CZ5    | the IdP signs with an InclusiveNamespaces PrefixList naming a prefix declared on the Response, outside the signed Assertion (legal; twin of CZ6) | alice   |

    # SimpleSAMLphp CVE-2026-49283 control: the second provider of the account, with its own IdP
    # key, accepts its own IdP's Response (XP1 and XP2 above are refused)
    Scenario Outline: <recipe> (<attack>) is accepted through the second provider
      Given the SAML response is forged as "<recipe>"
      When the caller presents the SAML response
      Then the request succeeds
      And the response field "SAMLAssertionInfo.Subject" is "<subject>"
      And the response field "SAMLAssertionInfo.Issuer" is "https://second-idp.mock-sts.local/saml"
      And the assumed role user is session "alice" of role "mock-second-saml-role"
      And the temporary credentials have the documented shapes

      @mock-only
      Examples: 1.13 provider binding, minted with the IdP key
        | recipe | attack                                                                        | subject |
        | XP0    | a valid Response of the second IdP presented to the second provider (control) | alice   |
