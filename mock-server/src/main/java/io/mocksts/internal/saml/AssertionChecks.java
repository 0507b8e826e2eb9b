package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Condition;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.OneTimeUse;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;

/**
 * S5-assertion and S6-subject of the {@link SamlValidator} pipeline: the rules OpenSAML's {@code
 * SAML20AssertionValidator} applies (OpenSAML validation,
 * https://wiki.shibboleth.net/confluence/display/OS30/Initialization+and+Configuration), written
 * out because that validator reads {@code Instant.now()} (every time check here uses {@link
 * SamlInput#now()}), and stricter where OpenSAML leaves a rule to its caller. Each check runs only
 * after the ones before it passed (e.g. the Conditions exist when the window is checked).
 */
final class AssertionChecks {

  private AssertionChecks() {}

  /** S5: the Assertion's Issuer is the trusted IdP's entityID. */
  record AssertionIssuerIsTheIdp() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      return ResponseChecks.issuerIsTheIdp(input.assertion().getIssuer(), input.idp(), "Assertion");
    }
  }

  /** S5: Version 2.0, an ID, and an IssueInstant that is not in the future. */
  record AssertionIsVersion20WithIdAndIssueInstant() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      Assertion assertion = input.assertion();
      SAMLVersion version = assertion.getVersion();
      if (version == null || version.getMajorVersion() != 2 || version.getMinorVersion() != 0) {
        return SamlCheck.fail(Reason.NOT_A_RESPONSE, "Assertion Version is not 2.0");
      }
      if (assertion.getID() == null || assertion.getID().isBlank()) {
        return SamlCheck.fail(Reason.MALFORMED_SAML, "Assertion without ID");
      }
      if (assertion.getIssueInstant() == null) {
        return SamlCheck.fail(Reason.MALFORMED_SAML, "Assertion without IssueInstant");
      }
      return input.notInTheFuture(assertion.getIssueInstant(), "Assertion IssueInstant");
    }
  }

  /** S6: Conditions with a NotOnOrAfter (OpenSAML would accept an assertion without them). */
  record ConditionsHaveANotOnOrAfter() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      Conditions conditions = input.assertion().getConditions();
      if (conditions == null) {
        return SamlCheck.fail(Reason.MISSING_CONDITIONS, "Assertion has no Conditions");
      }
      if (conditions.getNotOnOrAfter() == null) {
        return SamlCheck.fail(Reason.MISSING_CONDITIONS, "Conditions have no NotOnOrAfter");
      }
      return SamlCheck.pass();
    }
  }

  /** S5: now is within the Conditions' window (NotBefore, if any, to NotOnOrAfter), with skew. */
  record ConditionsAreCurrent() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      Conditions conditions = input.assertion().getConditions();
      if (conditions.getNotBefore() != null) {
        Optional<SamlRejection> early =
            input.notInTheFuture(conditions.getNotBefore(), "Conditions NotBefore");
        if (early.isPresent()) {
          return early;
        }
      }
      return input.notExpired(conditions.getNotOnOrAfter(), "Conditions NotOnOrAfter");
    }
  }

  /**
   * S5: only AudienceRestriction and OneTimeUse (which the replay cache honours); anything else is
   * not understood (OpenSAML would answer INDETERMINATE, which is a rejection too).
   */
  record ConditionsAreUnderstood() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      for (Condition condition : input.assertion().getConditions().getConditions()) {
        if (!(condition instanceof AudienceRestriction) && !(condition instanceof OneTimeUse)) {
          return SamlCheck.fail(
              Reason.UNSUPPORTED_CONDITION,
              "Condition " + condition.getElementQName().getLocalPart() + " is not supported");
        }
      }
      return SamlCheck.pass();
    }
  }

  /**
   * S5: there is an AudienceRestriction, and every one names one of the vendor's audiences (SAML
   * core §2.5.1.4, https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf).
   */
  record AudienceIsTheVendors() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      List<AudienceRestriction> restrictions =
          input.assertion().getConditions().getAudienceRestrictions();
      if (restrictions.isEmpty()) {
        return SamlCheck.fail(Reason.WRONG_AUDIENCE, "no AudienceRestriction");
      }
      List<String> all = new ArrayList<>();
      for (AudienceRestriction restriction : restrictions) {
        boolean accepted = false;
        for (Audience audience : restriction.getAudiences()) {
          String uri = audienceUri(audience);
          all.add(uri);
          accepted |= input.profile().audiences().contains(uri);
        }
        if (!accepted) {
          return SamlCheck.fail(
              Reason.WRONG_AUDIENCE,
              "no audience of " + input.profile().vendor() + " in " + all.toString());
        }
      }
      return SamlCheck.pass();
    }
  }

  /** S6: a Subject with a non-blank NameID. */
  record SubjectHasANameId() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      Subject subject = input.assertion().getSubject();
      if (subject == null) {
        return SamlCheck.fail(Reason.MISSING_SUBJECT, "Assertion has no Subject");
      }
      NameID nameId = subject.getNameID();
      if (nameId == null || nameId.getValue() == null || nameId.getValue().isBlank()) {
        return SamlCheck.fail(Reason.MISSING_SUBJECT, "Subject has no NameID");
      }
      return SamlCheck.pass();
    }
  }

  /**
   * S6: exactly one SubjectConfirmation, of method bearer, whose data has a NotOnOrAfter (SAML
   * profiles §4.1.4.2, https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf;
   * Alibaba role-based SSO,
   * https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso).
   */
  record SubjectIsConfirmedAsBearer() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      List<SubjectConfirmation> confirmations =
          input.assertion().getSubject().getSubjectConfirmations();
      if (confirmations.size() != 1) {
        return SamlCheck.fail(
            Reason.NO_BEARER_CONFIRMATION,
            confirmations.size() + " SubjectConfirmations, exactly 1 (bearer) needed");
      }
      SubjectConfirmation confirmation = confirmations.get(0);
      if (!SubjectConfirmation.METHOD_BEARER.equals(confirmation.getMethod())) {
        return SamlCheck.fail(
            Reason.NO_BEARER_CONFIRMATION,
            "SubjectConfirmation Method " + confirmation.getMethod());
      }
      SubjectConfirmationData data = confirmation.getSubjectConfirmationData();
      if (data == null || data.getNotOnOrAfter() == null) {
        return SamlCheck.fail(
            Reason.NO_BEARER_CONFIRMATION, "bearer SubjectConfirmationData without NotOnOrAfter");
      }
      return SamlCheck.pass();
    }
  }

  /** S5: the bearer confirmation's Recipient is one of the vendor's endpoints. */
  record RecipientIsTheVendors() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      String recipient = bearer(input.assertion()).getRecipient();
      if (recipient == null || !input.profile().recipients().contains(recipient)) {
        return SamlCheck.fail(
            Reason.WRONG_RECIPIENT,
            recipient == null ? "no Recipient" : "Recipient " + recipient + " is not accepted");
      }
      return SamlCheck.pass();
    }
  }

  /** S5: the bearer confirmation has no InResponseTo, the flow being unsolicited. */
  record ConfirmationIsUnsolicited() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      return bearer(input.assertion()).getInResponseTo() == null
          ? SamlCheck.pass()
          : SamlCheck.fail(
              Reason.UNEXPECTED_IN_RESPONSE_TO,
              "SubjectConfirmationData InResponseTo in an unsolicited flow");
    }
  }

  /** S5: now is within the bearer confirmation's window, with skew. */
  record ConfirmationIsCurrent() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      SubjectConfirmationData data = bearer(input.assertion());
      if (data.getNotBefore() != null) {
        Optional<SamlRejection> early =
            input.notInTheFuture(data.getNotBefore(), "SubjectConfirmationData NotBefore");
        if (early.isPresent()) {
          return early;
        }
      }
      return input.notExpired(data.getNotOnOrAfter(), "SubjectConfirmationData NotOnOrAfter");
    }
  }

  /**
   * S5: every AuthnStatement has an AuthnInstant that is not in the future, and a
   * SessionNotOnOrAfter, if any, that has not passed.
   */
  record AuthnStatementsAreCurrent() implements SamlCheck<SamlInput> {
    @Override
    public Optional<SamlRejection> check(SamlInput input) {
      for (AuthnStatement statement : input.assertion().getAuthnStatements()) {
        Instant instant = statement.getAuthnInstant();
        if (instant == null) {
          return SamlCheck.fail(Reason.MALFORMED_SAML, "AuthnStatement without AuthnInstant");
        }
        Optional<SamlRejection> early = input.notInTheFuture(instant, "AuthnInstant");
        if (early.isPresent()) {
          return early;
        }
        Instant sessionNotOnOrAfter = statement.getSessionNotOnOrAfter();
        if (sessionNotOnOrAfter != null) {
          Optional<SamlRejection> over =
              input.notExpired(sessionNotOnOrAfter, "AuthnStatement SessionNotOnOrAfter");
          if (over.isPresent()) {
            return over;
          }
        }
      }
      return SamlCheck.pass();
    }
  }

  /** The data of the one bearer confirmation; only after {@link SubjectIsConfirmedAsBearer}. */
  static SubjectConfirmationData bearer(Assertion assertion) {
    return assertion.getSubject().getSubjectConfirmations().get(0).getSubjectConfirmationData();
  }

  /** An Audience's URI, trimmed; empty when it has none. */
  static String audienceUri(Audience audience) {
    return audience.getURI() == null ? "" : audience.getURI().trim();
  }
}
