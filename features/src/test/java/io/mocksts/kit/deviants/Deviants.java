package io.mocksts.kit.deviants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mocksts.idp.TestIdp;
import io.mocksts.idp.TestIssuer;
import io.mocksts.kit.deviants.Deviant.Scenarios;
import io.mocksts.testkit.saml.XmlEdit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The deviant endpoints: each the reference STS with one behaviour changed, in every layer (wire,
 * errors, authentication, policy, federation), with the scenarios of the kit that are run against
 * it. {@code DeviantDetectionTest} requires every one of them to be caught.
 */
final class Deviants {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter ALIBABA_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern EXPIRATION =
      Pattern.compile("(\"Expiration\"\\s*:\\s*\"[0-9T:-]+)Z\"|(<Expiration>[0-9T:-]+)Z<");

  private static final String A_GCI = "alibaba/get-caller-identity.feature";
  private static final String A_ROLE = "alibaba/assume-role.feature";
  private static final String A_RPC = "alibaba/rpc-protocol.feature";
  private static final String A_SIGN = "alibaba/request-signing.feature";
  private static final String A_SAML = "alibaba/assume-role-with-saml.feature";
  private static final String A_OIDC = "alibaba/assume-role-with-oidc.feature";
  private static final String A_FAULTS = "alibaba/injected-faults.feature";
  private static final String T_GCI = "tencent/get-caller-identity.feature";
  private static final String T_ROLE = "tencent/assume-role.feature";
  private static final String T_API = "tencent/api3-protocol.feature";
  private static final String T_SIGN = "tencent/request-signing.feature";

  private static final String ALIBABA_AUDIENCE = "urn:alibaba:cloudcomputing";
  private static final String ALIBABA_RECIPIENT = "https://signin.aliyun.com/saml-role/sso";
  private static final String ALIBABA_CLIENT_ID = "sts.aliyuncs.com";
  private static final String ALIBABA_EXTERNAL_ID = "mock-external-id";

  /** mallory, of the account "other" that mock-foreign-role trusts (fixtures/world.yaml). */
  private static final String TRUSTED_BY_FOREIGN_ROLE = "LTAI5tMockMalloryAccessK";

  private Deviants() {}

  static List<Deviant> all() {
    List<Deviant> all = new ArrayList<>();
    wire(all);
    errors(all);
    authentication(all);
    policy(all);
    federation(all);
    return all;
  }

