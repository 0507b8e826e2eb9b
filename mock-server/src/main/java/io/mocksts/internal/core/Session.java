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

  /** What kind of principal a session is. */
  public enum Kind {
    ROLE,
    FEDERATED_USER,
    /** The caller's own identity with MFA (Tencent GetSessionToken); roleName is the user. */
    USER
  }
}
