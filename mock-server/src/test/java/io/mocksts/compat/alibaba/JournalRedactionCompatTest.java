package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ARN;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import com.github.tomakehurst.wiremock.common.Json;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the request journal keeps after real SDK calls: the minted AccessKeySecret and
 * SecurityToken, the signatures and the security token sent back are all masked in {@code GET
 * /__admin/requests} and in {@code getAllServeEvents()} (before the fix, both listed them in full).
 */
class JournalRedactionCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  @Test
  void whenCredentialsAreMintedAndUsedThenNoSecretIsInAnyJournalListing() throws Exception {
    MockSts sts = STS.sts();
    DefaultAcsClient alice = PopSdk.client(ALICE_KEY_ID, ALICE_SECRET);
    AssumeRoleResponse.Credentials minted =
        alice.getAcsResponse(PopSdk.assumeRole(sts, ROLE_ARN, "journal")).getCredentials();
    DefaultAcsClient session =
        PopSdk.sessionClient(
            minted.getAccessKeyId(), minted.getAccessKeySecret(), minted.getSecurityToken());
    session.getAcsResponse(PopSdk.getCallerIdentity(sts));
    alice.shutdown();
    session.shutdown();

    String listing =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sts.baseUrl() + "/__admin/requests")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String events = Json.write(sts.wireMock().getAllServeEvents());

    for (String journal : new String[] {listing, events}) {
      assertThat(journal)
          .contains("AssumeRole", "GetCallerIdentity", minted.getAccessKeyId())
          .contains("Signature=***", "SecurityToken=***")
          .doesNotContain(minted.getAccessKeySecret(), minted.getSecurityToken())
          .doesNotContainPattern("Signature=[^*&\"]");
    }
  }
}
