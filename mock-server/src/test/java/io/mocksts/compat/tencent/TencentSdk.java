package io.mocksts.compat.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sts.v20180813.StsClient;
import io.mocksts.MockSts;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How to point the official Tencent Cloud Java SDK (tencentcloud-sdk-java-sts 3.1.678) at the mock
 * (Tencent Java SDK endpoint configuration,
 * https://repo1.maven.org/maven2/com/tencentcloudapi/tencentcloud-sdk-java-common/3.1.678/):
 * endpoint {@code 127.0.0.1:PORT} (so the TC3 credential scope's service is {@code 127}, Tencent
 * TC3-HMAC-SHA256 signature,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md),
 * protocol {@code http://}, region {@code ap-guangzhou}, and one of the signature methods and HTTP
 * methods the SDK offers.
 */
final class TencentSdk {

  static final String REGION = "ap-guangzhou";
  static final String SERVICE = "sts";
  static final String VERSION = "2018-08-13";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every combination of signature method and HTTP method the 3.1.678 SDK can send. */
  enum Signing {
    TC3_POST(ClientProfile.SIGN_TC3_256, HttpProfile.REQ_POST),
    TC3_GET(ClientProfile.SIGN_TC3_256, HttpProfile.REQ_GET),
    HMAC_SHA1_POST(ClientProfile.SIGN_SHA1, HttpProfile.REQ_POST),
    HMAC_SHA1_GET(ClientProfile.SIGN_SHA1, HttpProfile.REQ_GET),
    HMAC_SHA256_POST(ClientProfile.SIGN_SHA256, HttpProfile.REQ_POST),
    HMAC_SHA256_GET(ClientProfile.SIGN_SHA256, HttpProfile.REQ_GET);

    final String signMethod;
    final String httpMethod;

    Signing(String signMethod, String httpMethod) {
      this.signMethod = signMethod;
      this.httpMethod = httpMethod;
    }
  }

  private TencentSdk() {}

  static ClientProfile profile(MockSts sts, Signing signing) {
    HttpProfile http = new HttpProfile();
    http.setEndpoint("127.0.0.1:" + sts.port());
    http.setProtocol(HttpProfile.REQ_HTTP);
    http.setReqMethod(signing.httpMethod);
    http.setConnTimeout(10);
    http.setReadTimeout(30);
    http.setWriteTimeout(30);
    return new ClientProfile(signing.signMethod, http);
  }

  /** A client signing with a long-term key, TC3-HMAC-SHA256 over a JSON POST (the default). */
  static StsClient client(MockSts sts, String secretId, String secretKey) {
    return client(sts, new Credential(secretId, secretKey), Signing.TC3_POST);
  }

  static StsClient client(MockSts sts, String secretId, String secretKey, Signing signing) {
    return client(sts, new Credential(secretId, secretKey), signing);
  }

  /** A client signing with temporary credentials ({@code X-TC-Token}, or {@code Token} in v1). */
  static StsClient sessionClient(
      MockSts sts, String tmpSecretId, String tmpSecretKey, String token, Signing signing) {
    return client(sts, new Credential(tmpSecretId, tmpSecretKey, token), signing);
  }

  static StsClient client(MockSts sts, Credential credential, Signing signing) {
    return new StsClient(credential, REGION, profile(sts, signing));
  }

  static StsClient client(MockSts sts, Credential credential, ClientProfile profile) {
    return new StsClient(credential, REGION, profile);
  }

  /**
   * The generic client for actions the 3.1.678 {@code StsClient} lacks ({@code GetSessionToken},
   * Tencent STS actions and rate limits,
   * https://www.tencentcloud.website/document/product/1150/49443). {@code call} always signs with
   * TC3 over a JSON POST.
   */
  static CommonClient commonClient(MockSts sts, Credential credential) {
    return new CommonClient(SERVICE, VERSION, credential, REGION, profile(sts, Signing.TC3_POST));
  }

  /** Calls an action through {@link CommonClient#call} and returns {@code Response}. */
  static JsonNode call(CommonClient client, String action, String jsonPayload)
      throws TencentCloudSDKException {
    try {
      return JSON.readTree(client.call(action, jsonPayload)).path("Response");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A call that must fail. */
  @FunctionalInterface
  interface SdkCall {
    void run() throws Exception;
  }

  /**
   * Runs the call, expects the SDK's {@link TencentCloudSDKException} for a {@code Response.Error}
   * in an HTTP 200 body (Tencent API 3.0 error envelope,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md,
   * Tencent SDK error handling,
   * https://github.com/TencentCloud/tencentcloud-sdk-java/blob/970d68bd0f0d/src/main/java/com/tencentcloudapi/common/AbstractClient.java,
   * Tencent Java SDK endpoint configuration), and checks the code and that the reply had a {@code
   * RequestId} and a {@code Message}.
   */
  static TencentCloudSDKException assertError(SdkCall call, String code) {
    TencentCloudSDKException error =
        catchThrowableOfType(TencentCloudSDKException.class, call::run);
    assertThat(error).as("the SDK should have thrown a TencentCloudSDKException").isNotNull();
    assertThat(error.getErrorCode()).as("Response.Error.Code").isEqualTo(code);
    assertThat(error.getRequestId())
        .as("Response.RequestId of the error")
        .matches(TencentFixtures.REQUEST_ID_PATTERN);
    assertThat(error.getMessage()).as("Response.Error.Message").isNotBlank();
    return error;
  }
}