  private static void wire(List<Deviant> all) {
    Scenarios alibabaSuccess = Scenarios.of("learns its identity|succeeds|XML", A_GCI, A_ROLE);
    all.add(
        new Deviant(
            "alibaba-security-token-missing",
            "wire",
            "Credentials.SecurityToken left out of AssumeRole's answer",
            Scenarios.of("documented field|carries the same fields", A_ROLE),
            answers(
                json(root -> ((ObjectNode) root.path("Credentials")).remove("SecurityToken")))));
    all.add(
        new Deviant(
            "alibaba-field-renamed",
            "wire",
            "AssumedRoleUser renamed AssumedRole",
            Scenarios.of("documented field|carries the same fields", A_ROLE),
            answers(text(s -> s.replace("AssumedRoleUser", "AssumedRole")))));
    all.add(
        new Deviant(
            "alibaba-field-wrong-case",
            "wire",
            "AccessKeyId written AccessKeyID",
            Scenarios.of("documented field|carries the same fields", A_ROLE),
            answers(text(s -> s.replace("AccessKeyId", "AccessKeyID")))));
    all.add(
        new Deviant(
            "alibaba-wrong-content-type",
            "wire",
            "JSON answered as text/html",
            Scenarios.of("answers|without Format|learns its identity", A_RPC, A_GCI),
            answers(r -> r.json() ? r.withHeader("Content-Type", "text/html;charset=utf-8") : r)));
    all.add(
        new Deviant(
            "alibaba-xml-element-misnamed",
            "wire",
            "the XML root GetCallerIdentityResponse written GetCallerIdentityResult",
            Scenarios.of("XML", A_GCI, A_RPC),
            answers(
                text(s -> s.replace("GetCallerIdentityResponse>", "GetCallerIdentityResult>")))));
    all.add(
        new Deviant(
            "alibaba-expiration-millis",
            "wire",
            "Expiration written with milliseconds",
            Scenarios.of("documented field|carries the same fields", A_ROLE),
            answers(text(Deviants::millis))));
    all.add(
        new Deviant(
            "alibaba-request-id-missing",
            "wire",
            "RequestId left out of every JSON answer",
            alibabaSuccess,
            answers(json(root -> ((ObjectNode) root).remove("RequestId")))));
    all.add(
        new Deviant(
            "tencent-token-missing",
            "wire",
            "Credentials.Token left out of AssumeRole's answer",
            Scenarios.of("every documented field|are those of a session", T_ROLE),
            answers(
                json(
                    root ->
                        ((ObjectNode) root.path("Response").path("Credentials"))
                            .remove("Token")))));
    all.add(
        new Deviant(
            "tencent-field-wrong-case",
            "wire",
            "RequestId written RequestID",
            Scenarios.of("learns its identity|envelope", T_GCI, T_API),
            answers(text(s -> s.replace("\"RequestId\"", "\"RequestID\"")))));
    all.add(
        new Deviant(
            "tencent-field-renamed",
            "wire",
            "ExpiredTime renamed ExpireTime",
            Scenarios.of("every documented field|are those of a session", T_ROLE),
            answers(text(s -> s.replace("\"ExpiredTime\"", "\"ExpireTime\"")))));
    all.add(
        new Deviant(
            "tencent-expiration-millis",
            "wire",
            "Expiration written with milliseconds",
            Scenarios.of("every documented field|are those of a session", T_ROLE),
            answers(text(Deviants::millis))));
    all.add(
        new Deviant(
            "tencent-wrong-content-type",
            "wire",
            "JSON answered as text/plain",
            Scenarios.of("learns its identity|envelope", T_GCI, T_API),
            answers(r -> r.json() ? r.withHeader("Content-Type", "text/plain") : r)));
    all.add(
        new Deviant(
            "tencent-request-id-missing",
            "wire",
            "RequestId left out of the Response envelope",
            Scenarios.of("learns its identity|envelope", T_GCI, T_API),
            answers(json(root -> ((ObjectNode) root.path("Response")).remove("RequestId")))));
  }

  private static void errors(List<Deviant> all) {
    all.add(
        new Deviant(
            "alibaba-error-code-generalised",
            "errors",
            "a dotted error code answered without its detail (InvalidParameter.X → InvalidParameter)",
            Scenarios.of("timestamp|AccessKey|disabled", A_SIGN),
            answers(
                errorJson(
                    root -> {
                      String code = root.path("Code").asText();
                      if (code.contains(".")) {
                        ((ObjectNode) root).put("Code", code.substring(0, code.indexOf('.')));
                      }
                    }))));
    all.add(
        new Deviant(
            "alibaba-error-status-400",
            "errors",
            "every error answered with HTTP 400",
            Scenarios.of("AccessKey|trust|root identity|permission", A_SIGN, A_ROLE),
            answers(r -> r.status() >= 400 ? r.withStatus(400) : r)));
    all.add(
        new Deviant(
            "alibaba-server-error-as-400",
            "errors",
            "a server error (InternalError, ServiceUnavailable) answered with HTTP 400",
            Scenarios.of("injected", A_FAULTS),
            answers(r -> r.status() >= 500 ? r.withStatus(400) : r)));
    all.add(
        new Deviant(
            "alibaba-error-envelope",
            "errors",
            "error bodies without HostId and Recommend",
            Scenarios.of("error envelope", A_RPC),
            answers(
                errorJson(
                    root -> {
                      ((ObjectNode) root).remove("HostId");
                      ((ObjectNode) root).remove("Recommend");
                    }))));
    all.add(
        new Deviant(
            "alibaba-xml-error-envelope",
            "errors",
            "XML errors under ErrorResponse instead of Error",
            Scenarios.of("XML error envelope", A_RPC),
            answers(
                r ->
                    r.status() >= 400 && r.xml()
                        ? r.withText(
                            r.text()
                                .replace("<Error>", "<ErrorResponse>")
                                .replace("</Error>", "</ErrorResponse>"))
                        : r)));
    all.add(
        new Deviant(
            "tencent-error-status-400",
            "errors",
            "Tencent errors answered with HTTP 400 instead of 200",
            Scenarios.of("error|refused", T_API),
            answers(r -> tencentError(r) ? r.withStatus(400) : r)));
    all.add(
        new Deviant(
            "tencent-error-code-generalised",
            "errors",
            "a dotted error code answered without its detail (AuthFailure.X → AuthFailure)",
            Scenarios.of("secret|timestamp|signature", T_SIGN),
            answers(
                json(
                    root -> {
                      JsonNode error = root.path("Response").path("Error");
                      String code = error.path("Code").asText();
                      if (code.contains(".")) {
                        ((ObjectNode) error).put("Code", code.substring(0, code.indexOf('.')));
                      }
                    }))));
    all.add(
        new Deviant(
            "tencent-error-envelope",
            "errors",
            "Error moved out of the Response envelope to the top level",
            Scenarios.of("error", T_API),
            answers(
                json(
                    root -> {
                      JsonNode response = root.path("Response");
                      if (response.has("Error")) {
                        ((ObjectNode) root).set("Error", ((ObjectNode) response).remove("Error"));
                      }
                    }))));
  }

