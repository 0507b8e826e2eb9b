package io.mocksts.internal.wiremock;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Server;

/**
 * Closes, while the server stops gracefully, the connections that carry no request: keep-alive
 * connections between requests. Jetty alone gives every connection of a stopping connector the same
 * short idle timeout, which also cuts off a client pausing in the middle of its body, and a longer
 * one would let idle keep-alives hold the stop for the whole grace period. So the connectors keep
 * the grace period as idle timeout and this closes the idle ones, every {@value #PERIOD_MILLIS} ms,
 * until the server has stopped. A connection whose request is being received, handled or answered
 * stays open; its answer carries {@code Connection: close}, so it ends once answered.
 */
final class IdleConnections implements AutoCloseable {

  static final long PERIOD_MILLIS = 50;

  private final Server server;
  private final ScheduledExecutorService sweeper =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "mock-sts-stop-sweeper");
            thread.setDaemon(true);
            return thread;
          });

  private IdleConnections(Server server) {
    this.server = server;
  }

  /**
   * Prepares {@code server}'s connectors for a graceful stop of {@code graceMillis} and starts
   * sweeping their idle connections once they are shut down.
   */
  static IdleConnections closeDuringStop(Server server, long graceMillis) {
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof AbstractConnector stopping) {
        stopping.setShutdownIdleTimeout(Math.max(graceMillis, stopping.getIdleTimeout()));
      }
    }
    IdleConnections sweep = new IdleConnections(server);
    sweep.sweeper.scheduleWithFixedDelay(
        sweep::sweep, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    return sweep;
  }

  private void sweep() {
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof AbstractConnector stopping && stopping.isShutdown()) {
        for (EndPoint endPoint : stopping.getConnectedEndPoints()) {
          if (carriesNoRequest(endPoint.getConnection())) {
            endPoint.close();
          }
        }
      }
    }
  }

  /** True for an HTTP/1.1 connection waiting for its next request (TLS unwrapped). */
  static boolean carriesNoRequest(Connection connection) {
    if (connection instanceof SslConnection tls) {
      return carriesNoRequest(tls.getDecryptedEndPoint().getConnection());
    }
    return connection instanceof HttpConnection http
        && http.getParser().isStart()
        && http.getHttpChannel().getState().isIdle();
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
  }
}
