package io.mocksts.internal.core;

/**
 * A long-term key pair: an Alibaba AccessKeyId/AccessKeySecret or a Tencent SecretId/SecretKey.
 *
 * <p>{@link #toString()} never prints the secret.
 */
public record AccessKey(String id, String secret, boolean active) {

  @Override
  public String toString() {
    return "AccessKey[id=" + id + ", active=" + active + "]";
  }
}
