package io.mocksts.internal.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.internal.wiremock.RawHttp.Answer;
import io.mocksts.junit.MockStsExtension;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The memory the mock gives to request bodies being received at once is bounded ({@link
 * ServerHardening#maxInFlightBytes()}): past it, a new body is answered {@code ServiceUnavailable}
 * at once instead of being read into the heap, and the budget comes back when the held bodies end.
 * Before the fix, twenty 30 MB bodies raised the live heap to 1.3 GB.
 */
class BodyBudgetTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long BODY = 10_000_000;

  @Test
  void whenTheInFlightBudgetIsSpentThenANewBodyIsServiceUnavailableUntilItComesBack()
      throws Exception {
    int port = STS.sts().port();
    int fit = (int) (ServerHardening.maxInFlightBytes() / BODY);
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < fit; i++) {
        Socket socket = new Socket("127.0.0.1", port);
        socket
            .getOutputStream()
            .write(announce("Version=2015-04-01").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        held.add(socket);
      }
      Thread.sleep(300);

      Answer alibaba = RawHttp.send(port, announce("Version=2015-04-01"));
      Answer tencent = RawHttp.send(port, announce("Version=2018-08-13"));

      assertThat(alibaba.status()).as(alibaba.body()).isEqualTo(503);
      assertThat(JSON.readTree(alibaba.body()).path("Code").asText())
          .isEqualTo("ServiceUnavailable");
      assertThat(tencent.status()).isEqualTo(200);
      JsonNode error = JSON.readTree(tencent.body()).path("Response").path("Error");
      assertThat(error.path("Code").asText()).isEqualTo("ServiceUnavailable");
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }

    Answer after = null;
    for (int attempt = 0; attempt < 50; attempt++) {
      after =
          RawHttp.send(
              port,
              "POST /?Action=GetCallerIdentity&Version=2015-04-01 HTTP/1.1\r\nHost: x\r\n"
                  + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n"
                  + "Connection: close\r\n\r\na=b");
      if (after.status() != 503) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(after.status()).isEqualTo(400);
    assertThat(after.body()).contains("MissingParameter");
  }

  private static String announce(String version) {
    return "POST /?Action=GetCallerIdentity&"
        + version
        + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        + "Content-Length: "
        + BODY
        + "\r\n\r\n";
  }
}
