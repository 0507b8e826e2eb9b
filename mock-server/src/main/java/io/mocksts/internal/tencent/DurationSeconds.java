package io.mocksts.internal.tencent;

/**
 * The {@code DurationSeconds} parameter of the credential-issuing actions: the action's default
 * when absent; below 1 {@code InvalidParameter.ParamError}; above the action's (or the role's)
 * maximum {@code InvalidParameter.OverTimeError} ("过期时间超过阈值").
 */
final class DurationSeconds {

  private DurationSeconds() {}

  static long resolve(Long requested, long defaultSeconds, long maximum) {
    if (requested == null) {
      return defaultSeconds;
    }
    if (requested < 1) {
      throw TencentError.PARAM_ERROR.exception("DurationSeconds");
    }
    if (requested > maximum) {
      throw TencentError.OVER_TIME.exception();
    }
    return requested;
  }
}
