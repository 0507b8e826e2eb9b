package io.mocksts.internal.alibaba;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.IssuedCredentials;
import io.mocksts.internal.core.Role;
import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.saml.RolePair;
import io.mocksts.internal.saml.SamlRejection;
import io.mocksts.internal.saml.SamlResult;
import io.mocksts.internal.saml.SamlTrust;
import io.mocksts.internal.saml.SamlValidator;
import io.mocksts.internal.saml.ValidatedAssertion;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * AssumeRoleWithSAML (Alibaba AssumeRoleWithSAML reference,
 * https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml; Alibaba role-based SSO,
 * https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso): a signed SAML
 * Response of a registered IdP buys credentials of a role that trusts the IdP. Called without an
 * AccessKey signature. The session name comes from the assertion's RoleSessionName attribute; the
 * lifetime is DurationSeconds (or the SessionDuration attribute, or 3,600 s), never past the
 * assertion's SessionNotOnOrAfter.
 */
final class AssumeRoleWithSAML implements AlibabaAction {

  /**
   * The lifetime when neither DurationSeconds nor SessionDuration is given (Alibaba role-based
   * SSO).
   */
  private static final long DEFAULT_DURATION = 3600;

  private static final long MIN_DURATION = 900;

  private static final String NAME_ID_FORMAT_PREFIX = "urn:oasis:names:tc:SAML:2.0:nameid-format:";

  private final World world;
  private final SessionTokens tokens;
  private final Clock clock;
  private final SamlTrust trust;
  private final SamlValidator validator;

  AssumeRoleWithSAML(
      World world, SessionTokens tokens, Clock clock, SamlTrust trust, SamlValidator validator) {
    this.world = world;
    this.tokens = tokens;
    this.clock = clock;
    this.trust = trust;
    this.validator = validator;
  }

  @Override
  public String name() {
    return "AssumeRoleWithSAML";
  }

  @Override
  public boolean anonymous() {
    return true;
  }

  @Override
  public Map<String, Object> handle(RpcRequest request, Caller caller, String requestId) {
    String assertion = request.required("SAMLAssertion", AlibabaError.MISSING_SAML_ASSERTION);
    String providerArn =
        request.required("SAMLProviderArn", AlibabaError.MISSING_SAML_PROVIDER_ARN);
    String roleArn = request.required("RoleArn", AlibabaError.MISSING_SAML_ROLE_ARN);
    AlibabaArns.RoleArn role =
        AlibabaArns.parseRole(roleArn).orElseThrow(AlibabaError.INVALID_ROLE_ARN::exception);
    AlibabaArns.ProviderArn provider =
        AlibabaArns.parseSamlProvider(providerArn)
            .orElseThrow(AlibabaError.SAML_PROVIDER_NOT_FOUND::exception);
    Long requestedDuration = duration(request.parameter("DurationSeconds"));
    SessionPolicy.check(request.parameter("Policy"));

    SamlTrust.Idp idp =
        trust
            .idp(Vendor.ALIBABA, provider.accountId(), provider.name())
            .orElseThrow(AlibabaError.SAML_PROVIDER_NOT_FOUND::exception);
    Account account =
        world
            .account(Vendor.ALIBABA, role.accountId())
            .orElseThrow(AlibabaError.SAML_ROLE_NOT_FOUND::exception);
    Role target =
        account.role(role.roleName()).orElseThrow(AlibabaError.SAML_ROLE_NOT_FOUND::exception);
    if (!(idp instanceof SamlTrust.Idp.Trusted trusted)) {
      throw AlibabaError.IDP_METADATA_INVALID.exception();
    }
    ValidatedAssertion validated =
        accepted(validator.validate(assertion, trusted.idp(), new RolePair(roleArn, providerArn)));
    // the role's own rules, before the assertion is recorded as used (S8 last)
    if (!target
        .trustPolicy()
        .allows(
            "sts:AssumeRole",
            "federated",
            Set.of(providerArn),
            Map.of("saml:recipient", validated.recipient()))) {
      throw AlibabaError.SAML_ROLE_NOT_TRUSTED.exception();
    }
    String sessionName =
        validated.sessionName().orElseThrow(AlibabaError.SAML_ROLE_SESSION_NAME::exception);
    Instant expiration = expiration(requestedDuration, validated, target);
    accepted(validator.recordAgainstReplay(validated));

    IssuedCredentials credentials =
        tokens.mint(
            Session.role(Vendor.ALIBABA, account.id(), target, sessionName, expiration),
            RpcAuthenticator.STS_FORMAT,
            name(),
            AlibabaArns.assumedRole(account.id(), target.name(), sessionName));
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("SubjectType", subjectType(validated.nameIdFormat()));
    info.put("Subject", validated.nameId());
    info.put("Issuer", validated.issuer());
    info.put("Recipient", validated.recipient());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    body.put("SAMLAssertionInfo", info);
    Map<String, Object> common =
        AssumedRoleResponse.body(requestId, account, target, sessionName, credentials, null);
    common.remove("RequestId");
    body.putAll(common);
    return body;
  }

  /**
   * The credentials' expiry: DurationSeconds if given, else the SessionDuration attribute, else
   * 3,600 s; both at most the role's MaxSessionDuration; never after SessionNotOnOrAfter (Alibaba
   * role-based SSO).
   */
  private Instant expiration(Long requested, ValidatedAssertion validated, Role role) {
    long seconds;
    if (requested != null) {
      seconds = requested;
    } else if (validated.sessionDurationSeconds().isPresent()) {
      seconds = validated.sessionDurationSeconds().getAsLong();
    } else {
      seconds = Math.min(DEFAULT_DURATION, role.maxSessionDuration());
    }
    if (seconds < MIN_DURATION || seconds > role.maxSessionDuration()) {
      throw AlibabaError.SAML_DURATION_SECONDS.exception();
    }
    Instant expiry = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds);
    return validated
        .sessionNotOnOrAfter()
        .map(limit -> limit.truncatedTo(ChronoUnit.SECONDS))
        .filter(limit -> limit.isBefore(expiry))
        .orElse(expiry);
  }

  /**
   * The validated assertion, or where the pipeline stopped as the documented code (Alibaba
   * AssumeRoleWithSAML reference).
   */
  private static ValidatedAssertion accepted(SamlResult result) {
    if (result instanceof SamlRejection rejection) {
      throw rejection(rejection);
    }
    return (ValidatedAssertion) result;
  }

  /**
   * Where the pipeline stopped, as the documented code (Alibaba AssumeRoleWithSAML reference);
   * UNCONFIRMED per failure.
   */
  private static AlibabaException rejection(SamlRejection e) {
    return switch (e.reason()) {
      case EXPIRED -> AlibabaError.SAML_ASSERTION_EXPIRED.exception();
      case BAD_SESSION_NAME -> AlibabaError.SAML_ROLE_SESSION_NAME.exception();
      case BAD_SESSION_DURATION -> AlibabaError.SAML_DURATION_SECONDS.exception();
      case IDP_METADATA_INVALID -> AlibabaError.IDP_METADATA_INVALID.exception();
      default -> AlibabaError.SAML_ASSERTION_INVALID.exception();
    };
  }

  private static Long duration(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      throw AlibabaError.SAML_DURATION_SECONDS.exception();
    }
  }

  private static String subjectType(String format) {
    if (format == null) {
      return "";
    }
    return format.startsWith(NAME_ID_FORMAT_PREFIX)
        ? format.substring(NAME_ID_FORMAT_PREFIX.length())
        : format;
  }
}
