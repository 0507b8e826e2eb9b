package io.mocksts.internal.core;

import java.util.List;

/**
 * A role that federated identities and other principals may assume.
 *
 * @param name the role name as created
 * @param id the numeric role id
 * @param maxSessionDuration the upper bound of DurationSeconds for this role, in seconds
 * @param trustPolicy who may assume the role, under which conditions
 * @param policies the names of the identity policies attached to the role
 */
public record Role(
    String name,
    String id,
    long maxSessionDuration,
    TrustPolicy trustPolicy,
    List<String> policies) {

  public Role {
    policies = List.copyOf(policies);
  }
}