  private static void authentication(List<Deviant> all) {
    all.add(
        new Deviant(
            "alibaba-signature-not-verified",
            "authentication",
            "a V1 request refused with SignatureDoesNotMatch is signed anew with the right secret",
            Scenarios.of("sign|changed after", A_SIGN),
            repairOn(
                "SignatureDoesNotMatch"::equals,
                (r, up) -> Resign.alibaba(r, up::secretOf, p -> {}))));
    all.add(
        new Deviant(
            "alibaba-nonce-replay-allowed",
            "authentication",
            "a request refused with SignatureNonceUsed gets a fresh nonce",
            Scenarios.of("nonce", A_SIGN),
            repairOn(
                "SignatureNonceUsed"::equals,
                (r, up) ->
                    Resign.alibaba(
                        r,
                        up::secretOf,
                        p -> p.put("SignatureNonce", UUID.randomUUID().toString())))));
    all.add(
        new Deviant(
            "alibaba-timestamp-window-ignored",
            "authentication",
            "a request refused with InvalidTimeStamp.Expired is dated now",
            Scenarios.of("timestamp", A_SIGN),
            repairOn(
                "InvalidTimeStamp.Expired"::equals,
                (r, up) ->
                    Resign.alibaba(
                        r,
                        up::secretOf,
                        p -> p.put("Timestamp", ALIBABA_TIMESTAMP.format(Instant.now()))))));
    all.add(
        new Deviant(
            "tencent-signature-not-verified",
            "authentication",
            "a TC3 request refused with AuthFailure.SignatureFailure is signed anew with the right secret",
            Scenarios.of("sign|secret|changed", T_SIGN),
            repairOn(
                "AuthFailure.SignatureFailure"::equals,
                (r, up) -> Resign.tencent(r, up::secretOf, null))));
    all.add(
        new Deviant(
            "tencent-timestamp-window-ignored",
            "authentication",
            "a TC3 request refused with AuthFailure.SignatureExpire is dated now",
            Scenarios.of("timestamp|minutes|expire", T_SIGN),
            repairOn(
                "AuthFailure.SignatureExpire"::equals,
                (r, up) ->
                    Resign.tencent(
                        r.withHeader(
                            "X-TC-Timestamp", Long.toString(Instant.now().getEpochSecond())),
                        up::secretOf,
                        null))));
    all.add(
        new Deviant(
            "alibaba-expired-token-accepted",
            "authentication",
            "expired temporary credentials are swapped for a fresh session of the same caller",
            Scenarios.of("expired STS credentials are refused", A_GCI),
            repairOn("InvalidSecurityToken.Expired"::equals, Deviants::freshAlibabaSession)));
    all.add(
        new Deviant(
            "alibaba-altered-token-accepted",
            "authentication",
            "an altered or mismatched security token is swapped for a fresh session of the same caller",
            Scenarios.of("token", A_GCI),
            repairOn(c -> c.startsWith("InvalidSecurityToken.M"), Deviants::freshAlibabaSession)));
    all.add(
        new Deviant(
            "tencent-token-not-verified",
            "authentication",
            "a request refused with AuthFailure.TokenFailure is sent with a fresh session of the same caller",
            Scenarios.of("token|temporary|session", T_SIGN, T_GCI),
            repairOn("AuthFailure.TokenFailure"::equals, Deviants::freshTencentSession)));
  }

