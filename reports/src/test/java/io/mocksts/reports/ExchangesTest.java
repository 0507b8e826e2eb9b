package io.mocksts.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangesTest {

  @TempDir Path dir;

  @Test
  void anAbsentFileMeansNoExchange() {
    assertThat(Exchanges.read(dir.resolve("exchanges.jsonl")).isEmpty()).isTrue();
    assertThat(Exchanges.read(null).isEmpty()).isTrue();
  }

  @Test
  void linesThatAreNotExchangesAreCountedAndSkipped() throws IOException {
    Exchanges exchanges = Exchanges.read(ResultSamples.exchanges(dir));

    assertThat(exchanges.all()).hasSize(2);
    assertThat(exchanges.unreadable()).isEqualTo(2);
    assertThat(
            exchanges.of(
                "alibaba/assume-role.feature: a RoleArn of another account is refused", 23))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("AssumeRole");
              assertThat(e.response().status()).isEqualTo(404);
              assertThat(e.millis()).isEqualTo(12L);
            });
  }

  @Test
  void everySecretIsRedactedAgainOnReading() throws IOException {
    String secret = ResultSamples.worldSecrets().get(1);

    Exchanges exchanges = Exchanges.read(ResultSamples.exchanges(dir));

    for (Exchanges.Exchange e : exchanges.all()) {
      assertThat(e.toString()).doesNotContain(secret);
    }
    Exchanges.Exchange alibaba = exchanges.all().get(0);
    assertThat(alibaba.request().url())
        .isEqualTo("https://sts.aliyuncs.com/?Signature=***&Action=AssumeRole");
    assertThat(alibaba.request().headers())
        .containsEntry("x-acs-security-token", "***")
        .containsEntry("Authorization", "***")
        .containsEntry("Content-Type", "application/x-www-form-urlencoded");
    assertThat(alibaba.request().body())
        .isEqualTo("RoleArn=acs%3Aram%3A%3A999%3Arole%2Fx&AccessKeySecret=***&SecurityToken=***");
    assertThat(alibaba.response().body())
        .isEqualTo("{\"Code\":\"EntityNotExist.Role\",\"AccessKeySecret\":\"***\"}");
    Exchanges.Exchange tencent = exchanges.all().get(1);
    assertThat(tencent.request().headers()).isEqualTo(Map.of("X-TC-Token", "***"));
    assertThat(tencent.request().body()).isEqualTo("{\"Token\":\"***\"}");
    assertThat(tencent.response().body())
        .isEqualTo("<Credentials><Token>***</Token><TmpSecretKey>***</TmpSecretKey></Credentials>");
  }

  @Test
  void redactionLeavesNamesThatOnlyContainASecretsNameAlone() {
    assertThat(Redaction.text("RoleSessionName=s1&TokenCode=123456&SignatureMethod=HMAC-SHA1"))
        .isEqualTo("RoleSessionName=s1&TokenCode=123456&SignatureMethod=HMAC-SHA1");
    assertThat(Redaction.text("{\"OIDCToken\": \"eyJ.x.y\", \"RoleArn\": \"acs:ram::1:role/r\"}"))
        .isEqualTo("{\"OIDCToken\": \"***\", \"RoleArn\": \"acs:ram::1:role/r\"}");
    assertThat(Redaction.text("SAMLAssertion=PHNhbWw%2B&WebIdentityToken=abc"))
        .isEqualTo("SAMLAssertion=***&WebIdentityToken=***");
  }
}
