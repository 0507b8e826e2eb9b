package io.mocksts.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mock-sts.jar health}: asks a running mock for {@code GET /__admin/health} and exits 0 when
 * it answers 200, 1 otherwise: a container health check that needs no curl in a JRE image. The
 * route needs no admin token; the Host header is the loopback address, which the admin guard
 * accepts.
 */
@Command(
    name = "health",
    mixinStandardHelpOptions = true,
    header = "Checks a running mock: exit 0 when GET /__admin/health answers 200, 1 otherwise.",
    description = {
      "Checks a running mock: exit 0 when GET /__admin/health answers 200, 1 otherwise",
      "(for container health checks; needs no curl)."
    })
final class HealthCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "the mock's HTTP port (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "the mock's address (default: ${DEFAULT-VALUE})")
  String host = "127.0.0.1";

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "give up after this long (default: ${DEFAULT-VALUE})")
  int timeoutSeconds = 5;

  @Override
  public Integer call() {
    URI health = URI.create("http://" + hostPart() + ":" + port + "/__admin/health");
    try {
      HttpURLConnection connection = (HttpURLConnection) health.toURL().openConnection();
      connection.setConnectTimeout(timeoutSeconds * 1000);
      connection.setReadTimeout(timeoutSeconds * 1000);
      connection.setInstanceFollowRedirects(false);
      int status = connection.getResponseCode();
      try (InputStream body =
          status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      }
      connection.disconnect();
      if (status == 200) {
        spec.commandLine().getOut().println("healthy: " + health);
        spec.commandLine().getOut().flush();
        return 0;
      }
      spec.commandLine().getErr().println("unhealthy: " + health + " answered " + status);
    } catch (IOException | IllegalArgumentException e) {
      spec.commandLine()
          .getErr()
          .println("unhealthy: " + health + ": " + e.getClass().getSimpleName());
    }
    spec.commandLine().getErr().flush();
    return 1;
  }

  private String hostPart() {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