  private static void policy(List<Deviant> all) {
    all.add(
        new Deviant(
            "alibaba-duration-limits-ignored",
            "policy",
            "a DurationSeconds out of range is clamped into it instead of refused",
            Scenarios.of("a lifetime of", A_ROLE),
            repairOn(
                "InvalidParameter.DurationSeconds"::equals,
                (r, up) ->
                    Resign.alibaba(r, up::secretOf, p -> p.put("DurationSeconds", "3600")))));
    all.add(
        new Deviant(
            "alibaba-trust-policy-ignored",
            "policy",
            "a role whose trust policy does not name the caller's account admits it anyway",
            Scenarios.of("trust", A_ROLE),
            repairOn(
                "NoPermission"::equals,
                (r, up) ->
                    r.parameters().getOrDefault("RoleArn", "").endsWith("/mock-foreign-role")
                        ? Resign.alibaba(
                            r,
                            up::secretOf,
                            p -> {
                              p.put("AccessKeyId", TRUSTED_BY_FOREIGN_ROLE);
                              p.remove("SecurityToken");
                            })
                        : Optional.empty())));
    all.add(
        new Deviant(
            "alibaba-external-id-ignored",
            "policy",
            "a missing or wrong ExternalId is taken as the one the trust policy requires",
            Scenarios.of("external id", A_ROLE),
            repairOn(
                "NoPermission"::equals,
                (r, up) ->
                    Resign.alibaba(
                        r, up::secretOf, p -> p.put("ExternalId", ALIBABA_EXTERNAL_ID)))));
  }

