package io.mocksts.kit.deviants;

import io.mocksts.kit.signing.AlibabaV1Signer;
import io.mocksts.kit.signing.TencentTc3Signer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a request again, with the kit's own signers, after a deviant changed it: Alibaba V1
 * (parameters in the query) and Tencent TC3-HMAC-SHA256. A request in another scheme, or made with
 * a key nobody knows, cannot be re-signed (empty).
 */
final class Resign {

  private static final Pattern TC3 =
      Pattern.compile(
          "TC3-HMAC-SHA256 Credential=([^/]+)/([0-9-]+)/([^/]+)/tc3_request,\\s*SignedHeaders=([^,]+),\\s*Signature=.*");

  private Resign() {}

  /** Whether the request is Alibaba V1-signed. */
  static boolean alibabaV1(Exchange.Request request) {
    return request.parameters().containsKey("Signature")
        && request.parameters().containsKey("AccessKeyId");
  }

  /**
   * The Alibaba V1 request with its parameters edited by {@code edit} and signed again with the
   * secret of its AccessKeyId (an unsigned request, e.g. AssumeRoleWithSAML, stays unsigned); every
   * parameter then travels in the query.
   */
  static Optional<Exchange.Request> alibaba(
      Exchange.Request request,
      UnaryOperator<String> secrets,
      java.util.function.Consumer<Map<String, String>> edit) {
    boolean unsigned =
        !request.parameters().containsKey("Signature") && request.header("Authorization").isEmpty();
    if (!alibabaV1(request) && !unsigned) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>(request.parameters());
    params.remove("Signature");
    edit.accept(params);
    if (!unsigned) {
      String secret = secrets.apply(params.getOrDefault("AccessKeyId", ""));
      if (secret == null) {
        return Optional.empty();
      }
      String signature =
          AlibabaV1Signer.signature(AlibabaV1Signer.stringToSign(request.method(), params), secret);
      params.put("Signature", signature);
    }
    String query =
        params.entrySet().stream()
            .map(
                e ->
                    AlibabaV1Signer.percentEncode(e.getKey())
                        + "="
                        + AlibabaV1Signer.percentEncode(e.getValue()))
            .collect(Collectors.joining("&"));
    Exchange.Request moved = request.withQuery(query);
    if (request.formBody()) {
      moved = moved.withBody(new byte[0]).withoutHeader("Content-Type");
    }
    return Optional.of(moved);
  }

  /** Whether the request carries a TC3-HMAC-SHA256 Authorization header. */
  static boolean tencentTc3(Exchange.Request request) {
    return request.header("Authorization").map(a -> TC3.matcher(a).matches()).orElse(false);
  }

  /** The secret id a TC3 request names. */
  static Optional<String> tc3SecretId(Exchange.Request request) {
    return request
        .header("Authorization")
        .map(TC3::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1));
  }

  /**
   * The Tencent TC3 request signed again over its headers as they now are (the same signed
   * headers), with the secret of {@code secretId} (default: the one it names).
   */
  static Optional<Exchange.Request> tencent(
      Exchange.Request request, UnaryOperator<String> secrets, String secretIdOrNull) {
    Optional<Matcher> auth =
        request.header("Authorization").map(TC3::matcher).filter(Matcher::matches);
    if (auth.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = auth.get();
    String secretId = secretIdOrNull != null ? secretIdOrNull : m.group(1);
    String secret = secrets.apply(secretId);
    long timestamp;
    try {
      timestamp = Long.parseLong(request.header("X-TC-Timestamp").orElse(""));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (secret == null) {
      return Optional.empty();
    }
    Map<String, String> signed = new LinkedHashMap<>();
    for (String name : m.group(4).split(";")) {
      signed.put(name, request.header(name).orElse(""));
    }
    String service = m.group(3);
    String date = TencentTc3Signer.date(timestamp);
    String query = request.rawQuery() == null ? "" : request.rawQuery();
    TencentTc3Signer.Signed again =
        TencentTc3Signer.sign(
            request.method(),
            query,
            signed,
            TencentTc3Signer.hashedPayload(request.body()),
            timestamp,
            date,
            service,
            secretId,
            secret);
    return Optional.of(request.withHeader("Authorization", again.authorization()));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
