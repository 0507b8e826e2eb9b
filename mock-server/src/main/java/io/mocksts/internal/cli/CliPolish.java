package io.mocksts.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What every command of {@code mock-sts.jar} shares: the help footer naming both vendors and the
 * default identities, a bad option answered in one line (no usage dump), and the version.
 */
final class CliPolish {

  /** Written by Maven resource filtering ({@code ${project.version}}). */
  private static final String VERSION_RESOURCE = "/io/mocksts/internal/cli/version.properties";

  private CliPolish() {}

  /** Adds the footer to the command and every subcommand, and the one-line error handler. */
  static void apply(CommandLine cli) {
    footer(cli);
    cli.setParameterExceptionHandler(CliPolish::badInput);
  }

  private static void footer(CommandLine command) {
    command.getCommandSpec().usageMessage().footer(DefaultIdentities.FOOTER.toArray(String[]::new));
    command.getSubcommands().values().forEach(CliPolish::footer);
  }

  /**
   * One line: the command, the problem, where help is; exit code 2. The problem names the option
   * and the value (picocli's own messages, or ours: "--ca-out needs --https-port").
   */
  private static int badInput(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    PrintWriter err = command.getErr();
    String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    err.println(name + ": " + message + " (" + name + " --help lists the options)");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * {@code mock-sts VERSION} (and the Java runtime), from the filtered resource or the manifest.
   */
  static String[] version() {
    String version = null;
    String commit = null;
    try (InputStream in = CliPolish.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        version = filtered(properties.getProperty("version"));
        commit = filtered(properties.getProperty("commit"));
      }
    } catch (IOException e) {
      version = null;
    }
    if (version == null) {
      version = CliPolish.class.getPackage().getImplementationVersion();
    }
    return new String[] {
      "mock-sts "
          + (version == null ? "(development build)" : version)
          + (commit == null ? "" : " (commit " + commit + ")"),
      "Alibaba Cloud STS API 2015-04-01, Tencent Cloud STS API 2018-08-13",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }

  /** A value Maven filtered in, or null for an unfiltered placeholder (no git, an IDE build). */
  private static String filtered(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? null : value;
  }
}
