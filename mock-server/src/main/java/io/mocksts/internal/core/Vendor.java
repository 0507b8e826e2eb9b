package io.mocksts.internal.core;

/** The cloud whose STS protocol a piece of the world or a request belongs to. */
public enum Vendor {
  ALIBABA,
  TENCENT
}
