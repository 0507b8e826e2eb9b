package io.mocksts.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ring of recent calls behind {@code /__admin/mock-sts/calls} and the JSON-lines log. */
class CallLogTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  private static void call(CallLog log, String requestId) {
    log.record("alibaba", requestId, "GetCallerIdentity", "LTAI5tKey", CallLog.OK, 200, 1_500_000);
  }

  @Test
  void whenMoreCallsThanTheCapacityAreRecordedThenTheNewestAreKeptNewestFirst() {
    CallLog log = new CallLog(CLOCK, 3);

    for (int i = 1; i <= 5; i++) {
      call(log, "r" + i);
    }

    assertThat(log.recent(10))
        .extracting(CallLog.Call::requestId)
        .containsExactly("r5", "r4", "r3");
    assertThat(log.recent(2)).extracting(CallLog.Call::requestId).containsExactly("r5", "r4");
  }

  @Test
  void whenACallIsRecordedThenItsFieldsAndLatencyInMillisecondsAreKept() {
    CallLog log = new CallLog(CLOCK, 10);

    log.record(
        "tencent", "id-1", "AssumeRole", "AKIDabc", "AuthFailure.SignatureFailure", 200, 2_345_678);

    CallLog.Call call = log.recent(1).get(0);
    assertThat(call)
        .isEqualTo(
            new CallLog.Call(
                CLOCK.instant(),
                "id-1",
                "tencent",
                "AssumeRole",
                "AKIDabc",
                "AuthFailure.SignatureFailure",
                200,
                2.346));
  }

  @Test
  void whenTheKeyIdDoesNotLookLikeAnIdThenItIsNotRecorded() {
    CallLog log = new CallLog(CLOCK, 10);

    log.record("alibaba", "id", "AssumeRole", "a secret with spaces=", CallLog.OK, 200, 0);
    log.record("alibaba", "id", "AssumeRole", "x".repeat(129), CallLog.OK, 200, 0);

    assertThat(log.recent(10)).extracting(CallLog.Call::accessKeyId).containsOnlyNulls();
  }

  @Test
  void whenListenersAreSubscribedThenEachCallReachesThemAlsoBeyondTheCapacity() {
    CallLog log = new CallLog(CLOCK, 1);
    List<String> seen = new ArrayList<>();
    log.subscribe(c -> seen.add(c.requestId()));

    call(log, "a");
    call(log, "b");

    assertThat(seen).containsExactly("a", "b");
    assertThat(log.recent(5)).hasSize(1);
  }

  @Test
  void whenTheLogIsClearedThenNothingIsListed() {
    CallLog log = new CallLog(CLOCK, 5);
    call(log, "a");

    log.clear();

    assertThat(log.recent(5)).isEmpty();
  }

  @Test
  void whenAnAuthorizationHeaderNamesACredentialThenItsIdIsRead() {
    assertThat(
            CallLog.credentialId(
                "TC3-HMAC-SHA256 Credential=AKIDabc/2026-01-02/sts/tc3_request,"
                    + " SignedHeaders=content-type;host, Signature=0123abcd"))
        .isEqualTo("AKIDabc");
    assertThat(
            CallLog.credentialId(
                "ACS3-HMAC-SHA256 Credential=LTAI5tKey,SignedHeaders=host,Signature=abcd"))
        .isEqualTo("LTAI5tKey");
    assertThat(CallLog.credentialId("Bearer xyz")).isNull();
    assertThat(CallLog.credentialId(null)).isNull();
  }
}
