package io.mocksts.kit.steps;

import io.cucumber.java.en.Given;
import io.mocksts.kit.tencent.ApiCall;

/**
 * How the next Tencent request is shaped (Tencent API 3.0 wire protocol,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md):
 * signature v1 or none, the common parameters, the details of a TC3 signature a scenario varies.
 * The HTTP method, form bodies, dropped or changed parameters, raw bodies and timestamps use the
 * shared {@link RequestSteps}.
 */
public final class TencentRequestSteps {

  private final ScenarioState state;

  public TencentRequestSteps(ScenarioState state) {
    this.state = state;
  }

  @Given("the request is signed with TC3-HMAC-SHA256")
  public void tc3() {
    state.tencentNext().signing(ApiCall.Signing.TC3);
  }

  /**
   * Signature v1 with {@code SignatureMethod} set to the given value (Tencent signature v1,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83.md).
   */
  @Given("the request is signed with signature v1 and SignatureMethod {string}")
  public void v1(String signatureMethod) {
    state.tencentNext().signing(ApiCall.Signing.V1).signatureMethod(signatureMethod);
  }

  @Given("the request is signed with signature v1 without a SignatureMethod")
  public void v1Default() {
    state.tencentNext().signing(ApiCall.Signing.V1).signatureMethod(null);
  }

  @Given("the request carries Authorization SKIP instead of a signature")
  public void skip() {
    state.tencentNext().signing(ApiCall.Signing.SKIP);
  }

  @Given("the request carries no Authorization header")
  public void noAuthorization() {
    state.tencentNext().signing(ApiCall.Signing.NONE);
  }

  @Given("the request is signed with a wrong SecretKey")
  public void wrongSecretKey() {
    state.request().signWithSecret("WrongSecretKeyWrongSecretKey0001");
  }

  @Given("the request's Region is {string}")
  public void region(String region) {
    state.tencentNext().region(region);
  }

  @Given("the request asks for messages in {string}")
  public void language(String language) {
    state.tencentNext().language(language);
  }

  @Given("the JSON body is sent with Content-Type {string}")
  public void jsonContentType(String contentType) {
    state.tencentNext().jsonContentType(contentType);
  }

  @Given("the request declares an unsigned payload")
  public void unsignedPayload() {
    state.tencentNext().unsignedPayload(true);
  }

  @Given("the request is signed over the host without its port")
  public void hostWithoutPort() {
    state.tencentNext().hostWithoutPort(true);
  }

  @Given("the credential scope names the service {string}")
  public void scopeService(String service) {
    state.tencentNext().scopeService(service);
  }

  /**
   * The Java SDK's quirk: the service is the first DNS label of the endpoint (Tencent
   * TC3-HMAC-SHA256 signature,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md,
   * Tencent Java SDK endpoint configuration,
   * https://repo1.maven.org/maven2/com/tencentcloudapi/tencentcloud-sdk-java-common/3.1.678/).
   */
  @Given("the credential scope names the first label of the host as the service")
  public void scopeServiceFromHost() {
    String host = state.target().endpoint("tencent").getHost();
    state.tencentNext().scopeService(host.split("\\.")[0]);
  }

  @Given("the credential scope names the day before the timestamp's UTC date")
  public void scopeDayBefore() {
    state.tencentNext().scopeDayShift(-1);
  }
}
