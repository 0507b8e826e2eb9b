package io.mocksts.internal.core;

import java.time.Instant;

/**
 * Temporary credentials minted for a session. {@link #toString()} prints no secret.
 *
 * @param accessKeyId the temporary access key id
 * @param accessKeySecret the matching secret
 * @param securityToken the session token to send with every call
 * @param expiration when the credentials stop working
 */
public record IssuedCredentials(
    String accessKeyId, String accessKeySecret, String securityToken, Instant expiration) {

  @Override
  public String toString() {
    return "IssuedCredentials[accessKeyId=" + accessKeyId + ", expiration=" + expiration + "]";
  }
}
