package io.mocksts.kit.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class FidelityTest {

  private static Observed answer(int status, String contentType, String body) {
    return new Observed(
        "alibaba",
        "AssumeRole",
        "POST",
        URI.create("http://127.0.0.1:1/"),
        Map.of(),
        "",
        status,
        Map.of("Content-Type", List.of(contentType)),
        body,
        1);
  }

  private static final String JSON = "application/json;charset=utf-8";

  @Test
  void volatileValuesOfTheSameShapeAreNoDifference() {
    Observed target =
        answer(
            200,
            JSON,
            "{\"RequestId\":\"6894B13B-6D71-4EF5-88FA-F32781734A7F\",\"Credentials\":"
                + "{\"AccessKeyId\":\"STS.NUgYrLnoC37mZZCNnAbez2MLr\",\"Expiration\":\"2026-01-01T00:00:00Z\"}}");
    Observed reference =
        answer(
            200,
            "application/json; charset=UTF-8",
            "{\"RequestId\":\"11111111-2222-3333-4444-555555555555\",\"Credentials\":"
                + "{\"AccessKeyId\":\"STS.AAAAAAAAAAAAAAAAAAAAAAAA\",\"Expiration\":\"2027-06-30T12:00:00Z\"}}");

    assertThat(Fidelity.compare("alibaba", target, reference, UnaryOperator.identity())).isEmpty();
  }

  @Test
  void statusCodeAndShapeDifferencesAreNamed() {
    Observed target =
        answer(
            400,
            "text/html",
            "{\"RequestId\":\"6894B13B-6D71-4EF5-88FA-F32781734A7F\",\"Code\":\"InvalidParameter\"}");
    Observed reference =
        answer(
            404,
            JSON,
            "{\"RequestId\":\"6894B13B-6D71-4EF5-88FA-F32781734A7F\",\"Code\":\"EntityNotExist.Role\"}");

    assertThat(Fidelity.compare("alibaba", target, reference, UnaryOperator.identity()))
        .containsExactly(
            new Fidelity.Difference("status", "HTTP status", "400", "404"),
            new Fidelity.Difference("content type", "Content-Type", "text/html", JSON),
            new Fidelity.Difference(
                "error code", "code", "InvalidParameter", "EntityNotExist.Role"));

    Observed millis =
        answer(200, JSON, "{\"Credentials\":{\"Expiration\":\"2026-01-01T00:00:00.123Z\"}}");
    Observed seconds =
        answer(200, JSON, "{\"Credentials\":{\"Expiration\":\"2026-01-01T00:00:00Z\"}}");
    assertThat(Fidelity.compare("alibaba", millis, seconds, UnaryOperator.identity()))
        .containsExactly(
            new Fidelity.Difference(
                "shape", "Credentials.Expiration", "'2026-01-01T00:00:00.123Z'", "as documented"));
  }

  @Test
  void messagesAreComparedWithTheTargetsNamesTranslatedAndNumbersMasked() {
    Observed target =
        answer(
            404,
            JSON,
            "{\"Code\":\"EntityNotExist.Role\",\"Message\":\"The role not exists: acs:ram::555:role/ops. RequestId 42\"}");
    Observed reference =
        answer(
            404,
            JSON,
            "{\"Code\":\"EntityNotExist.Role\",\"Message\":\"The role not exists: acs:ram::123:role/mock-role. RequestId 7\"}");

    assertThat(
            Fidelity.compare(
                "alibaba", target, reference, s -> s.replace("role/ops", "role/mock-role")))
        .isEmpty();
    assertThat(Fidelity.compare("alibaba", target, reference, UnaryOperator.identity()))
        .extracting(Fidelity.Difference::aspect)
        .containsExactly("message");
  }

  @Test
  void aRateLimitOnOneSideIsNotCompared() {
    Observed throttled =
        answer(400, JSON, "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied\"}");
    Observed success = answer(200, JSON, "{\"RequestId\":\"x\"}");

    assertThat(Fidelity.compare("alibaba", throttled, success, UnaryOperator.identity())).isNull();
  }
}
