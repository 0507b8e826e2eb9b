package io.mocksts.kit.steps;

import io.cucumber.java.en.Given;
import io.mocksts.kit.tencent.ApiCall;

/**
 * How the next Tencent request is shaped (tencent-sts.md §2): signature v1 or none, the common
 * parameters, the details of a TC3 signature a scenario varies. The HTTP method, form bodies,
 * dropped or changed parameters, raw bodies and timestamps use the shared {@link RequestSteps}.
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

  /** Signature v1 with {@code SignatureMethod} set to the given value (§2.6). */
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
    state.signWithSecret("WrongSecretKeyWrongSecretKey0001");
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

  /** The Java SDK's quirk: the service is the first DNS label of the endpoint (§2.4, §8). */
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