  private static void federation(List<Deviant> all) {
    all.add(
        new Deviant(
            "alibaba-saml-signature-not-checked",
            "federation",
            "a refused SAML Response is signed anew with the test IdP's key",
            Scenarios.of(
                "sign|wrap|digest|certificate", A_SAML, "alibaba/saml-hostile-corpus.feature"),
            repairOn(Deviants::samlRefusal, saml(edit -> {}))));
    all.add(
        new Deviant(
            "alibaba-saml-audience-ignored",
            "federation",
            "an Audience other than Alibaba's is replaced by Alibaba's (and the Response re-signed)",
            Scenarios.of("Audience", A_SAML),
            repairOn(
                Deviants::samlRefusal,
                saml(
                    edit -> {
                      Element conditions = edit.first(XmlEdit.SAML, "Conditions");
                      if (conditions == null) {
                        return;
                      }
                      NodeList audiences =
                          conditions.getElementsByTagNameNS(XmlEdit.SAML, "Audience");
                      for (int i = 0; i < audiences.getLength(); i++) {
                        audiences.item(i).setTextContent(ALIBABA_AUDIENCE);
                      }
                    }))));
    all.add(
        new Deviant(
            "alibaba-saml-recipient-ignored",
            "federation",
            "a Recipient other than Alibaba's is replaced by Alibaba's (and the Response re-signed)",
            Scenarios.of("Recipient", A_SAML),
            repairOn(
                Deviants::samlRefusal,
                saml(
                    edit -> {
                      NodeList data =
                          edit.document.getElementsByTagNameNS(
                              XmlEdit.SAML, "SubjectConfirmationData");
                      for (int i = 0; i < data.getLength(); i++) {
                        ((Element) data.item(i)).setAttribute("Recipient", ALIBABA_RECIPIENT);
                      }
                    }))));
    Set<String> seen = ConcurrentHashMap.newKeySet();
    all.add(
        new Deviant(
            "alibaba-saml-replay-allowed",
            "federation",
            "an assertion presented again gets new IDs (and is re-signed)",
            Scenarios.of("again", A_SAML),
            (r, up) -> {
              Exchange.Response answer = up.send(r);
              String assertion = r.parameters().get("SAMLAssertion");
              if (assertion == null) {
                return answer;
              }
              String id = assertionId(assertion);
              if (answer.status() == 200) {
                seen.add(id);
                return answer;
              }
              if (samlRefusal(errorCode(answer)) && seen.contains(id)) {
                Optional<Exchange.Request> fresh =
                    saml(edit -> {
                          edit.root().setAttribute("ID", "_" + UUID.randomUUID());
                          edit.assertion().setAttribute("ID", "_" + UUID.randomUUID());
                        })
                        .apply(r, up);
                if (fresh.isPresent()) {
                  return up.send(fresh.get());
                }
              }
              return answer;
            }));
    all.add(
        new Deviant(
            "alibaba-oidc-audience-ignored",
            "federation",
            "a token for another client is re-minted for Alibaba's client id",
            Scenarios.of("audience|client", A_OIDC),
            repairOn(
                "AuthenticationFail.OIDCToken.AudienceNotMatch"::equals,
                oidc(t -> t.audience(ALIBABA_CLIENT_ID)))));
    all.add(
        new Deviant(
            "alibaba-oidc-issuer-ignored",
            "federation",
            "a token of another issuer is re-minted by the provider's issuer",
            Scenarios.of("issuer", A_OIDC),
            repairOn(
                "AuthenticationFail.OIDCToken.IssuerNotMatch"::equals,
                oidc(t -> t.issuer(TestIssuer.ISSUER)))));
    all.add(
        new Deviant(
            "alibaba-oidc-expiry-ignored",
            "federation",
            "an expired token is re-minted with an exp an hour ahead",
            Scenarios.of("exp|expired", A_OIDC),
            repairOn(
                "AuthenticationFail.OIDCToken.Expired"::equals,
                oidc(
                    t ->
                        t.issuedAt(Instant.now().minusSeconds(5))
                            .expiresAt(Instant.now().plusSeconds(3600))))));
    all.add(
        new Deviant(
            "alibaba-oidc-alg-none-accepted",
            "federation",
            "an unsecured (alg none) token is taken as signed (re-minted with RS256)",
            Scenarios.of("alg none|unsigned|unsecured", A_OIDC),
            (r, up) -> {
              Exchange.Response answer = up.send(r);
              String token = r.parameters().getOrDefault("OIDCToken", "");
              if (answer.status() != 200 && algNone(token)) {
                Optional<Exchange.Request> fixed = oidc(t -> {}).apply(r, up);
                if (fixed.isPresent()) {
                  return up.send(fixed.get());
                }
              }
              return answer;
            }));
  }

  // ---- building blocks ------------------------------------------------------------------------

  private static Deviant.Behaviour answers(UnaryOperator<Exchange.Response> edit) {
    return (r, up) -> edit.apply(up.send(r));
  }

  /** Sends the request; when the answer's error code matches, sends the repaired one instead. */
  private static Deviant.Behaviour repairOn(
      Predicate<String> code,
      BiFunction<Exchange.Request, DeviantProxy.Upstream, Optional<Exchange.Request>> repair) {
    return (r, up) -> {
      Exchange.Response answer = up.send(r);
      String actual = errorCode(answer);
      if (actual != null && code.test(actual)) {
        Optional<Exchange.Request> repaired = repair.apply(r, up);
        if (repaired.isPresent()) {
          return up.send(repaired.get());
        }
      }
      return answer;
    };
  }

