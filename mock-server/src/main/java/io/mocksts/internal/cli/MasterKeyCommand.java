package io.mocksts.internal.cli;

import io.mocksts.MasterKey;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mock-sts.jar master-key}: prints a new master key line {@code keyId:base64key} (32 random
 * bytes) for {@code --master-key-file} (docs/time-and-replicas.md). To rotate, put the new line
 * first and keep the old one below it until the credentials it sealed have expired.
 */
@Command(
    name = "master-key",
    mixinStandardHelpOptions = true,
    header = "Prints a new master key line for --master-key-file.",
    description = {
      "Prints keyId:base64key with 32 random bytes. Replicas started with the same key file",
      "accept each other's credentials; the first line of the file seals, later lines are",
      "older keys still accepted."
    })
final class MasterKeyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description =
          "the key id, 1-32 of A-Z a-z 0-9 _ - (default: k and today's UTC date, e.g. k20300101)")
  String id;

  @Override
  public Integer call() {
    String keyId =
        id != null
            ? id
            : "k" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
    spec.commandLine().getOut().println(MasterKey.generateLine(keyId));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
