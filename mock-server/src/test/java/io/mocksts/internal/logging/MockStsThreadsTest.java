package io.mocksts.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.MockSts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MockStsThreadsTest {

  @Test
  void aUserThreadIsQuietOnlyWhileItDoesTheMockSWork() {
    assertThat(MockStsThreads.quiet()).isFalse();

    boolean inside =
        MockStsThreads.quietly(() -> MockStsThreads.quietly(() -> true) && MockStsThreads.quiet());

    assertThat(inside).isTrue();
    assertThat(MockStsThreads.quiet()).isFalse();
  }

  @Test
  void theMockServesRequestsOnThreadsNamedAsItsOwn() throws Exception {
    AtomicReference<String> thread = new AtomicReference<>();
    try (MockSts sts = MockSts.start()) {
      sts.wireMock()
          .addMockServiceRequestListener(
              (request, response) -> thread.set(Thread.currentThread().getName()));
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(sts.baseUrl() + "/?Action=GetCallerIdentity"))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
    }

    assertThat(thread.get()).startsWith(MockStsThreads.PREFIX);
  }

  @Test
  void withoutLogbackNoFilterIsInstalled() throws Exception {
    try (AutoCloseable handle = QuietLogging.install()) {
      assertThat(QuietLogging.active()).isFalse(); // this module's binding is slf4j-nop
    }
  }
}
