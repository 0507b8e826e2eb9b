package io.mocksts.internal.core;

import java.util.List;

/**
 * A sub-identity of an account: an Alibaba RAM user or a Tencent CAM sub-user.
 *
 * @param name the user name
 * @param id the numeric user id (Alibaba user id, Tencent sub-user UIN)
 * @param policies the names of the identity policies attached to the user
 * @param accessKeys the user's long-term keys
 * @param mfaSecret the base32 TOTP secret of the user's virtual MFA device (RFC 6238), or {@code
 *     null} when the user has none
 */
public record User(
    String name, String id, List<String> policies, List<AccessKey> accessKeys, String mfaSecret) {

  public User {
    policies = List.copyOf(policies);
    accessKeys = List.copyOf(accessKeys);
  }

  /** {@link #toString()} never prints the MFA secret. */
  @Override
  public String toString() {
    return "User[name=" + name + ", id=" + id + ", policies=" + policies + "]";
  }
}
