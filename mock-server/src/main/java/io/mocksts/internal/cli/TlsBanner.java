package io.mocksts.internal.cli;

import io.mocksts.MockSts;
import io.mocksts.internal.tls.CertificateAuthority;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The start-up lines about HTTPS: the names, the CA and where clients find what to trust. */
final class TlsBanner {

  private TlsBanner() {}

  static List<String> lines(
      MockSts sts,
      Optional<Path> caFile,
      boolean caFileExisted,
      Optional<Path> certificateOut,
      List<Path> exported) {
    List<String> lines = new ArrayList<>();
    List<String> names = sts.tlsNames();
    long vendor =
        names.stream()
            .filter(n -> n.endsWith(".aliyuncs.com") || n.endsWith(".tencentcloudapi.com"))
            .count();
    lines.add(
        "TLS certificate: valid for localhost, 127.0.0.1, ::1, sts.aliyuncs.com,"
            + " sts.tencentcloudapi.com and "
            + (vendor - 2)
            + " regional vendor names ("
            + names.size()
            + " names in all)");
    lines.add(
        "TLS CA: "
            + sts.caCertificate().orElseThrow().getSubjectX500Principal().getName()
            + caFile
                .map(f -> ", " + (caFileExisted ? "read from " : "created in ") + f)
                .orElse(", generated for this run (--ca-file FILE keeps one across restarts)"));
    caFile
        .filter(CertificateAuthority::readableByOthers)
        .ifPresent(
            f ->
                lines.add(
                    "warning: the CA file "
                        + f
                        + " is readable by group or others; its key must stay private"
                        + " (chmod 600)"));
    certificateOut.ifPresent(f -> lines.add("TLS chain (PEM) written to " + f));
    if (!exported.isEmpty()) {
      lines.add(
          "TLS CA exported: "
              + exported.get(0)
              + " (PEM), "
              + exported.get(1)
              + " (PKCS#12, password mock-sts)");
    }
    return lines;
  }
}
