package io.mocksts.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.AnonymousCredentials;
import com.aliyuncs.auth.BasicSessionCredentials;
import com.aliyuncs.auth.StaticCredentialsProvider;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import com.aliyuncs.sts.model.v20150401.AssumeRoleWithSAMLRequest;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithWebIdentityRequest;
import io.mocksts.Endpoints;
import io.mocksts.Identities;
import io.mocksts.idp.TestIdp;
import io.mocksts.idp.TestIssuer;
import io.mocksts.junit.MockStsExtension;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * No secret reaches a log line, whatever logging binding the user has: this module's binding is
 * logback with every logger at DEBUG (src/test/resources/logback-test.xml). Every event of every
 * logger, from before the mock starts until after the last call, is kept in memory; the calls are
 * the official SDKs' signed calls (pop V1 with {@code SecurityToken} in the query, Tencent TC3 and
 * HmacSHA1 with {@code Token}), SAML and OIDC exchanges and a refused call. The last test reads
 * every event (message, arguments, MDC, exceptions) for the secrets the calls carried and for
 * anything shaped like a signature, a security token, a SAML Response or a JWT.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogSecrecyExampleTest {

  /** Attached before the extension below starts the mock, so start-up logging is read too. */
  static final ListAppender<ILoggingEvent> EVENTS = listenToEveryLogger();

  @RegisterExtension static final MockStsExtension STS = MockStsExtension.perClass();

  /** The secrets the calls below sent or received, collected as they are made. */
  static final Set<String> SECRETS = new LinkedHashSet<>();

  static ListAppender<ILoggingEvent> listenToEveryLogger() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.DEBUG);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
    return appender;
  }

  @AfterAll
  static void detach() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(EVENTS);
  }

  private static DefaultAcsClient pop(String keyId, String secret, String token) {
    return new DefaultAcsClient(
        DefaultProfile.getProfile("cn-hangzhou"),
        new StaticCredentialsProvider(
            token == null
                ? new com.aliyuncs.auth.BasicCredentials(keyId, secret)
                : new BasicSessionCredentials(keyId, secret, token)));
  }

  private static <T extends com.aliyuncs.AcsRequest<?>> T at(Endpoints endpoints, T request) {
    request.setSysEndpoint(endpoints.httpHost());
    request.setSysProtocol(ProtocolType.HTTP);
    return request;
  }

  private static StsClient tencent(Endpoints endpoints, Credential credential, String signMethod) {
    HttpProfile http = new HttpProfile();
    http.setEndpoint(endpoints.httpHost());
    http.setProtocol(HttpProfile.REQ_HTTP);
    http.setReqMethod(
        signMethod.equals(ClientProfile.SIGN_TC3_256) ? HttpProfile.REQ_POST : HttpProfile.REQ_GET);
    return new StsClient(credential, "ap-guangzhou", new ClientProfile(signMethod, http));
  }

  @Test
  @Order(1)
  void alibabaV1SignedCallsWithALongTermKeyAndWithASecurityTokenInTheQuery(
      Endpoints endpoints, Identities identities) throws Exception {
    Identities.Account main = identities.alibaba().main();
    Identities.User alice = main.user("alice");
    SECRETS.add(alice.accessKeySecret());

    AssumeRoleRequest assume = at(endpoints, new AssumeRoleRequest());
    assume.setRoleArn(main.roleArn("mock-role"));
    assume.setRoleSessionName("log-secrecy");
    AssumeRoleResponse.Credentials issued =
        pop(alice.accessKeyId(), alice.accessKeySecret(), null)
            .getAcsResponse(assume)
            .getCredentials();
    SECRETS.add(issued.getAccessKeySecret());
    SECRETS.add(issued.getSecurityToken());

    String arn =
        pop(issued.getAccessKeyId(), issued.getAccessKeySecret(), issued.getSecurityToken())
            .getAcsResponse(at(endpoints, new GetCallerIdentityRequest()))
            .getArn();
    assertThat(arn).endsWith("/log-secrecy");
  }

  @Test
  @Order(2)
  void alibabaSamlAndOidcExchanges(Endpoints endpoints, Identities identities, TestIdp idp)
      throws Exception {
    Identities.Account main = identities.alibaba().main();
    String assertion =
        idp.response("alibaba")
            .role(main.roleArn("mock-saml-role"), main.samlProvider("mock-idp").arn())
            .sessionName("log-secrecy")
            .toBase64();
    SECRETS.add(assertion);
    // pop sends the assertion in the query string
    AssumeRoleWithSAMLRequest saml = at(endpoints, new AssumeRoleWithSAMLRequest());
    saml.setSAMLProviderArn(main.samlProvider("mock-idp").arn());
    saml.setRoleArn(main.roleArn("mock-saml-role"));
    saml.setSAMLAssertion(assertion);
    var samlCredentials =
        new DefaultAcsClient(
                DefaultProfile.getProfile("cn-hangzhou"),
                new StaticCredentialsProvider(new AnonymousCredentials()))
            .getAcsResponse(saml)
            .getCredentials();
    SECRETS.add(samlCredentials.getAccessKeySecret());
    SECRETS.add(samlCredentials.getSecurityToken());

    String token =
        TestIssuer.bundled(STS.sts().mockClock())
            .token("system:serviceaccount:default:app")
            .audience("sts.aliyuncs.com")
            .sign();
    SECRETS.add(token);
    var oidc =
        new com.aliyun.sts20150401.Client(
                new Config().setEndpoint(endpoints.httpHost()).setProtocol("HTTP"))
            .assumeRoleWithOIDC(
                new com.aliyun.sts20150401.models.AssumeRoleWithOIDCRequest()
                    .setOIDCProviderArn(main.oidcProvider("mock-oidc").arn())
                    .setRoleArn(main.roleArn("mock-oidc-role"))
                    .setOIDCToken(token)
                    .setRoleSessionName("log-secrecy"))
            .getBody()
            .getCredentials();
    SECRETS.add(oidc.getAccessKeySecret());
    SECRETS.add(oidc.getSecurityToken());
  }

  @Test
  @Order(3)
  void aRefusedAlibabaCallWithAWrongSecret(Endpoints endpoints, Identities identities) {
    Identities.Account main = identities.alibaba().main();
    AssumeRoleRequest assume = at(endpoints, new AssumeRoleRequest());
    assume.setRoleArn(main.roleArn("mock-role"));
    assume.setRoleSessionName("log-secrecy");
    SECRETS.add("NotAliceSecretButStillASecret01");

    try {
      pop(main.user("alice").accessKeyId(), "NotAliceSecretButStillASecret01", null)
          .getAcsResponse(assume);
    } catch (ClientException e) {
      // the mock answers SignatureDoesNotMatch; pop reports it as SDK.InvalidAccessKeySecret
      assertThat(e.getErrCode()).isEqualTo("SDK.InvalidAccessKeySecret");
      return;
    }
    throw new AssertionError("a wrong secret was accepted");
  }

  @Test
  @Order(4)
  void tencentTc3AndHmacSha1CallsWithATemporaryToken(Endpoints endpoints, Identities identities)
      throws Exception {
    Identities.Account main = identities.tencent().main();
    Identities.User alice = main.user("alice");
    SECRETS.add(alice.secretKey());

    com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest assume =
        new com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest();
    assume.setRoleArn(main.roleArn("mock-role"));
    assume.setRoleSessionName("log-secrecy");
    var issued =
        tencent(
                endpoints,
                new Credential(alice.secretId(), alice.secretKey()),
                ClientProfile.SIGN_TC3_256)
            .AssumeRole(assume)
            .getCredentials();
    SECRETS.add(issued.getTmpSecretKey());
    SECRETS.add(issued.getToken());

    String arn =
        tencent(
                endpoints,
                new Credential(
                    issued.getTmpSecretId(), issued.getTmpSecretKey(), issued.getToken()),
                ClientProfile.SIGN_SHA1)
            .GetCallerIdentity(
                new com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest())
            .getArn();
    assertThat(arn).contains(":assumed-role/");
  }

  @Test
  @Order(5)
  void tencentSamlAndWebIdentityExchanges(
      Endpoints endpoints, Identities identities, TestIdp idp, TestIssuer issuer)
      throws TencentCloudSDKException {
    Identities.Account main = identities.tencent().main();
    StsClient anonymous = tencent(endpoints, new Credential("", ""), ClientProfile.SIGN_TC3_256);

    String assertion =
        idp.response("tencent")
            .role(main.roleArn("mock-saml-role"), main.samlProvider("mock-idp").arn())
            .sessionName("log-secrecy")
            .toBase64();
    SECRETS.add(assertion);
    var saml = new com.tencentcloudapi.sts.v20180813.models.AssumeRoleWithSAMLRequest();
    saml.setSAMLAssertion(assertion);
    saml.setPrincipalArn(main.samlProvider("mock-idp").arn());
    saml.setRoleArn(main.roleArn("mock-saml-role"));
    saml.setRoleSessionName("log-secrecy");
    var samlCredentials = anonymous.AssumeRoleWithSAML(saml).getCredentials();
    SECRETS.add(samlCredentials.getTmpSecretKey());
    SECRETS.add(samlCredentials.getToken());

    String token =
        issuer.token("system:serviceaccount:default:app").audience("sts.cloud.tencent.com").sign();
    SECRETS.add(token);
    AssumeRoleWithWebIdentityRequest oidc = new AssumeRoleWithWebIdentityRequest();
    oidc.setProviderId(main.oidcProvider("mock-oidc").name());
    oidc.setWebIdentityToken(token);
    oidc.setRoleArn(main.roleArn("mock-oidc-role"));
    oidc.setRoleSessionName("log-secrecy");
    var oidcCredentials = anonymous.AssumeRoleWithWebIdentity(oidc).getCredentials();
    SECRETS.add(oidcCredentials.getTmpSecretKey());
    SECRETS.add(oidcCredentials.getToken());
  }

  /** Shapes of secrets whose exact value the test does not know (signatures above all). */
  private static final List<Pattern> SHAPES =
      List.of(
          // a V1 or HmacSHA1/256 signature in a query string or form, unmasked
          Pattern.compile("(?i)[?&](Signature|SecurityToken|Token)=(?!\\*\\*\\*)[^&\\s\"]{8,}"),
          // a TC3 or ACS3 Authorization header's signature
          Pattern.compile("(?i)Signature=(?!\\*\\*\\*)[0-9a-f]{40,}"),
          // a JWT (header.payload.)
          Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\."),
          // a SAML Response, base64 ("<samlp:Response", "<saml2p:Response", "<?xml ") or in clear
          Pattern.compile("PHNhbWxwOlJlc3BvbnNl|PHNhbWwycDpSZXNwb25zZ|PD94bWwg"),
          Pattern.compile("<(saml2?p?:)?(Response|Assertion)[\\s>]"));

  /**
   * The client side's own wire logging: Apache HttpClient 4 (under aliyun-java-sdk-core) logs every
   * request and response it sends at DEBUG, as it would against the real cloud. That is the user's
   * SDK and the user's choice, not the mock's, so these loggers alone are not read.
   */
  private static final List<String> CLIENT_LOGGERS = List.of("org.apache.http.");

  @Test
  @Order(6)
  void theUserSOwnDebugLinesStillReachTheLog() {
    LoggerFactory.getLogger(LogSecrecyExampleTest.class).debug("the user's own DEBUG line");

    assertThat(EVENTS.list)
        .anySatisfy(
            e -> assertThat(e.getFormattedMessage()).isEqualTo("the user's own DEBUG line"));
  }

  @Test
  @Order(7)
  void noLogEventOfAnyLoggerCarriesASecret() {
    List<ILoggingEvent> events =
        EVENTS.list.stream()
            .filter(e -> CLIENT_LOGGERS.stream().noneMatch(e.getLoggerName()::startsWith))
            .toList();
    assertThat(SECRETS).as("the calls above ran").hasSizeGreaterThan(15);

    List<String> leaks = new ArrayList<>();
    for (ILoggingEvent event : events) {
      String text = text(event);
      for (String secret : SECRETS) {
        if (text.contains(secret)) {
          leaks.add(event.getLoggerName() + ": a secret of the calls: " + abbreviate(text));
        }
      }
      for (Pattern shape : SHAPES) {
        Matcher m = shape.matcher(text);
        if (m.find()) {
          leaks.add(event.getLoggerName() + ": " + m.group() + " in " + abbreviate(text));
        }
      }
    }
    assertThat(leaks).as("log events with secrets (%d events read)", events.size()).isEmpty();
    System.out.println(
        "LogSecrecyExampleTest: "
            + events.size()
            + " log events at DEBUG (client wire logging left out) from "
            + events.stream().map(ILoggingEvent::getLoggerName).distinct().count()
            + " loggers, no secret in any");
  }

  /** Everything an appender could print of the event. */
  private static String text(ILoggingEvent event) {
    StringBuilder text = new StringBuilder();
    text.append(event.getFormattedMessage()).append('\n').append(event.getMessage());
    if (event.getArgumentArray() != null) {
      for (Object argument : event.getArgumentArray()) {
        text.append('\n').append(argument);
      }
    }
    text.append('\n').append(event.getMDCPropertyMap());
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      text.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
      for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
        text.append('\n').append(frame);
      }
    }
    return text.toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 400 ? text.substring(0, 400) + "..." : text;
  }
}
