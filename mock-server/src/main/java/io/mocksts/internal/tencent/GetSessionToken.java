package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.Vendor;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * GetSessionToken (Tencent GetSessionToken API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json):
 * a root account or sub-user proves its MFA device and gets temporary credentials for its own
 * identity. Permanent keys only.
 */
final class GetSessionToken implements TencentAction {

  private final TemporaryCredentials credentials;
  private final Clock clock;

  GetSessionToken(TemporaryCredentials credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "GetSessionToken";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("SerialNumber", "TokenCode", "DurationSeconds");
  }

  @Override
  public Map<String, Object> handle(Params params, Caller caller) {
    String serialNumber = params.required("SerialNumber");
    String tokenCode = params.required("TokenCode");
    if (!(caller instanceof Caller.LongTerm longTerm)) {
      throw TencentError.TEMP_KEY_NOT_ALLOWED.exception();
    }
    long duration =
        DurationSeconds.resolve(
            params.integer("DurationSeconds"),
            GetFederationToken.DEFAULT_DURATION,
            GetFederationToken.maxDuration(longTerm));
    Permissions.checkMfa(serialNumber, tokenCode, caller, clock);
    String uin = longTerm.uin();
    return credentials.issue(
        name(),
        Session.user(
            Vendor.TENCENT,
            longTerm.account().id(),
            longTerm.owner().user().map(u -> u.name()).orElse(uin),
            uin,
            credentials.expiry(duration)));
  }
}
