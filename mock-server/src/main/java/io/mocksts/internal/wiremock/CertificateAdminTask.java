package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * {@code GET /__admin/mock-sts/tls-certificate}: the HTTPS listener's certificate chain (the
 * certificate, then the CA), as PEM; {@code GET /__admin/mock-sts/ca-certificate}: the CA alone,
 * what a client (a container next to the mock, say) fetches to trust every name the certificate
 * covers.
 */
abstract sealed class CertificateAdminTask implements AdminTask {

  private static final String BEGIN = "-----BEGIN CERTIFICATE-----";

  private final String pem;

  private CertificateAdminTask(String pem) {
    this.pem = pem;
  }

  /** Serves the chain, {@code chainPem} (null without HTTPS). */
  static CertificateAdminTask chain(String chainPem) {
    return new Chain(chainPem);
  }

  /** Serves the last certificate of {@code chainPem}: the CA that issued the others. */
  static CertificateAdminTask authority(String chainPem) {
    return new Authority(
        chainPem == null || !chainPem.contains(BEGIN)
            ? null
            : chainPem.substring(chainPem.lastIndexOf(BEGIN)));
  }

  // WireMock finds a route's path template by its task's class: one class per route.

  private static final class Chain extends CertificateAdminTask {
    Chain(String pem) {
      super(pem);
    }
  }

  private static final class Authority extends CertificateAdminTask {
    Authority(String pem) {
      super(pem);
    }
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    if (pem == null) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(404)
          .withHeader("Content-Type", "text/plain")
          .withBody("HTTPS is not enabled; start the mock with --https-port")
          .build();
    }
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", "application/x-pem-file")
        .withBody(pem)
        .build();
  }
}
