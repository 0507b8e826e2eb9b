package io.mocksts.internal.core;

import java.time.Instant;

/**
 * What a set of temporary credentials stands for: a role session (or, for Tencent, a federated
 * user) in an account, valid until {@code expiration}.
 *
 * @param vendor the cloud that issued the credentials
 * @param kind what the session is
 * @param accountId the owning account
 * @param roleName the assumed role's name, or the federated user's name
 * @param roleId the assumed role's id (empty for a federated user)
 * @param sessionName the session name chosen by the caller
 * @param accessKeyId the temporary access key id bound to the session
 * @param expiration when the credentials stop working
 * @param sourceIdentity the source identity carried by the session, or {@code null}
 * @param principalId who asked for the credentials (Tencent: the UIN of the caller whose key signed
 *     the request), or {@code null}
 */
public record Session(
    Vendor vendor,
    Kind kind,
    String accountId,
    String roleName,
    String roleId,
    String sessionName,
    String accessKeyId,
    Instant expiration,
    String sourceIdentity,
    String principalId) {

  /**
   * A role session; no source identity or requesting principal yet ({@link #withSourceIdentity},
   * {@link #withPrincipal}), and no access key until one is minted ({@link #withAccessKeyId}).
   */
  public static Session role(
      Vendor vendor, String accountId, Role role, String sessionName, Instant expiration) {
    return new Session(
        vendor,
        Kind.ROLE,
        accountId,
        role.name(),
        role.id(),
        sessionName,
        null,
        expiration,
        null,
        null);
  }

  /** A federated user (Tencent GetFederationToken): its name is also the session name. */
  public static Session federatedUser(
      Vendor vendor, String accountId, String name, String principalId, Instant expiration) {
    return new Session(
        vendor,
        Kind.FEDERATED_USER,
        accountId,
        name,
        "",
        name,
        null,
        expiration,
        null,
        principalId);
  }

  /**
   * The caller's own identity with MFA (Tencent GetSessionToken).
   *
   * @param userName the user's name (the UIN when the caller is the root)
   * @param uin the user's UIN, which is also the session name and the principal
   */
  public static Session user(
      Vendor vendor, String accountId, String userName, String uin, Instant expiration) {
    return new Session(
        vendor, Kind.USER, accountId, userName, "", uin, null, expiration, null, uin);
  }

  /** The same session carrying a source identity ({@code null} for none). */
  public Session withSourceIdentity(String value) {
    return new Session(
        vendor,
        kind,
        accountId,
        roleName,
        roleId,
        sessionName,
        accessKeyId,
        expiration,
        value,
        principalId);
  }

  /** The same session recording who asked for it ({@code null} for nobody in particular). */
  public Session withPrincipal(String value) {
    return new Session(
        vendor,
        kind,
        accountId,
        roleName,
        roleId,
        sessionName,
        accessKeyId,
        expiration,
        sourceIdentity,
        value);
  }

  /** The same session bound to the temporary access key minted for it. */
  public Session withAccessKeyId(String value) {
    return new Session(
        vendor,
        kind,
        accountId,
        roleName,
        roleId,
        sessionName,
        value,
        expiration,
        sourceIdentity,
        principalId);
  }

  /** What kind of principal a session is. */
  public enum Kind {
    ROLE,
    FEDERATED_USER,
    /** The caller's own identity with MFA (Tencent GetSessionToken); roleName is the user. */
    USER
  }
}
