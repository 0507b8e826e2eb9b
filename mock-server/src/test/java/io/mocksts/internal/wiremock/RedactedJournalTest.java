package io.mocksts.internal.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mocksts.internal.http.Redaction;
import io.mocksts.junit.MockStsExtension;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The journal keeps bounded events and answers masked copies, whatever the body. */
class RedactedJournalTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  @Test
  void whenALargeBodyCarriesAnAssertionThenTheJournalKeepsABoundedMaskedCopy() throws IOException {
    String assertion = "PHNhbWxwOlJlc3BvbnNl" + "A".repeat(1_000_000);
    String body =
        "Action=AssumeRoleWithSAML&Version=2015-04-01&SAMLAssertion="
            + assertion
            + "&RoleArn=acs%3Aram%3A%3A1%3Arole%2Fx";
    RawHttp.send(
        STS.sts().port(),
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + body.length()
            + "\r\n\r\n"
            + body);

    List<ServeEvent> events = STS.sts().wireMock().getAllServeEvents();

    assertThat(events).isNotEmpty();
    String kept = events.get(0).getRequest().getBodyAsString();
    assertThat(kept).startsWith("Action=AssumeRoleWithSAML").contains("SAMLAssertion=***");
    assertThat(kept).doesNotContain("PHNhbWxw");
    assertThat(kept.length()).isLessThan(Redaction.MAX_BODY_BYTES + 64);
  }

  @Test
  void whenALargeBodyCarriesNoSecretThenTheJournalKeepsItsFirstSixteenKilobytes()
      throws IOException {
    String body = "Action=GetCallerIdentity&Version=2015-04-01&Pad=" + "a".repeat(1_000_000);
    RawHttp.send(
        STS.sts().port(),
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + body.length()
            + "\r\n\r\n"
            + body);

    String kept =
        STS.sts().wireMock().getAllServeEvents().stream()
            .map(e -> e.getRequest().getBodyAsString())
            .filter(b -> b.contains("Pad="))
            .findFirst()
            .orElseThrow();

    assertThat(kept).startsWith("Action=GetCallerIdentity").endsWith("bytes not kept]");
    assertThat(kept.length()).isLessThan(Redaction.MAX_BODY_BYTES + 64);
  }
}
