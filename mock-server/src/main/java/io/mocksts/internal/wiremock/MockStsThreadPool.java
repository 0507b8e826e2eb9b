package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.ThreadPoolFactory;
import io.mocksts.internal.logging.MockStsThreads;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * WireMock's Jetty thread pool (as its own QueuedThreadPoolFactory builds it), with threads named
 * {@code mock-sts-jetty-N-...}: what Jetty and the libraries below it log on them stays out of the
 * user's log below WARN ({@link MockStsThreads}, {@link io.mocksts.internal.logging.QuietLogging}).
 */
final class MockStsThreadPool implements ThreadPoolFactory {

  private static final AtomicInteger SERVERS = new AtomicInteger();

  @Override
  public ThreadPool buildThreadPool(Options options) {
    QueuedThreadPool pool = new QueuedThreadPool(options.containerThreads());
    pool.setName(MockStsThreads.PREFIX + "jetty-" + SERVERS.incrementAndGet());
    return pool;
  }
}
