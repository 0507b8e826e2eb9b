@tencent @action-AssumeRoleWithSAML @saml-hostile-corpus
Feature: Tencent Cloud STS AssumeRoleWithSAML against the hostile-assertion corpus
  Every recipe of the hostile corpus that applies to Tencent (io.mocksts.testkit.saml.HostileCorpus:
  113 forged variants and controls derived from one valid Response of the bundled test IdP; the two
  SessionDuration recipes are Alibaba's) is presented to the STS. A validating STS refuses each
  forgery and issues no credentials, and it accepts the controls and the shapes a correct validator
  reads safely (SAML attack catalogue, positive controls).
  Spec: Tencent AssumeRoleWithSAML reference (23 error codes, none SAML-specific), Tencent SAML role SSO (assertion content), open questions on which code each invalid input gets and
  Tencent-specific SAML requirements; SAML validation pipeline, SAML attack catalogue, positive controls. Tencent documents no code per SAML failure, so the reference STS
  answers every refused assertion as a bad SAMLAssertion parameter, InvalidParameter.ParamError
  (the column "reason" names why the corpus refuses it); on a live target the code is recorded,
  while "no credentials" is always required. Recipes minted with the IdP's key are @mock-only;
  the forgeries are @hostile (a live run never sends attack payloads), so a live account that
  registered the test IdP runs only the controls. The request names
  RoleSessionName "saml-session" and carries Authorization SKIP (Tencent unsigned federation calls). HostileCorpusFeaturesTest
  keeps these rows in step with the corpus.
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
    Tencent Cloud STS API: AssumeRoleWithSAML: https://cloud.tencent.com.cn/document/product/1312/48196
    Tencent Cloud STS API: AssumeRoleWithSAML (international site): https://www.tencentcloud.com/document/product/1150/49455
    Tencent Cloud STS 2018-08-13 API model (TencentCloud/tencentcloud-cli, api.json): https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json
    Tencent Cloud CAM: access the console as a SAML 2.0 federated user (tencentyun/intlcloud-documents): https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E4%BD%BF%E7%94%A8%20SAML%202.0%20%E8%81%94%E5%90%88%E8%BA%AB%E4%BB%BD%E7%94%A8%E6%88%B7%E8%AE%BF%E9%97%AE%E8%85%BE%E8%AE%AF%E4%BA%91%E7%AE%A1%E7%90%86%E6%8E%A7%E5%88%B6%E5%8F%B0_intl_en.md
    OASIS, Assertions and Protocols for the OASIS SAML V2.0 (saml-core-2.0-os): https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf
    OASIS, Profiles for the OASIS SAML V2.0 (saml-profiles-2.0-os), §4.1.4 Web Browser SSO response rules: https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf
    W3C, XML Signature Syntax and Processing Version 1.1: https://www.w3.org/TR/xmldsig-core1/
    Tencent Cloud SDK for Go: common client, unsigned requests (client.go): https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go
    Tencent Cloud Java SDK: AbstractClient (TencentCloud/tencentcloud-sdk-java): https://github.com/TencentCloud/tencentcloud-sdk-java/blob/970d68bd0f0d/src/main/java/com/tencentcloudapi/common/AbstractClient.java

  @doc-tencent-4.2-assertion @doc-gap-tencent-gaps-3 @hostile
  Rule: A forged, malformed, expired or replayed Response is refused as InvalidParameter.ParamError with no credentials (Tencent AssumeRoleWithSAML reference, open question on which code each invalid input gets)

    Scenario Outline: <recipe> (<attack>) is refused
      Given the SAML response is forged as "<recipe>"
      When the caller presents the SAML response
      Then the SAML response is refused without credentials
      And the request fails with code "<code>"

      Examples: 1.1 signature exclusion, derived from a captured valid Response
        | recipe | attack                                    | reason   | code                        |
        | SX1    | C1, Assertion signature deleted           | UNSIGNED | InvalidParameter.ParamError |
        | SX2    | C3, both signatures deleted               | UNSIGNED | InvalidParameter.ParamError |
        | SX3    | C2, the only (Response) signature deleted | UNSIGNED | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.1 signature exclusion, minted with the IdP key
        | recipe | attack       | reason   | code                        |
        | SX4    | never signed | UNSIGNED | InvalidParameter.ParamError |

      Examples: 1.1 tampering, derived from a captured valid Response
        | recipe | attack                                                | reason        | code                        |
        | TM1    | C1, NameID changed after signing                      | BAD_SIGNATURE | InvalidParameter.ParamError |
        | TM2    | C2, role attribute changed inside the signed Response | BAD_SIGNATURE | InvalidParameter.ParamError |
        | TM3    | C1, first character of SignatureValue flipped         | BAD_SIGNATURE | InvalidParameter.ParamError |
        | TM4    | C1, role attribute changed to another role            | BAD_SIGNATURE | InvalidParameter.ParamError |
        | TM5    | C1, Conditions NotOnOrAfter extended by a day         | BAD_SIGNATURE | InvalidParameter.ParamError |
        | TM6    | C1, Audience changed after signing                    | BAD_SIGNATURE | InvalidParameter.ParamError |

      Examples: 1.1 trust, derived from a captured valid Response
        | recipe | attack                                                           | reason        | code                        |
        | KI1    | signed with the attacker's key, attacker certificate in KeyInfo  | UNTRUSTED_KEY | InvalidParameter.ParamError |
        | KI2    | C3 signed with the attacker's key                                | UNTRUSTED_KEY | InvalidParameter.ParamError |
        | KI4    | attacker signature, KeyInfo removed                              | BAD_SIGNATURE | InvalidParameter.ParamError |
        | KI5    | attacker signature presenting the trusted certificate in KeyInfo | BAD_SIGNATURE | InvalidParameter.ParamError |

      Examples: 1.2 wrapping, derived from a captured valid Response
        | recipe | attack                                                                               | reason                    | code                        |
        | XSW1   | C2, Response clone inside the Response signature, outer Response evil                | MALFORMED_SAML            | InvalidParameter.ParamError |
        | XSW2   | C2, Response clone before the signature, outer Response evil                         | NOT_EXACTLY_ONE_ASSERTION | InvalidParameter.ParamError |
        | XSW3   | C1, unsigned evil Assertion before the signed one                                    | NOT_EXACTLY_ONE_ASSERTION | InvalidParameter.ParamError |
        | XSW4   | C1, evil Assertion replaces the original, which moves inside it                      | NOT_EXACTLY_ONE_ASSERTION | InvalidParameter.ParamError |
        | XSW5   | C1, original edited in place (new ID, dangling signature), genuine copy appended     | NOT_EXACTLY_ONE_ASSERTION | InvalidParameter.ParamError |
        | XSW6   | as XSW5, the genuine copy inside the evil Assertion's signature                      | MALFORMED_SAML            | InvalidParameter.ParamError |
        | XSW7   | C1, evil copy with the same ID in samlp:Extensions before the signed Assertion       | NOT_EXACTLY_ONE_ASSERTION | InvalidParameter.ParamError |
        | XSW7u  | as XSW7 with SAML Raider's un-namespaced Extensions                                  | NOT_EXACTLY_ONE_ASSERTION | InvalidParameter.ParamError |
        | XSW8   | C1, original edited in place (same ID), genuine copy in a ds:Object of its signature | NOT_EXACTLY_ONE_ASSERTION | InvalidParameter.ParamError |
        | XSW8u  | as XSW8 with SAML Raider's un-namespaced Object                                      | MALFORMED_SAML            | InvalidParameter.ParamError |
        | MA2    | C1 plus an appended unsigned evil Assertion (CVE-2022-41912 shape)                   | NOT_EXACTLY_ONE_ASSERTION | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.2 wrapping, minted with the IdP key
        | recipe | attack                              | reason                    | code                        |
        | MA1    | two independently signed Assertions | NOT_EXACTLY_ONE_ASSERTION | InvalidParameter.ParamError |

      Examples: 1.4 parser, derived from a captured valid Response
        | recipe | attack                                                     | reason  | code                        |
        | XX1    | XXE: external entity file:///etc/hostname in the NameID    | DOCTYPE | InvalidParameter.ParamError |
        | XX2    | billion laughs, ten levels of ten                          | DOCTYPE | InvalidParameter.ParamError |
        | XX3    | a harmless internal DOCTYPE                                | DOCTYPE | InvalidParameter.ParamError |
        | XX4    | DTD declaring another ID attribute (CVE-2025-23369 family) | DOCTYPE | InvalidParameter.ParamError |
        | XX5    | external DTD subset by URL (must not be fetched)           | DOCTYPE | InvalidParameter.ParamError |

      Examples: 1.5 references, derived from a captured valid Response
        | recipe | attack                                                     | reason        | code                        |
        | RF1    | Assertion signature's Reference URI points at the Response | BAD_REFERENCE | InvalidParameter.ParamError |
        | RF2    | Reference URI empty (whole document)                       | BAD_REFERENCE | InvalidParameter.ParamError |
        | RF3    | Reference without URI                                      | BAD_REFERENCE | InvalidParameter.ParamError |
        | RF4    | a second Reference in SignedInfo                           | BAD_REFERENCE | InvalidParameter.ParamError |
        | RF5    | an extra XPath transform                                   | BAD_REFERENCE | InvalidParameter.ParamError |
        | RF6    | Reference URI #ID of an element that does not exist        | BAD_REFERENCE | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.7 algorithms, minted with the IdP key
        | recipe | attack                                    | reason         | code                        |
        | AL1    | RSA-SHA1 with a SHA-1 digest, trusted key | WEAK_ALGORITHM | InvalidParameter.ParamError |
        | AL2    | RSA-SHA256 with a SHA-1 digest            | WEAK_ALGORITHM | InvalidParameter.ParamError |

      Examples: 1.7 algorithms, derived from a captured valid Response
        | recipe | attack                                                                             | reason         | code                        |
        | AL3    | SignatureMethod rewritten to RSA-MD5 (Santuario refuses it while unmarshalling)    | MALFORMED_SAML | InvalidParameter.ParamError |
        | AL4    | DigestMethod rewritten to MD5 (the allow-list refuses it before Santuario's check) | WEAK_ALGORITHM | InvalidParameter.ParamError |
        | AL5    | SignatureMethod rewritten to HMAC-SHA256 (a shared-secret MAC)                     | WEAK_ALGORITHM | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.8 time, minted with the IdP key
        | recipe | attack                                 | reason        | code                        |
        | TI1    | NotOnOrAfter ten minutes ago           | EXPIRED       | InvalidParameter.ParamError |
        | TI2    | NotBefore in ten minutes               | NOT_YET_VALID | InvalidParameter.ParamError |
        | TI4    | IssueInstant ten minutes in the future | NOT_YET_VALID | InvalidParameter.ParamError |
        | TI5    | SessionNotOnOrAfter ten minutes ago    | EXPIRED       | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.8 audience, minted with the IdP key
        | recipe | attack                 | reason         | code                        |
        | AU1    | Audience of another SP | WRONG_AUDIENCE | InvalidParameter.ParamError |
        | AU2    | no AudienceRestriction | WRONG_AUDIENCE | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.8 recipient, minted with the IdP key
        | recipe | attack                  | reason          | code                        |
        | RC1    | Recipient of another SP | WRONG_RECIPIENT | InvalidParameter.ParamError |
        | RC2    | no Recipient            | WRONG_RECIPIENT | InvalidParameter.ParamError |

      Examples: 1.8 destination, derived from a captured valid Response
        | recipe | attack                                                  | reason            | code                        |
        | DS1    | C1, unsigned Response Destination changed to another SP | WRONG_DESTINATION | InvalidParameter.ParamError |

      Examples: 1.8 unsolicited, derived from a captured valid Response
        | recipe | attack                                          | reason                    | code                        |
        | IR1    | C1, InResponseTo added to the unsigned Response | UNEXPECTED_IN_RESPONSE_TO | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.8 issuer, minted with the IdP key
        | recipe | attack                                                | reason       | code                        |
        | IS1    | Issuer of another entity, signed with the trusted key | WRONG_ISSUER | InvalidParameter.ParamError |
        | IS3    | Assertion without Issuer                              | WRONG_ISSUER | InvalidParameter.ParamError |

      Examples: 1.8 issuer, derived from a captured valid Response
        | recipe | attack                               | reason       | code                        |
        | IS2    | C1, unsigned Response Issuer changed | WRONG_ISSUER | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.8 status, minted with the IdP key
        | recipe | attack               | reason             | code                        |
        | ST1    | StatusCode Requester | STATUS_NOT_SUCCESS | InvalidParameter.ParamError |

      Examples: 1.8 replay, derived from a captured valid Response
        | recipe | attack                                          | reason   | code                        |
        | RP1    | the same valid Response submitted a second time | REPLAYED | InvalidParameter.ParamError |

      Examples: 1.9 encryption, derived from a captured valid Response
        | recipe | attack                                      | reason              | code                        |
        | EA1    | Assertion replaced by an EncryptedAssertion | ENCRYPTED_ASSERTION | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.8 confirmation, minted with the IdP key
        | recipe | attack                                                                   | reason                 | code                        |
        | SC1    | SubjectConfirmation Method urn:oasis:names:tc:SAML:2.0:cm:holder-of-key  | NO_BEARER_CONFIRMATION | InvalidParameter.ParamError |
        | SC2    | SubjectConfirmation Method urn:oasis:names:tc:SAML:2.0:cm:sender-vouches | NO_BEARER_CONFIRMATION | InvalidParameter.ParamError |
        | SC3    | no SubjectConfirmation                                                   | NO_BEARER_CONFIRMATION | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.8 subject, minted with the IdP key
        | recipe | attack                 | reason          | code                        |
        | SJ1    | Subject without NameID | MISSING_SUBJECT | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.8 conditions, minted with the IdP key
        | recipe | attack                                    | reason                | code                        |
        | CN1    | no Conditions                             | MISSING_CONDITIONS    | InvalidParameter.ParamError |
        | CN2    | an unsupported ProxyRestriction condition | UNSUPPORTED_CONDITION | InvalidParameter.ParamError |

      @mock-only
      Examples: S7 attributes, minted with the IdP key
        | recipe | attack                                                     | reason                 | code                        |
        | RL1    | the assertion lists another role than the request names    | ROLE_NOT_IN_ASSERTION  | InvalidParameter.ParamError |
        | RL2    | no role attribute                                          | MISSING_ROLE_ATTRIBUTE | InvalidParameter.ParamError |
        | RL3    | a role value without a provider ARN                        | BAD_ROLE_ATTRIBUTE     | InvalidParameter.ParamError |
        | SN1    | no session-name attribute                                  | BAD_SESSION_NAME       | InvalidParameter.ParamError |
        | SN2    | a session name one character longer than the vendor allows | BAD_SESSION_NAME       | InvalidParameter.ParamError |
        | SN3    | a session name with a space                                | BAD_SESSION_NAME       | InvalidParameter.ParamError |

      Examples: 1.10 encoding, derived from a captured valid Response
        | recipe | attack                                                                  | reason          | code                        |
        | OV1    | a valid Response padded beyond 100,000 Base64 characters with a comment | TOO_LONG        | InvalidParameter.ParamError |
        | SH1    | three characters                                                        | TOO_SHORT       | InvalidParameter.ParamError |
        | B64-1  | %%%not-base64%%%                                                        | NOT_BASE64      | InvalidParameter.ParamError |
        | B64-2  | Base64 of 512 random bytes                                              | NOT_UTF8        | InvalidParameter.ParamError |
        | B64-3  | Base64 of 'hello world'                                                 | NOT_WELL_FORMED | InvalidParameter.ParamError |
        | B64-4  | the valid Response in MIME Base64 (76-character lines)                  | NOT_BASE64      | InvalidParameter.ParamError |
        | U1     | one 0xFF byte in the NameID                                             | NOT_UTF8        | InvalidParameter.ParamError |
        | U2     | the whole valid document re-encoded as UTF-16                           | NOT_UTF8        | InvalidParameter.ParamError |
        | MF1    | C1, unsigned Response IssueInstant that is not a date                   | MALFORMED_SAML  | InvalidParameter.ParamError |

      Examples: 1.10 namespaces, derived from a captured valid Response
        | recipe | attack                                           | reason         | code                        |
        | NS2    | root Response in the SAML 1.x protocol namespace | NOT_A_RESPONSE | InvalidParameter.ParamError |
        | NS3    | the bare signed Assertion as root                | NOT_A_RESPONSE | InvalidParameter.ParamError |
        | VS1    | C1, unsigned Response Version 1.1                | NOT_A_RESPONSE | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.11 signed metadata, minted with the IdP key
        | recipe | attack                                                                                                                                                             | reason         | code                        |
        | MD1    | the IdP's own signed metadata (EntityDescriptor) as the SAMLAssertion (GitHub Enterprise Server CVE-2024-6800)                                                     | NOT_A_RESPONSE | InvalidParameter.ParamError |
        | MD2    | an unsigned evil Response carrying the IdP's signed metadata in samlp:Extensions (CVE-2024-6800)                                                                   | UNSIGNED       | InvalidParameter.ParamError |
        | MD3    | evil Assertion wearing the signed metadata's signature, the metadata in samlp:Extensions (CVE-2024-6800)                                                           | BAD_REFERENCE  | InvalidParameter.ParamError |
        | MD4    | unsigned evil Assertion in a Response wearing the signed metadata's signature, the metadata in samlp:Extensions (CVE-2024-6800; Tencent takes Response signatures) | BAD_REFERENCE  | InvalidParameter.ParamError |

      Examples: 1.5 signature shape, derived from a captured valid Response
        | recipe | attack                                                                                                                      | reason         | code                        |
        | SI1    | C1, NameID edited; a second SignedInfo whose DigestValue matches the edit after the genuine one (xml-crypto CVE-2025-29774) | MALFORMED_SAML | InvalidParameter.ParamError |
        | SI2    | as SI1 with the forged SignedInfo before the genuine one (CVE-2025-29774)                                                   | MALFORMED_SAML | InvalidParameter.ParamError |
        | DV1    | C1, NameID edited; the digest of the edit in a comment before the genuine DigestValue (xml-crypto CVE-2025-29775)           | BAD_SIGNATURE  | InvalidParameter.ParamError |

      Examples: 1.3 processing instructions, derived from a captured valid Response
        | recipe | attack                                                                                     | reason         | code                        |
        | PI1    | signed NameID victim@example.test.evil.test split by <?x?> after signing (OneUptime, 2025) | MALFORMED_SAML | InvalidParameter.ParamError |
        | PI2    | signed role value split by <?x?> before the provider ARN (OneUptime, 2025)                 | MALFORMED_SAML | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.3 processing instructions, minted with the IdP key
        | recipe | attack                                                                                                                                              | reason         | code                        |
        | PI3    | the IdP signs NameID victim@example.test.evil.test with a <?x?> inside (the signature holds; it was read truncated as .evil.test) (OneUptime, 2025) | MALFORMED_SAML | InvalidParameter.ParamError |
        | PI4    | the IdP signs a role value with a <?x?> before the provider ARN (OneUptime, 2025)                                                                   | MALFORMED_SAML | InvalidParameter.ParamError |

      Examples: 1.12 canonicalization, derived from a captured valid Response
        | recipe | attack                                                                                                                                                  | reason        | code                        |
        | CZ2    | C1, the saml2 prefix shadowed by a foreign namespace on the signed NameID (its element leaves the SAML namespace; CVE-2025-66567)                       | BAD_SIGNATURE | InvalidParameter.ParamError |
        | CZ4    | C1, xml:lang and xml:space added to the signed Assertion (CVE-2025-66567)                                                                               | BAD_SIGNATURE | InvalidParameter.ParamError |
        | CZ7    | C1, the Response's saml2p prefix added to the exclusive C14N transform's InclusiveNamespaces PrefixList after signing (CVE-2025-66567)                  | BAD_SIGNATURE | InvalidParameter.ParamError |
        | CZ8    | C1, DigestValue replaced by the SHA-256 of empty input, what a verifier whose canonicalization failed silently would compute (ruby-saml CVE-2025-66568) | BAD_SIGNATURE | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.12 canonicalization, minted with the IdP key
        | recipe | attack                                                                                                                                           | reason        | code                        |
        | CZ6    | as CZ5, that outside declaration rebound to another URI after signing (the verifier must canonicalize the inherited declaration; CVE-2025-66567) | BAD_SIGNATURE | InvalidParameter.ParamError |

      @mock-only
      Examples: 1.13 provider binding, minted with the IdP key
        | recipe | attack                                                                                                                  | reason        | code                        |
        | XP1    | signed with the first IdP's key, Issuer the second IdP, presented to the second provider (SimpleSAMLphp CVE-2026-49283) | UNTRUSTED_KEY | InvalidParameter.ParamError |
        | XP2    | the same Response presented to the first provider, whose key signed it (CVE-2026-49283)                                 | WRONG_ISSUER  | InvalidParameter.ParamError |

  @doc-tencent-6.2-assertion
  Rule: The controls, and shapes a correct validator reads safely, are accepted (SAML attack catalogue, positive controls)

    Scenario Outline: <recipe> (<attack>) is accepted
      Given the SAML response is forged as "<recipe>"
      When the caller presents the SAML response
      Then the request succeeds
      And the temporary credentials have the documented shapes
      And the credentials expire 7200 seconds after the request

      Examples: control, derived from a captured valid Response
        | recipe | attack                          |
        | C1     | valid, Assertion signed         |
        | C2     | valid, only the Response signed |
        | C3     | valid, both signed              |

      Examples: 1.1 trust, derived from a captured valid Response
        | recipe | attack                                                                               |
        | KI3    | trusted signature, KeyInfo swapped to the attacker certificate (KeyInfo is unsigned) |

      Examples: 1.10 namespaces, derived from a captured valid Response
        | recipe | attack                                                                |
        | NS1    | an Assertion of a foreign namespace (same prefix) before the real one |

      Examples: 1.3 comment injection, derived from a captured valid Response
        | recipe | attack                                                                                                   |
        | CI1    | signed NameID victim@example.test.evil.test split by <!----> after signing; the whole value must be read |
        | CI2    | signed role value split by <!----> before the provider ARN                                               |

      @mock-only
      Examples: 1.8 time, minted with the IdP key
        | recipe | attack                                               |
        | TI3    | expired two minutes ago, inside the five-minute skew |

      Examples: 1.5 signature shape, derived from a captured valid Response
        | recipe | attack                                                                                         |
        | DV2    | C1, a comment inside DigestValue and nothing edited (the twin of DV1: comments are not signed) |

      Examples: 1.12 canonicalization, derived from a captured valid Response
        | recipe | attack                                                                                                                                                   |
        | CZ1    | C1, the saml2 prefix redeclared to its own URI on the signed NameID and AttributeValue (redundant: exclusive C14N drops it; twin of CZ2, CVE-2025-66567) |
        | CZ3    | C1, xml:lang and xml:space on the unsigned Response (exclusive C14N does not inherit xml: attributes; twin of CZ4, CVE-2025-66567)                       |

      @mock-only
      Examples: 1.12 canonicalization, minted with the IdP key
        | recipe | attack                                                                                                                                           |
        | CZ5    | the IdP signs with an InclusiveNamespaces PrefixList naming a prefix declared on the Response, outside the signed Assertion (legal; twin of CZ6) |

      @mock-only
      Examples: 1.13 provider binding, minted with the IdP key
        | recipe | attack                                                                        |
        | XP0    | a valid Response of the second IdP presented to the second provider (control) |