  private static UnaryOperator<Exchange.Response> text(UnaryOperator<String> edit) {
    return r -> r.withText(edit.apply(r.text()));
  }

  private static UnaryOperator<Exchange.Response> json(Consumer<JsonNode> edit) {
    return r -> {
      if (!r.json()) {
        return r;
      }
      try {
        JsonNode root = JSON.readTree(r.body());
        if (root == null || !root.isObject()) {
          return r;
        }
        edit.accept(root);
        return r.withText(JSON.writeValueAsString(root));
      } catch (IOException | ClassCastException e) {
        return r;
      }
    };
  }

  private static UnaryOperator<Exchange.Response> errorJson(Consumer<JsonNode> edit) {
    UnaryOperator<Exchange.Response> inner = json(edit);
    return r -> r.status() >= 400 ? inner.apply(r) : r;
  }

  private static boolean tencentError(Exchange.Response r) {
    return r.text().contains("\"Error\"") && r.text().contains("\"Response\"");
  }

  private static String millis(String body) {
    Matcher m = EXPIRATION.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = m.group(1) != null ? m.group(1) + ".000Z\"" : m.group(2) + ".000Z<";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The error code of an answer in either vendor's envelope (JSON or XML), or null. */
  static String errorCode(Exchange.Response r) {
    String text = r.text();
    if (r.json()) {
      try {
        JsonNode root = JSON.readTree(text);
        JsonNode tencent = root.path("Response").path("Error").path("Code");
        if (tencent.isTextual()) {
          return tencent.asText();
        }
        return r.status() >= 400 && root.path("Code").isTextual()
            ? root.get("Code").asText()
            : null;
      } catch (IOException e) {
        return null;
      }
    }
    Matcher m = Pattern.compile("<Code>([^<]*)</Code>").matcher(text);
    return r.status() >= 400 && m.find() ? m.group(1) : null;
  }

  private static boolean samlRefusal(String code) {
    return code != null && code.startsWith("AuthenticationFail.SAMLAssertion");
  }

  /** The SAML Response of an Alibaba request, edited, its signatures made anew by the test IdP. */
  private static BiFunction<Exchange.Request, DeviantProxy.Upstream, Optional<Exchange.Request>>
      saml(Consumer<XmlEdit> edit) {
    return (r, up) -> {
      String encoded = r.parameters().get("SAMLAssertion");
      if (encoded == null) {
        return Optional.empty();
      }
      String xml;
      try {
        xml = new String(Base64.getMimeDecoder().decode(encoded), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      String again;
      try {
        XmlEdit doc = XmlEdit.of(xml);
        if (doc.assertion() == null) {
          return Optional.empty();
        }
        edit.accept(doc);
        doc.stripSignatures();
        TestIdp idp = TestIdp.bundled(Clock.systemUTC());
        XmlEdit.sign(doc.assertion(), idp, null);
        XmlEdit.sign(doc.root(), idp, null);
        again = doc.base64();
      } catch (RuntimeException e) {
        return Optional.empty();
      }
      return Resign.alibaba(r, up::secretOf, p -> p.put("SAMLAssertion", again));
    };
  }

  private static String assertionId(String encoded) {
    try {
      String xml = new String(Base64.getMimeDecoder().decode(encoded), StandardCharsets.UTF_8);
      Element assertion = XmlEdit.of(xml).assertion();
      return assertion == null ? "" : assertion.getAttribute("ID");
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static boolean algNone(String token) {
    int dot = token.indexOf('.');
    if (dot < 0) {
      return false;
    }
    try {
      JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(token.substring(0, dot)));
      return header.path("alg").asText().equalsIgnoreCase("none");
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The OIDC token of an Alibaba request re-minted by the bundled issuer, with {@code fix}. */
  private static BiFunction<Exchange.Request, DeviantProxy.Upstream, Optional<Exchange.Request>>
      oidc(Consumer<TestIssuer.Token> fix) {
    return (r, up) -> {
      String token = r.parameters().get("OIDCToken");
      if (token == null || token.split("\\.").length < 2) {
        return Optional.empty();
      }
      JsonNode claims;
      try {
        claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
      } catch (IOException | IllegalArgumentException e) {
        return Optional.empty();
      }
      TestIssuer.Token minted =
          TestIssuer.bundled(Clock.systemUTC()).token(claims.path("sub").asText("subject"));
      for (Iterator<Map.Entry<String, JsonNode>> it = claims.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> claim = it.next();
        JsonNode value = claim.getValue();
        switch (claim.getKey()) {
          case "sub" -> {}
          case "iss" -> minted.issuer(value.asText());
          case "aud" -> {
            List<String> audiences = new ArrayList<>();
            if (value.isArray()) {
              value.forEach(a -> audiences.add(a.asText()));
            } else {
              audiences.add(value.asText());
            }
            minted.audiences(audiences);
          }
          case "iat" -> minted.issuedAt(Instant.ofEpochSecond(value.asLong()));
          case "exp" -> minted.expiresAt(Instant.ofEpochSecond(value.asLong()));
          case "nbf" -> minted.notBefore(Instant.ofEpochSecond(value.asLong()));
          default -> minted.claim(claim.getKey(), JSON.convertValue(value, Object.class));
        }
      }
      fix.accept(minted);
      String again = minted.sign();
      return Resign.alibaba(r, up::secretOf, p -> p.put("OIDCToken", again));
    };
  }

  /**
   * The request sent with a fresh session of the same caller: the request that issued its temporary
   * credentials is sent again (fresh nonce and timestamp) and the request re-signed with the new
   * credentials.
   */
  private static Optional<Exchange.Request> freshAlibabaSession(
      Exchange.Request r, DeviantProxy.Upstream up) {
    String id = r.parameters().get("AccessKeyId");
    Optional<Exchange.Request> issuing = up.issuing(id == null ? "" : id);
    if (issuing.isEmpty()) {
      return Optional.empty();
    }
    Optional<Exchange.Request> again =
        Resign.alibaba(
            issuing.get(),
            up::secretOf,
            p -> {
              p.put("SignatureNonce", UUID.randomUUID().toString());
              p.put("Timestamp", ALIBABA_TIMESTAMP.format(Instant.now()));
            });
    if (again.isEmpty()) {
      return Optional.empty();
    }
    JsonNode credentials = body(up.send(again.get())).path("Credentials");
    if (!credentials.has("AccessKeyId")) {
      return Optional.empty();
    }
    return Resign.alibaba(
        r,
        up::secretOf,
        p -> {
          p.put("AccessKeyId", credentials.get("AccessKeyId").asText());
          p.put("SecurityToken", credentials.get("SecurityToken").asText());
          p.put("SignatureNonce", UUID.randomUUID().toString());
          p.put("Timestamp", ALIBABA_TIMESTAMP.format(Instant.now()));
        });
  }

  private static Optional<Exchange.Request> freshTencentSession(
      Exchange.Request r, DeviantProxy.Upstream up) {
    Optional<String> id = Resign.tc3SecretId(r);
    Optional<Exchange.Request> issuing = id.flatMap(up::issuing);
    if (issuing.isEmpty()) {
      return Optional.empty();
    }
    String now = Long.toString(Instant.now().getEpochSecond());
    Optional<Exchange.Request> again =
        Resign.tencent(issuing.get().withHeader("X-TC-Timestamp", now), up::secretOf, null);
    if (again.isEmpty()) {
      return Optional.empty();
    }
    JsonNode credentials = body(up.send(again.get())).path("Response").path("Credentials");
    if (!credentials.has("TmpSecretId")) {
      return Optional.empty();
    }
    return Resign.tencent(
        r.withHeader("X-TC-Token", credentials.get("Token").asText())
            .withHeader("X-TC-Timestamp", now),
        up::secretOf,
        credentials.get("TmpSecretId").asText());
  }

  private static JsonNode body(Exchange.Response r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
