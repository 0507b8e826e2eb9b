package io.mocksts.internal.core;

import java.time.Instant;

/**
 * A long-term key pair: an Alibaba AccessKeyId/AccessKeySecret or a Tencent SecretId/SecretKey.
 *
 * <p>{@link #toString()} never prints the secret.
 *
 * @param id the key id
 * @param secret the signing secret
 * @param active whether the key may sign requests
 * @param created when the key was created (Tencent QueryApiKey reports it)
 */
public record AccessKey(String id, String secret, boolean active, Instant created) {

  @Override
  public String toString() {
    return "AccessKey[id=" + id + ", active=" + active + "]";
  }
}
