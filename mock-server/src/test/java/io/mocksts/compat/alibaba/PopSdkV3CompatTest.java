package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.SignatureVersion;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityResponse;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pop SDK (aliyun-java-sdk-core 4.7.10) in its own V3 mode ({@code
 * setSignatureVersion(SignatureVersion.V3)}, ACS3-HMAC-SHA256): AssumeRole in JSON and XML,
 * GetCallerIdentity, and a wrong secret.
 */
class PopSdkV3CompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static DefaultAcsClient v3(String keyId, String secret) {
    DefaultAcsClient client = PopSdk.client(keyId, secret);
    client.setSignatureVersion(SignatureVersion.V3);
    return client;
  }

  @Test
  void whenAliceAssumesARoleWithV3ThenTheCredentialsArrive() throws Exception {
    MockSts sts = STS.sts();
    AssumeRoleResponse json =
        v3(ALICE_KEY_ID, ALICE_SECRET).getAcsResponse(PopSdk.assumeRole(sts, ROLE_ARN, "pop-v3"));
    AssumeRoleResponse xml =
        v3(ALICE_KEY_ID, ALICE_SECRET)
            .getAcsResponse(PopSdk.xml(PopSdk.assumeRole(sts, ROLE_ARN, "pop-v3-xml")));

    assertThat(json.getCredentials().getAccessKeyId()).startsWith("STS.");
    assertThat(xml.getCredentials().getAccessKeyId()).startsWith("STS.");
    assertThat(json.getAssumedRoleUser().getArn()).endsWith("/pop-v3");
  }

  @Test
  void whenAliceAsksWhoSheIsWithV3ThenHerArnIsAnswered() throws Exception {
    GetCallerIdentityResponse json =
        v3(ALICE_KEY_ID, ALICE_SECRET).getAcsResponse(PopSdk.getCallerIdentity(STS.sts()));
    GetCallerIdentityResponse xml =
        v3(ALICE_KEY_ID, ALICE_SECRET)
            .getAcsResponse(PopSdk.xml(PopSdk.getCallerIdentity(STS.sts())));

    assertThat(json.getArn()).isEqualTo(ALICE_ARN);
    assertThat(xml.getArn()).isEqualTo(ALICE_ARN);
  }

  @Test
  void whenTheSecretIsWrongThenTheSignatureDoesNotMatch() {
    ClientException e =
        catchThrowableOfType(
            () ->
                v3(ALICE_KEY_ID, "WrongSecret0000000000000000000")
                    .getAcsResponse(PopSdk.getCallerIdentity(STS.sts())),
            ClientException.class);

    assertThat(e.getErrCode()).isIn("SignatureDoesNotMatch", "SDK.InvalidAccessKeySecret");
  }
}
