package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.common.HttpsSettings;
import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import io.mocksts.internal.http.AdminAccess;
import io.mocksts.internal.http.StsRouter;
import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.FilterMapping;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlets.CrossOriginFilter;

/**
 * WireMock's Jetty 11 server, hardened for clients that do not play fair: every request is received
 * whole by a {@link ReceivingFilter} (asynchronous, bounded, with a deadline and a minimum data
 * rate) before WireMock parses it; the admin context sits behind an {@link AdminGuardFilter}
 * instead of WireMock's allow-every-origin CORS filter; Jetty's HTML error pages become the
 * vendors' envelopes ({@link EnvelopeErrorHandler}).
 */
final class GuardedJettyServer extends Jetty11HttpServer {

  /** Builds the server for {@code WireMockConfiguration.httpServerFactory}. */
  record Factory(
      Supplier<StsRouter> router,
      AdminAccess access,
      ReceivingFilter.Limits stsLimits,
      ReceivingFilter.Limits adminLimits,
      Consumer<String> faultLog,
      GracefulStop graceful)
      implements HttpServerFactory {

    @Override
    public HttpServer buildHttpServer(
        Options options,
        AdminRequestHandler adminRequestHandler,
        StubRequestHandler stubRequestHandler) {
      return new GuardedJettyServer(options, adminRequestHandler, stubRequestHandler, this);
    }
  }

  private final Factory factory;
  private ServletContextHandler adminContext;
  private ServletContextHandler stubContext;

  private GuardedJettyServer(
      Options options,
      AdminRequestHandler adminRequestHandler,
      StubRequestHandler stubRequestHandler,
      Factory factory) {
    super(options, adminRequestHandler, stubRequestHandler);
    this.factory = factory;
    // The contexts are built inside super(): configure them now that the factory is known.
    configure();
  }

  @Override
  protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
    adminContext = context;
  }

  @Override
  protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
    stubContext = context;
  }

  /**
   * Requests are handed over as soon as their head is parsed, not when their first body bytes
   * arrive (Jetty's default), so that a body announced beyond the limit is refused at once and the
   * {@link ReceivingFilter}'s deadline covers a body that never starts.
   */
  @Override
  protected ServerConnector createHttpConnector(
      String bindAddress, int port, JettySettings jettySettings, NetworkTrafficListener listener) {
    ServerConnector connector =
        super.createHttpConnector(bindAddress, port, jettySettings, listener);
    dispatchWithoutWaitingForContent(connector);
    return connector;
  }

  @Override
  protected ServerConnector createHttpsConnector(
      String bindAddress,
      HttpsSettings httpsSettings,
      JettySettings jettySettings,
      NetworkTrafficListener listener) {
    ServerConnector connector =
        super.createHttpsConnector(bindAddress, httpsSettings, jettySettings, listener);
    dispatchWithoutWaitingForContent(connector);
    return connector;
  }

  private static void dispatchWithoutWaitingForContent(ServerConnector connector) {
    for (ConnectionFactory factory : connector.getConnectionFactories()) {
      if (factory instanceof HttpConfiguration.ConnectionFactory http) {
        http.getHttpConfiguration().setDelayDispatchUntilContent(false);
      }
    }
  }

  /**
   * Stops at once, as WireMock does, unless a grace period was set ({@link GracefulStop}): then the
   * listeners close at once (new connections are refused), requests in flight finish (the {@link
   * StatisticsHandler} counts them, asynchronous body reception included) within the grace period,
   * even when their client pauses, while connections carrying no request are closed at once ({@link
   * IdleConnections}), and whatever remains at the end is closed.
   */
  @Override
  public void stop() {
    java.time.Duration grace = factory.graceful().grace();
    if (grace.isZero()) {
      super.stop();
      return;
    }
    jettyServer.setStopTimeout(grace.toMillis());
    try (IdleConnections idle = IdleConnections.closeDuringStop(jettyServer, grace.toMillis())) {
      jettyServer.stop();
      jettyServer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // a request still running when the grace period ended: its connection has been closed
    } finally {
      if (scheduledExecutorService != null) {
        scheduledExecutorService.shutdown();
      }
    }
  }

  private void configure() {
    StatisticsHandler counted = new StatisticsHandler();
    counted.setHandler(jettyServer.getHandler());
    jettyServer.setHandler(counted);
    StsRouter router = factory.router().get();
    removeCorsFilter(adminContext);
    prependFilter(adminContext, new FilterHolder(new AdminGuardFilter(factory.access())));
    AtomicLong inFlight = new AtomicLong();
    addReceiver(
        adminContext,
        new ReceivingFilter(
            factory.adminLimits(),
            inFlight,
            (request, response, received, error) ->
                AdminGuardFilter.refuse(
                    response,
                    switch (error) {
                      case TOO_LARGE -> 413;
                      case BODY_TIMEOUT -> 408;
                      case BUSY -> 503;
                      default -> 400;
                    },
                    "unreadable request: "
                        + error.name().toLowerCase(Locale.ROOT).replace('_', ' '))));
    addReceiver(
        stubContext,
        new ReceivingFilter(
            factory.stsLimits(),
            inFlight,
            (request, response, received, error) ->
                EnvelopeErrorHandler.write(
                    response,
                    router.reject(EnvelopeErrorHandler.toStsRequest(request, received), error))));
    ErrorHandler wireMockNotFound = stubContext.getErrorHandler();
    stubContext.setErrorHandler(
        new EnvelopeErrorHandler(router, wireMockNotFound, false, factory.faultLog()));
    adminContext.setErrorHandler(new EnvelopeErrorHandler(router, null, true, factory.faultLog()));
    jettyServer.setErrorHandler(new EnvelopeErrorHandler(router, null, false, factory.faultLog()));
  }

  private static void addReceiver(ServletContextHandler context, ReceivingFilter filter) {
    FilterHolder holder = new FilterHolder(filter);
    holder.setAsyncSupported(true);
    context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST));
  }

  /** WireMock answers every origin on admin routes, with credentials; the guard decides instead. */
  private static void removeCorsFilter(ServletContextHandler context) {
    ServletHandler handler = context.getServletHandler();
    FilterHolder[] holders = handler.getFilters();
    if (holders == null) {
      return;
    }
    FilterHolder[] kept =
        Arrays.stream(holders)
            .filter(h -> !CrossOriginFilter.class.getName().equals(h.getClassName()))
            .toArray(FilterHolder[]::new);
    java.util.Set<String> keptNames =
        Arrays.stream(kept).map(FilterHolder::getName).collect(java.util.stream.Collectors.toSet());
    FilterMapping[] mappings = handler.getFilterMappings();
    handler.setFilters(kept);
    if (mappings != null) {
      handler.setFilterMappings(
          Arrays.stream(mappings)
              .filter(m -> keptNames.contains(m.getFilterName()))
              .toArray(FilterMapping[]::new));
    }
  }

  private static void prependFilter(ServletContextHandler context, FilterHolder holder) {
    holder.setAsyncSupported(true);
    FilterMapping mapping = new FilterMapping();
    mapping.setFilterName(holder.getName());
    mapping.setPathSpec("/*");
    mapping.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
    context.getServletHandler().addFilter(holder);
    context.getServletHandler().prependFilterMapping(mapping);
  }
}
