package io.mocksts.internal.cli;

import io.mocksts.internal.tls.CertificateAuthority;
import io.mocksts.internal.tls.VendorHostnames;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mock-sts.jar ca --out DIR}: creates (or reads) the mock's CA file and exports the CA
 * certificate for clients to trust, before any server runs (docs/guides/tls-and-hostnames.md). A
 * server started with the same {@code --ca-file} serves a certificate it signed.
 */
@Command(
    name = "ca",
    mixinStandardHelpOptions = true,
    header = "Creates or reads the HTTPS CA file and exports the CA certificate (PEM, PKCS#12).",
    description = {
      "Creates the CA file (certificate and private key, readable by its owner",
      "only) when it does not exist, reads it when it does, and writes the CA",
      "certificate into DIR as mock-sts-ca.pem and mock-sts-ca.p12 (trust store",
      "password mock-sts); never the key. Serve with --https-port N --ca-file FILE:",
      "the certificate it signs is valid for localhost, 127.0.0.1, ::1,",
      "sts.aliyuncs.com, sts.<region>.aliyuncs.com (Alibaba Cloud STS),",
      "sts.tencentcloudapi.com, sts.<region>.tencentcloudapi.com (Tencent Cloud",
      "STS) and every --tls-name."
    })
final class CaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "where the CA certificate is exported")
  Path out;

  @Option(
      names = "--ca-file",
      paramLabel = "FILE",
      defaultValue = "${env:MOCK_STS_CA_FILE}",
      description =
          "the CA file, created when absent (default: $MOCK_STS_CA_FILE, else"
              + " DIR/mock-sts-ca-key.pem)")
  Path caFile;

  @Option(names = "--names", description = "also list the vendor host names the certificate has")
  boolean names;

  @Override
  public Integer call() {
    Path file = caFile != null ? caFile : out.resolve("mock-sts-ca-key.pem");
    if (Files.isDirectory(file)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--ca-file " + file + " is a directory, not a CA file");
    }
    CertificateAuthority authority;
    try {
      authority = CertificateAuthority.loadOrCreate(file, Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Path> exported = authority.export(out);
    PrintWriter writer = spec.commandLine().getOut();
    writer.println(
        "CA file: " + file + (authority.created() ? " (created, owner-only)" : " (read)"));
    if (authority.fileReadableByOthers()) {
      writer.println(
          "warning: " + file + " is readable by group or others; its key must stay private");
    }
    writer.println("CA certificate: " + authority.certificate().getSubjectX500Principal());
    writer.println("trust (PEM): " + exported.get(0));
    writer.println(
        "trust (PKCS#12): "
            + exported.get(1)
            + " (password "
            + CertificateAuthority.TRUST_STORE_PASSWORD
            + ")");
    writer.println("serve: java -jar mock-sts.jar --https-port 8443 --ca-file " + file);
    if (names) {
      VendorHostnames.all().forEach(writer::println);
    }
    writer.flush();
    return 0;
  }
}
